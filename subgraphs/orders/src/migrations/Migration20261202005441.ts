import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005441 extends Migration {
  override name = 'Migration20261202005441';

  // Money is 64-bit: 30,000,000 × 99 overflowed int ("integer out of range").
  override up(): void | Promise<void> {
    this.addSql(
      `alter table "orders"."customer_order" alter column "subtotal_amount" type bigint using ("subtotal_amount"::bigint), alter column "shipping_amount" type bigint using ("shipping_amount"::bigint), alter column "total_amount" type bigint using ("total_amount"::bigint);`,
    );
    this.addSql(
      `alter table "orders"."order_line" alter column "unit_amount" type bigint using ("unit_amount"::bigint);`,
    );
    this.addSql(`alter table "orders"."product_price" alter column "amount" type bigint using ("amount"::bigint);`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "orders"."customer_order" alter column "subtotal_amount" type int using ("subtotal_amount"::int), alter column "shipping_amount" type int using ("shipping_amount"::int), alter column "total_amount" type int using ("total_amount"::int);`,
    );
    this.addSql(`alter table "orders"."order_line" alter column "unit_amount" type int using ("unit_amount"::int);`);
    this.addSql(`alter table "orders"."product_price" alter column "amount" type int using ("amount"::int);`);
  }
}
