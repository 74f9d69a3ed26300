import { Migration } from '@mikro-orm/migrations';

export class Migration20261201230000 extends Migration {
  override name = 'Migration20261201230000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "auth"."app_user" add column "last_totp_step" bigint null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "auth"."app_user" drop column "last_totp_step";`);
  }
}
