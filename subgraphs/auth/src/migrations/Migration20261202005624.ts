import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005624 extends Migration {
  override name = 'Migration20261202005624';

  override up(): void | Promise<void> {
    // Events numbered per aggregate in commit order (aggregate_version), contract versions as
    // major.minor, dead letters kept for replay. Rows already queued are numbered in position order.
    this.addSql(
      `alter table "auth"."outbox_message" alter column "version" type varchar(16) using ("version"::text || '.0');`,
    );
    this.addSql(`alter table "auth"."outbox_message" add column "aggregate_version" int null;`);
    this.addSql(
      `update "auth"."outbox_message" as message set "aggregate_version" = numbered.version from (select "position", row_number() over (partition by "topic", "key" order by "position") as version from "auth"."outbox_message") as numbered where message."position" = numbered."position";`,
    );
    this.addSql(`alter table "auth"."outbox_message" alter column "aggregate_version" set not null;`);
    this.addSql(
      `create table "auth"."aggregate_version" ("topic" varchar(255) not null, "key" varchar(255) not null, "version" int not null, primary key ("topic", "key"));`,
    );
    this.addSql(
      `insert into "auth"."aggregate_version" ("topic", "key", "version") select "topic", "key", max("aggregate_version") from "auth"."outbox_message" group by "topic", "key";`,
    );
    this.addSql(
      `create table "auth"."dead_letter" ("id" uuid not null, "consumer" varchar(255) not null, "event_id" varchar(255) null, "type" varchar(255) null, "topic" varchar(255) not null, "key" varchar(255) not null, "headers" jsonb not null, "value" text not null, "reason" text not null, "dead_lettered_at" timestamptz not null, "replayed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_dead_lettered_at_index" on "auth"."dead_letter" ("consumer", "dead_lettered_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "auth"."dead_letter" cascade;`);
    this.addSql(`drop table if exists "auth"."aggregate_version" cascade;`);
    this.addSql(`alter table "auth"."outbox_message" drop column "aggregate_version";`);
    this.addSql(
      `alter table "auth"."outbox_message" alter column "version" type int using (split_part("version", '.', 1)::int);`,
    );
  }
}
