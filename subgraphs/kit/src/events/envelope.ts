import type { EventData, EventType } from '@comptoir/schema/events';

/**
 * An event as consumers see it: CloudEvents 1.0 attributes plus the typed payload. On Kafka the
 * attributes travel as `ce_*` headers (binary content mode) and `data` as the JSON message value.
 */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  source: string;
  type: T;
  /** The `major.minor` of the contract the producer wrote `data` with. */
  version: string;
  /**
   * The aggregate's version after this event: events of one aggregate (`subject`) are numbered in
   * commit order, so a read model keeps the highest it applied and skips anything older. 0 for a
   * message from a producer deployed before versions existed (no header): applied as it was then.
   */
  aggregateVersion: number;
  subject: string;
  time: string;
  data: EventData<T>;
  /** W3C trace context of the event's publication (CloudEvents distributed tracing extension). */
  traceparent?: string;
  tracestate?: string;
}

/** A message as transports carry it. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Logical topic of a consumer group's dead letters (transports may namespace topic names). */
export function deadLetterTopicFor(consumerGroup: string): string {
  return `dlq.${consumerGroup}`;
}

export function toMessage(event: DomainEvent, topic: string): TransportMessage {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: event.id,
    ce_source: event.source,
    ce_type: event.type,
    ce_subject: event.subject,
    ce_time: event.time,
    ce_dataschemaversion: event.version,
    // A CloudEvents extension attribute (lower-case alphanumeric name).
    ce_aggregateversion: String(event.aggregateVersion),
    'content-type': 'application/json',
  };
  if (event.traceparent) headers.traceparent = event.traceparent;
  if (event.tracestate) headers.tracestate = event.tracestate;
  return { topic, key: event.subject, value: JSON.stringify(event.data), headers };
}

/** Reads the envelope back; throws on a message that is not a Comptoir CloudEvent. */
export function fromMessage(
  message: TransportMessage,
): Omit<DomainEvent, 'data' | 'type'> & { type: string; data: unknown } {
  const h = message.headers;
  const required = ['ce_id', 'ce_source', 'ce_type', 'ce_subject', 'ce_time'] as const;
  const missing = required.filter((name) => !h[name]);
  if (missing.length > 0) throw new Error(`not a CloudEvent: missing header(s) ${missing.join(', ')}`);
  const aggregateVersion = Number(h.ce_aggregateversion ?? 0);
  if (!Number.isSafeInteger(aggregateVersion) || aggregateVersion < 0) {
    throw new Error(`not a CloudEvent: ce_aggregateversion "${h.ce_aggregateversion}" is not a version number`);
  }
  return {
    id: h.ce_id as string,
    source: h.ce_source as string,
    type: h.ce_type as string,
    subject: h.ce_subject as string,
    time: h.ce_time as string,
    version: h.ce_dataschemaversion ?? '1.0',
    aggregateVersion,
    traceparent: h.traceparent,
    tracestate: h.tracestate,
    data: JSON.parse(message.value) as unknown,
  };
}
