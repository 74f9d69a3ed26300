import { Migration } from '@mikro-orm/migrations';

export class Migration20261202040100 extends Migration {
  override name = 'Migration20261202040100';

  // The order's number, for the mails about it (shipped, delivered, cancelled).
  override up(): void | Promise<void> {
    this.addSql(`alter table "support"."order_owner" add column "number" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support"."order_owner" drop column "number";`);
  }
}
