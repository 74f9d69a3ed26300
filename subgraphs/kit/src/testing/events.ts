import { type EventData, type EventType, eventContracts } from '@comptoir/schema/events';
import { uuidv7 } from 'uuidv7';
import { contractVersion } from '../events/contract-versions.ts';
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
  /** The aggregate's version; default the next of a counter shared by every delivery of this process. */
  aggregateVersion?: number;
}

/** Later deliveries get higher versions, as a producer numbers one aggregate's events. */
let lastAggregateVersion = 0;

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
    version: contractVersion(contract),
    aggregateVersion: event.aggregateVersion ?? ++lastAggregateVersion,
    subject: event.subject,
    time: new Date().toISOString(),
    data: contract.data.parse(event.data) as EventData<T>,
  };
  await transport.publish([toMessage(delivered, contract.topic)]);
  return delivered;
}

/** An event as a producer built on another minor of its contract wrote it. */
export interface EventOfVersion {
  type: EventType;
  subject: string;
  /** The `major.minor` of the producer's contract, e.g. `1.0` before a field was added. */
  version: string;
  /** As that producer wrote it: not checked against this checkout's contract. */
  data: Record<string, unknown>;
  aggregateVersion?: number;
}

/**
 * Publishes an event as a producer not yet redeployed (or deployed first) would during a rolling
 * deploy, to test how consumers read a minor other than theirs. Resolves as `deliverEvent` does.
 */
export async function deliverEventOfVersion(transport: EventTransport, event: EventOfVersion): Promise<void> {
  await transport.publish([
    toMessage(
      {
        id: uuidv7(),
        source: '/comptoir/test',
        type: event.type,
        version: event.version,
        aggregateVersion: event.aggregateVersion ?? ++lastAggregateVersion,
        subject: event.subject,
        time: new Date().toISOString(),
        data: event.data as never,
      },
      eventContracts[event.type].topic,
    ),
  ]);
}
