import { Migration } from '@mikro-orm/migrations';

export class Migration20261202023126 extends Migration {
  override name = 'Migration20261202023126';

  // The language a contact-form request was made in: its answers are mailed in it.
  override up(): void | Promise<void> {
    this.addSql(`alter table "support"."ticket" add column "contact_language" varchar(2) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support"."ticket" drop column "contact_language";`);
  }
}
