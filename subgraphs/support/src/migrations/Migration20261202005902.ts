import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005902 extends Migration {
  override name = 'Migration20261202005902';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "support"."user_roles" ("id" uuid not null, "roles" text[] not null, primary key ("id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support"."user_roles" cascade;`);
  }
}
