import { type Attributes, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { kitTracer, traceContextOf } from '../tracing/context.ts';
import type { TransportMessage } from './envelope.ts';
import type { EventTransport } from './transport.ts';

/*
 * Events continue the trace of the request that recorded them, on either transport: the outbox row
 * keeps the trace context active when it was written (recordEvent), the relay publishes each row
 * in a PRODUCER span child of it, whose context the message carries as `traceparent`/`tracestate`
 * headers, and each consumer group handles the message in a CONSUMER span child of that. With
 * tracing off the spans are no-ops and the headers stay as recorded.
 */

function messageAttributes(transport: EventTransport, message: TransportMessage): Attributes {
  return {
    'messaging.system': transport.name === 'kafka' ? 'kafka' : 'comptoir.in-process',
    'messaging.destination.name': message.topic,
    'messaging.kafka.message.key': message.key,
    'messaging.message.id': message.headers.ce_id,
    'cloudevents.event_id': message.headers.ce_id,
    'cloudevents.event_type': message.headers.ce_type,
  };
}

/**
 * Publishes `messages` through `transport`, each in a `publish <topic>` span whose parent is the
 * trace context the message carries; that context is replaced by the span's. The spans end once
 * the transport acknowledged the batch (or failed to).
 */
export async function publishTraced(transport: EventTransport, messages: TransportMessage[]): Promise<void> {
  const tracer = kitTracer();
  const spans: Span[] = [];
  const traced = messages.map((message) => {
    const recorded = traceContextOf(message.headers);
    const span = tracer.startSpan(
      `publish ${message.topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: { ...messageAttributes(transport, message), 'messaging.operation.type': 'send' },
      },
      recorded,
    );
    spans.push(span);
    const headers = { ...message.headers };
    propagation.inject(trace.setSpan(recorded, span), headers);
    return { ...message, headers };
  });
  try {
    await transport.publish(traced);
  } catch (error) {
    for (const span of spans) failed(span, error);
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}

/**
 * Runs `handle` for one delivered message in a `process <topic>` span of the consumer group,
 * child of the publication's span (from the message's headers) and active while it runs, so the
 * handler's SQL and the events it records belong to the same trace.
 */
export function consumeTraced<T>(
  transport: EventTransport,
  group: string,
  message: TransportMessage,
  handle: (span: Span) => Promise<T>,
): Promise<T> {
  return kitTracer().startActiveSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        ...messageAttributes(transport, message),
        'messaging.operation.type': 'process',
        'messaging.consumer.group.name': group,
      },
    },
    traceContextOf(message.headers),
    async (span) => {
      try {
        return await handle(span);
      } catch (error) {
        failed(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Marks `span` failed with `error`. */
function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}
