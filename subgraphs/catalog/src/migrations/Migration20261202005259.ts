import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005259 extends Migration {
  override name = 'Migration20261202005259';

  // Money is 64-bit: a price times a quantity, summed over a basket, overflowed int.
  override up(): void | Promise<void> {
    this.addSql(
      `alter table "catalog"."product" alter column "price_amount" type bigint using ("price_amount"::bigint);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "catalog"."product" alter column "price_amount" type int using ("price_amount"::int);`);
  }
}
