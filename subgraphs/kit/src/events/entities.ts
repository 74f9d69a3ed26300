import { defineEntity, type EventArgs, type InferEntity, p } from '@mikro-orm/core';

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes. `position` orders publication; `publishedAt` is set once the transport acknowledged it.
 * `aggregateVersion` numbers the events of one aggregate (topic + key) in commit order: it is taken
 * from AggregateVersion just before the row is inserted, which locks the aggregate's counter until
 * the transaction ends, so a concurrent writer of the same aggregate inserts (and gets its
 * position) only after this one committed.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox_message',
  indexes: [{ properties: ['position'], where: { publishedAt: null }, name: 'outbox_message_unpublished_idx' }],
  properties: {
    position: p.bigint('number').primary().autoincrement(),
    id: p.uuid().unique(),
    topic: p.string(),
    key: p.string(),
    type: p.string(),
    /** The contract's `major.minor`. */
    version: p.string().length(16),
    aggregateVersion: p.integer(),
    data: p.json<Record<string, unknown>>(),
    /** The W3C trace context active when the event was recorded: the relay's publication continues it. */
    traceparent: p.string().nullable(),
    tracestate: p.text().nullable(),
    occurredAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
  },
  hooks: { beforeCreate: [takeAggregateVersion] },
});

/** The last version given to an event of each aggregate (topic + key). */
export const AggregateVersion = defineEntity({
  name: 'AggregateVersion',
  tableName: 'aggregate_version',
  properties: {
    topic: p.string().primary(),
    key: p.string().primary(),
    version: p.integer(),
  },
});

/**
 * Bumps the aggregate's counter in the flush's transaction. The row lock it takes is held until
 * commit: versions, positions and commits of one aggregate's events all follow the same order.
 */
async function takeAggregateVersion({
  em,
  entity,
}: EventArgs<{ topic: string; key: string; aggregateVersion: number }>): Promise<void> {
  const transaction = em.getTransactionContext();
  if (!transaction) throw new Error('an outbox row must be written inside a transaction');
  const [row] = await em.getConnection().execute<Array<{ version: number }>>(
    `insert into ${em.config.get('schema')}.aggregate_version as current (topic, key, version) values (?, ?, 1)
       on conflict (topic, key) do update set version = current.version + 1 returning version`,
    [entity.topic, entity.key],
    'all',
    transaction,
  );
  entity.aggregateVersion = row?.version as number;
}

/** Ids of events a consumer group has applied, written in the same transaction as the effects. */
export const ProcessedEvent = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_event',
  properties: {
    consumer: p.string().primary(),
    eventId: p.string().primary(),
    processedAt: p.datetime(),
  },
});

/**
 * A message a consumer group gave up on, kept in the group's own database on either transport (on
 * Kafka it also goes to the group's dlq topic): the replay command lists it and applies it again
 * after a fix, marking `replayedAt` in the same transaction as the handler's effects.
 */
export const DeadLetter = defineEntity({
  name: 'DeadLetter',
  tableName: 'dead_letter',
  indexes: [{ properties: ['consumer', 'deadLetteredAt'] }],
  properties: {
    id: p.uuid().primary(),
    consumer: p.string(),
    /** Null when the message was not a readable event. */
    eventId: p.string().nullable(),
    type: p.string().nullable(),
    topic: p.string(),
    key: p.string(),
    headers: p.json<Record<string, string>>(),
    value: p.text(),
    reason: p.text(),
    deadLetteredAt: p.datetime(),
    replayedAt: p.datetime().nullable(),
  },
});

export type OutboxMessage = InferEntity<typeof OutboxMessage>;
export type DeadLetter = InferEntity<typeof DeadLetter>;

export const eventEntities = [OutboxMessage, AggregateVersion, ProcessedEvent, DeadLetter];
