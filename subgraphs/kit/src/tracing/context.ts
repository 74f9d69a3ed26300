import { type Context, context, propagation, ROOT_CONTEXT, type Span, trace } from '@opentelemetry/api';

/*
 * W3C trace context where Comptoir carries it by hand: outbox rows, event messages, relayed
 * headers. Only the OpenTelemetry API is used here: with tracing off (no SDK started) every
 * function is a cheap no-op and the callers' fallbacks (the trace headers as received) apply.
 */

/** A trace context as text, as stored in an outbox row and sent as message headers. */
export interface TraceHeaders {
  traceparent?: string;
  tracestate?: string;
}

/** The active span's trace context (empty when tracing is off or no span is active). */
export function activeTraceHeaders(): TraceHeaders {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return {
    ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}),
    ...(carrier.tracestate ? { tracestate: carrier.tracestate } : {}),
  };
}

/** The trace context that `headers` carry, as a parent for new spans (the root context when none). */
export function traceContextOf(headers: Readonly<Record<string, string | undefined>>): Context {
  return propagation.extract(ROOT_CONTEXT, headers, {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => carrier[key] ?? undefined,
  });
}

/**
 * Whether tracing writes header `name` on outgoing requests itself (the HTTP instrumentations,
 * for this process's span). Such a header is not relayed as the client sent it: a second copy
 * would make it unreadable. With tracing off, none is.
 */
export function propagatedByTracing(name: string): boolean {
  return propagation.fields().includes(name.toLowerCase());
}

/** Ids of the active span for log lines, or nothing when no span is recording. */
export function activeTraceIds(): { trace_id: string; span_id: string } | Record<string, never> {
  const span: Span | undefined = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId } : {};
}

/** The tracer of Comptoir's own spans (outbox relay, event consumers). */
export const kitTracer = () => trace.getTracer('@comptoir/kit');
