import { Migration } from '@mikro-orm/migrations';

/**
 * Newsletters: subscriptions (double opt-in), campaigns, and their mails in the mail outbox, each
 * tied to its campaign and subscription so an unsubscribe or a cancelled campaign stops what is
 * still queued, and a campaign's progress is counted from its mails.
 */
export class Migration20261202050000 extends Migration {
  override name = 'Migration20261202050000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "support"."newsletter_subscription" ("id" uuid not null, "email" varchar(320) not null, "language" text check ("language" in ('EN', 'FR')) not null, "status" text check ("status" in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')) not null, "confirmation_id" uuid null, "confirmed_at" timestamptz null, "unsubscribed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "support"."newsletter_subscription" add constraint "newsletter_subscription_email_unique" unique ("email");`,
    );
    // A campaign walks its audience in id order.
    this.addSql(
      `create index "newsletter_subscription_confirmed_index" on "support"."newsletter_subscription" ("id") where status = 'CONFIRMED';`,
    );
    this.addSql(
      `create table "support"."newsletter_campaign" ("id" uuid not null, "subject_fr" text not null, "subject_en" text not null, "body_fr" text not null, "body_en" text not null, "status" text check ("status" in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED')) not null, "send_at" timestamptz null, "started_at" timestamptz null, "recipients" int null, "queued_through" uuid null, "queued_at" timestamptz null, "finished_at" timestamptz null, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "newsletter_campaign_active_index" on "support"."newsletter_campaign" ("send_at") where status in ('SCHEDULED', 'SENDING');`,
    );
    this.addSql(
      `alter table "support"."mail" add column "campaign_id" uuid null, add column "subscription_id" uuid null, add column "list_unsubscribe" text null;`,
    );
    this.addSql(
      `create index "mail_campaign_id_status_index" on "support"."mail" ("campaign_id", "status") where campaign_id is not null;`,
    );
    this.addSql(
      `create index "mail_subscription_id_index" on "support"."mail" ("subscription_id") where status = 'PENDING';`,
    );
    this.addSql(`alter table "support"."mail" drop constraint if exists "mail_status_check";`);
    this.addSql(
      `alter table "support"."mail" add constraint "mail_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "support"."mail" where status = 'CANCELLED';`);
    this.addSql(`alter table "support"."mail" drop constraint if exists "mail_status_check";`);
    this.addSql(
      `alter table "support"."mail" add constraint "mail_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`,
    );
    this.addSql(
      `alter table "support"."mail" drop column "campaign_id", drop column "subscription_id", drop column "list_unsubscribe";`,
    );
    this.addSql(`drop table if exists "support"."newsletter_campaign" cascade;`);
    this.addSql(`drop table if exists "support"."newsletter_subscription" cascade;`);
  }
}
