/**
 * The kit's own tables change with the kit: each subgraph's migration applies the change to its
 * schema with these statements, the same for every subgraph.
 */
export interface KitTableChange {
  up(schema: string): string[];
  down(schema: string): string[];
}

/**
 * Events numbered per aggregate in commit order (aggregate_version), contract versions as
 * major.minor, dead letters kept for replay. Rows already queued are numbered in position order.
 */
export const eventVersionsAndDeadLetters: KitTableChange = {
  up: (schema) => [
    `alter table "${schema}"."outbox_message" alter column "version" type varchar(16) using ("version"::text || '.0');`,
    `alter table "${schema}"."outbox_message" add column "aggregate_version" int null;`,
    `update "${schema}"."outbox_message" as message set "aggregate_version" = numbered.version from (select "position", row_number() over (partition by "topic", "key" order by "position") as version from "${schema}"."outbox_message") as numbered where message."position" = numbered."position";`,
    `alter table "${schema}"."outbox_message" alter column "aggregate_version" set not null;`,
    `create table "${schema}"."aggregate_version" ("topic" varchar(255) not null, "key" varchar(255) not null, "version" int not null, primary key ("topic", "key"));`,
    `insert into "${schema}"."aggregate_version" ("topic", "key", "version") select "topic", "key", max("aggregate_version") from "${schema}"."outbox_message" group by "topic", "key";`,
    `create table "${schema}"."dead_letter" ("id" uuid not null, "consumer" varchar(255) not null, "event_id" varchar(255) null, "type" varchar(255) null, "topic" varchar(255) not null, "key" varchar(255) not null, "headers" jsonb not null, "value" text not null, "reason" text not null, "dead_lettered_at" timestamptz not null, "replayed_at" timestamptz null, primary key ("id"));`,
    `create index "dead_letter_consumer_dead_lettered_at_index" on "${schema}"."dead_letter" ("consumer", "dead_lettered_at");`,
  ],
  down: (schema) => [
    `drop table if exists "${schema}"."dead_letter" cascade;`,
    `drop table if exists "${schema}"."aggregate_version" cascade;`,
    `alter table "${schema}"."outbox_message" drop column "aggregate_version";`,
    `alter table "${schema}"."outbox_message" alter column "version" type int using (split_part("version", '.', 1)::int);`,
  ],
};

/** The outbox keeps the recorded trace context's `tracestate` beside its `traceparent`. */
export const outboxTraceState: KitTableChange = {
  up: (schema) => [`alter table "${schema}"."outbox_message" add column "tracestate" text null;`],
  down: (schema) => [`alter table "${schema}"."outbox_message" drop column "tracestate";`],
};
