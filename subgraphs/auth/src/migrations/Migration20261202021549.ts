import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021549 extends Migration {
  override name = 'Migration20261202021549';

  // Accounts created before languages were English ones: mail was written in English only.
  override up(): void | Promise<void> {
    this.addSql(`alter table "auth"."app_user" add column "language" text not null default 'EN';`);
    this.addSql(
      `alter table "auth"."app_user" add constraint "app_user_language_check" check ("language" in ('EN', 'FR'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "auth"."app_user" drop column "language";`);
  }
}
