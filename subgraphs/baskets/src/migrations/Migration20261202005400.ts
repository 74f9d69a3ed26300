import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005400 extends Migration {
  override name = 'Migration20261202005400';

  // Money is 64-bit, and a line holds up to the platform's 999 units.
  override up(): void | Promise<void> {
    this.addSql(`alter table "baskets"."basket_product" alter column "amount" type bigint using ("amount"::bigint);`);
    this.addSql(`alter table "baskets"."basket_item" drop constraint "basket_item_quantity_range";`);
    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_quantity_range" check (quantity between 1 and 999);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "baskets"."basket_item" drop constraint "basket_item_quantity_range";`);
    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_quantity_range" check (quantity between 1 and 99);`,
    );
    this.addSql(`alter table "baskets"."basket_product" alter column "amount" type int using ("amount"::int);`);
  }
}
