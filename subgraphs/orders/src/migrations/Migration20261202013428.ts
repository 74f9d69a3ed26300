import { Migration } from '@mikro-orm/migrations';

/**
 * Payments (issue 13): one payment per order with its history and refunds, the order waiting for
 * the customer's payment authentication (PAYMENT_ACTION_REQUIRED), and PAYMENT_DECLINED.
 */
export class Migration20261202013428 extends Migration {
  override name = 'Migration20261202013428';

  override up(): void | Promise<void> {
    const statuses = `('PLACED', 'PAYMENT_ACTION_REQUIRED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'CANCELLED', 'SHIPPED', 'DELIVERED')`;
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
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_reason_check" check ("cancellation_reason" in ('CUSTOMER_REQUEST', 'OUT_OF_STOCK', 'RESERVATION_TIMEOUT', 'PAYMENT_DECLINED'));`,
    );

    this.addSql(
      `create table "orders"."payment" ("id" uuid not null, "order_id" uuid not null, "provider" varchar(255) not null, "status" text not null, "currency" varchar(3) not null, "amount" bigint not null, "amount_authorized" bigint not null, "amount_captured" bigint not null, "amount_refunded" bigint not null, "authorization_token" varchar(255) null, "authorization_id" varchar(255) null, "action_url" text null, "method_brand" varchar(255) null, "method_last4" varchar(4) null, "failure_reason" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "orders"."payment" add constraint "payment_order_id_unique" unique ("order_id");`);
    this.addSql(`create index "payment_authorization_id_index" on "orders"."payment" ("authorization_id");`);
    this.addSql(
      `alter table "orders"."payment" add constraint "payment_status_check" check ("status" in ('PENDING', 'ACTION_REQUIRED', 'AUTHORIZED', 'FAILED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED'));`,
    );

    this.addSql(
      `create table "orders"."payment_event" ("id" uuid not null, "payment_id" uuid not null, "type" text not null, "amount" bigint null, "reason" varchar(500) null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_event_payment_id_index" on "orders"."payment_event" ("payment_id");`);
    this.addSql(
      `alter table "orders"."payment_event" add constraint "payment_event_payment_id_foreign" foreign key ("payment_id") references "orders"."payment" ("id");`,
    );
    this.addSql(
      `alter table "orders"."payment_event" add constraint "payment_event_type_check" check ("type" in ('AUTHORIZATION_REQUESTED', 'ACTION_REQUIRED', 'AUTHORIZED', 'FAILED', 'CAPTURED', 'VOIDED', 'REFUND_REQUESTED', 'REFUNDED'));`,
    );

    this.addSql(
      `create table "orders"."payment_refund" ("id" uuid not null, "payment_id" uuid not null, "amount" bigint not null, "reason" varchar(500) not null, "status" text not null, "requested_by" uuid not null, "requested_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_refund_payment_id_index" on "orders"."payment_refund" ("payment_id");`);
    this.addSql(
      `alter table "orders"."payment_refund" add constraint "payment_refund_payment_id_foreign" foreign key ("payment_id") references "orders"."payment" ("id");`,
    );
    this.addSql(
      `alter table "orders"."payment_refund" add constraint "payment_refund_status_check" check ("status" in ('REQUESTED', 'REFUNDED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table "orders"."payment_refund";`);
    this.addSql(`drop table "orders"."payment_event";`);
    this.addSql(`drop table "orders"."payment";`);
    const statuses = `('PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'CANCELLED', 'SHIPPED', 'DELIVERED')`;
    this.addSql(`alter table "orders"."customer_order" drop constraint "customer_order_cancellation_reason_check";`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_reason_check" check ("cancellation_reason" in ('CUSTOMER_REQUEST', 'OUT_OF_STOCK', 'RESERVATION_TIMEOUT'));`,
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
