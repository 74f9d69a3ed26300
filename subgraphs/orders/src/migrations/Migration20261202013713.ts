import { Migration } from '@mikro-orm/migrations';

/**
 * The test provider's notifications, kept until the webhook endpoint has them, and the ids of the
 * notifications orders applied (a second delivery of one is a replay).
 */
export class Migration20261202013713 extends Migration {
  override name = 'Migration20261202013713';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "orders"."test_provider_notification" ("id" uuid not null, "authorization_id" uuid not null, "body" text not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "delivered_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    // What the delivery looks for: the undelivered ones, by when they are due.
    this.addSql(
      `create index "test_provider_notification_next_attempt_at_index" on "orders"."test_provider_notification" ("next_attempt_at") where delivered_at is null;`,
    );
    this.addSql(
      `create table "orders"."payment_notification" ("id" varchar(255) not null, "received_at" timestamptz not null, primary key ("id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "orders"."payment_notification" cascade;`);
    this.addSql(`drop table if exists "orders"."test_provider_notification" cascade;`);
  }
}
