import { Migration } from '@mikro-orm/migrations';

/** The outbox of mails: one row per mail to send (unique key: its cause and purpose), kept once sent or failed. */
export class Migration20261202021643 extends Migration {
  override name = 'Migration20261202021643';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "support"."mail" ("id" uuid not null, "key" varchar(255) not null, "purpose" varchar(255) not null, "recipient" varchar(255) not null, "language" varchar(255) not null, "subject" text not null, "html" text not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "support"."mail" add constraint "mail_key_unique" unique ("key");`);
    // What the sender looks for: the pending ones, by when they are due.
    this.addSql(
      `create index "mail_next_attempt_at_index" on "support"."mail" ("next_attempt_at") where status = 'PENDING';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support"."mail" cascade;`);
  }
}
