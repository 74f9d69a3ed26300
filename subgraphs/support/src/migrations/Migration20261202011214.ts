import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011214 extends Migration {
  override name = 'Migration20261202011214';

  // The user_roles read model skips events older than the one it reflects.
  override up(): void | Promise<void> {
    this.addSql(`alter table "support"."user_roles" add column "user_version" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support"."user_roles" drop column "user_version";`);
  }
}
