import { Migration } from '@mikro-orm/migrations';

/** The test payment provider's own state, durable as a PSP's: its authorizations and idempotency keys. */
export class Migration20261202013358 extends Migration {
  override name = 'Migration20261202013358';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "orders"."test_provider_authorization" ("id" uuid not null, "reference" varchar(255) not null, "amount" bigint not null, "currency" varchar(3) not null, "captured_amount" bigint not null default 0, "refunded_amount" bigint not null default 0, "status" text not null, "failure_reason" varchar(255) null, "brand" varchar(255) not null, "last4" varchar(4) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "orders"."test_provider_authorization" add constraint "test_provider_authorization_status_check" check ("status" in ('requires_action', 'authorized', 'failed', 'voided'));`,
    );
    this.addSql(
      `create table "orders"."test_provider_idempotency" ("key" varchar(255) not null, "operation" varchar(255) not null, "request" jsonb not null, "outcome" jsonb null, "created_at" timestamptz not null, primary key ("key"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "orders"."test_provider_idempotency" cascade;`);
    this.addSql(`drop table if exists "orders"."test_provider_authorization" cascade;`);
  }
}
