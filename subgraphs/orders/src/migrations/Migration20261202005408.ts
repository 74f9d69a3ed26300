import { Migration } from '@mikro-orm/migrations';

/**
 * The cancellation rule: CANCELLATION_REQUESTED while deliveries decides, why a request was refused,
 * and RESERVATION_TIMEOUT for orders whose stock decision never came (found by status and age).
 */
export class Migration20261202005408 extends Migration {
  override name = 'Migration20261202005408';

  override up(): void | Promise<void> {
    const statuses = `('PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'CANCELLED', 'SHIPPED', 'DELIVERED')`;
    this.addSql(`alter table "orders"."customer_order" drop constraint "customer_order_status_check";`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_status_check" check ("status" in ${statuses});`,
    );
    this.addSql(`alter table "orders"."order_status_change" drop constraint "order_status_change_status_check";`);
    this.addSql(
      `alter table "orders"."order_status_change" add constraint "order_status_change_status_check" check ("status" in ${statuses});`,
    );
    this.addSql(`alter table "orders"."customer_order" drop constraint "customer_order_cancellation_reason_check";`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_reason_check" check ("cancellation_reason" in ('CUSTOMER_REQUEST', 'OUT_OF_STOCK', 'RESERVATION_TIMEOUT'));`,
    );
    this.addSql(`alter table "orders"."customer_order" add column "cancellation_refusal" text null;`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_refusal_check" check ("cancellation_refusal" in ('ALREADY_SHIPPED'));`,
    );
    this.addSql(
      `create index "customer_order_status_placed_at_index" on "orders"."customer_order" ("status", "placed_at");`,
    );
  }

  override down(): void | Promise<void> {
    const statuses = `('PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED')`;
    this.addSql(`drop index "orders"."customer_order_status_placed_at_index";`);
    this.addSql(`alter table "orders"."customer_order" drop column "cancellation_refusal";`);
    this.addSql(`alter table "orders"."customer_order" drop constraint "customer_order_cancellation_reason_check";`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_reason_check" check ("cancellation_reason" in ('CUSTOMER_REQUEST', 'OUT_OF_STOCK'));`,
    );
    this.addSql(`alter table "orders"."order_status_change" drop constraint "order_status_change_status_check";`);
    this.addSql(
      `alter table "orders"."order_status_change" add constraint "order_status_change_status_check" check ("status" in ${statuses});`,
    );
    this.addSql(`alter table "orders"."customer_order" drop constraint "customer_order_status_check";`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_status_check" check ("status" in ${statuses});`,
    );
  }
}
