import { type EventData, type EventType, eventContracts } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { contractVersion } from './contract-versions.ts';
import { OutboxMessage } from './entities.ts';

export interface RecordedEvent<T extends EventType> {
  type: T;
  /** Id of the aggregate the event is about: the Kafka key, so per-aggregate order holds. */
  subject: string;
  data: EventData<T>;
  traceparent?: string | undefined;
}

/**
 * Queues an event in the outbox through `em`. It is written by the same flush, hence the same
 * transaction, as the state change: if that transaction rolls back, the event never existed.
 * The payload is checked against its contract here, where a bad one is a bug of the writer.
 * The flush numbers it with its aggregate's next version (see OutboxMessage), so `em` must be in a
 * transaction; a writer that reads the aggregate before changing it should lock it on that read,
 * so the event describes the state its version follows.
 */
export function recordEvent<T extends EventType>(em: EntityManager, event: RecordedEvent<T>): string {
  const contract = eventContracts[event.type];
  const data = contract.data.parse(event.data) as Record<string, unknown>;
  const id = uuidv7();
  em.create(OutboxMessage, {
    id,
    topic: contract.topic,
    key: event.subject,
    type: event.type,
    version: contractVersion(contract),
    // Numbered when the flush inserts the row (takeAggregateVersion), under the aggregate's lock.
    aggregateVersion: 0,
    data,
    traceparent: event.traceparent ?? null,
    occurredAt: new Date(),
    publishedAt: null,
  });
  return id;
}
