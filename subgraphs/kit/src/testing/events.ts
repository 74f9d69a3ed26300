import { type EventData, type EventType, eventContracts } from '@comptoir/schema/events';
import { uuidv7 } from 'uuidv7';
import { type DomainEvent, toMessage } from '../events/envelope.ts';
import type { EventTransport } from '../events/transport.ts';

export interface EventToDeliver<T extends EventType> {
  type: T;
  subject: string;
  data: EventData<T>;
  /** The producing subgraph, as a CloudEvents source; default `/comptoir/test`. */
  source?: string;
  /** Give the id of an event delivered before to deliver it again. */
  id?: string;
}

/**
 * Publishes an event on `transport` exactly as another subgraph's outbox relay would (same
 * contract check, topic, key and headers), for a test that runs its subgraph alone. On the
 * in-process transport it resolves once every consumer handled it; on Kafka, once acknowledged.
 */
export async function deliverEvent<T extends EventType>(
  transport: EventTransport,
  event: EventToDeliver<T>,
): Promise<DomainEvent<T>> {
  const contract = eventContracts[event.type];
  const delivered: DomainEvent<T> = {
    id: event.id ?? uuidv7(),
    source: event.source ?? '/comptoir/test',
    type: event.type,
    version: contract.version,
    subject: event.subject,
    time: new Date().toISOString(),
    data: contract.data.parse(event.data) as EventData<T>,
  };
  await transport.publish([toMessage(delivered, contract.topic)]);
  return delivered;
}
