import { type EventData, type EventType, eventContracts } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { activeTraceHeaders } from '../tracing/context.ts';
import { contractVersion } from './contract-versions.ts';
import { OutboxMessage } from './entities.ts';

export interface RecordedEvent<T extends EventType> {
  type: T;
  /** Id of the aggregate the event is about: the Kafka key, so per-aggregate order holds. */
  subject: string;
  data: EventData<T>;
  /** The trace to continue when no span is active (tracing off): the request's `traceparent` as received. */
  traceparent?: string | undefined;
}

/**
 * Queues an event in the outbox through `em`. It is written by the same flush, hence the same
 * transaction, as the state change: if that transaction rolls back, the event never existed.
 * The payload is checked against its contract here, where a bad one is a bug of the writer.
 * The flush numbers it with its aggregate's next version (see OutboxMessage), so `em` must be in a
 * transaction; a writer that reads the aggregate before changing it should lock it on that read,
 * so the event describes the state its version follows. The active span's trace context (tracing
 * on) is kept with it, so the event's publication and handling join the writer's trace.
 */
export function recordEvent<T extends EventType>(em: EntityManager, event: RecordedEvent<T>): string {
  const contract = eventContracts[event.type];
  const data = contract.data.parse(event.data) as Record<string, unknown>;
  const id = uuidv7();
  const active = activeTraceHeaders();
  em.create(OutboxMessage, {
    id,
    topic: contract.topic,
    key: event.subject,
    type: event.type,
    version: contractVersion(contract),
    // Numbered when the flush inserts the row (takeAggregateVersion), under the aggregate's lock.
    aggregateVersion: 0,
    data,
    traceparent: active.traceparent ?? event.traceparent ?? null,
    tracestate: active.traceparent ? (active.tracestate ?? null) : null,
    occurredAt: new Date(),
    publishedAt: null,
  });
  return id;
}
