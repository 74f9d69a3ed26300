import { defineEntity, p } from '@mikro-orm/core';

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes. `position` orders publication; `publishedAt` is set once the transport acknowledged it.
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
    version: p.integer(),
    data: p.json<Record<string, unknown>>(),
    traceparent: p.string().nullable(),
    occurredAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
  },
});

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

export const eventEntities = [OutboxMessage, ProcessedEvent];
