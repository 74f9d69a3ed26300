import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

export interface Tracing {
  /** Exports the spans still buffered, then stops tracing. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** service.name unless OTEL_SERVICE_NAME says otherwise. */
  serviceName: string;
  /** Where spans go; by default the exporter the OTEL_* variables name (OTLP unless told), batched. */
  spanProcessors?: SpanProcessor[];
}

/** Probes and scrapes would drown the traces that matter. */
function isProbeOrScrape(request: IncomingMessage): boolean {
  return /^\/(health\/|metrics\b)/.test(request.url ?? '');
}

/**
 * Starts the OpenTelemetry SDK: W3C trace context (OTEL_PROPAGATORS), the sampler of
 * OTEL_TRACES_SAMPLER (parent-based, always on, unless told), spans of incoming and outgoing HTTP
 * (node:http, and undici for fetch: the router's subgraph calls), PostgreSQL statements and GraphQL
 * parsing, validation and execution. Must run before those modules load: the `--import` preload
 * (./register.ts) does it. Kafka is traced by the kit itself (the outbox relay's `publish` and the
 * consumers' `process` spans, events/tracing.ts) on both transports: the kafkajs instrumentation
 * parents a batch's send spans on whatever context publishes it, which for the relay is its polling
 * loop, and would overwrite the `traceparent` each outbox row keeps of the request that wrote it.
 * Only traces are exported: logs stay pino on stdout, metrics prom-client on /metrics.
 */
export function startTracing(options: TracingOptions): Tracing {
  const sdk = new NodeSDK({
    ...(process.env.OTEL_SERVICE_NAME ? {} : { serviceName: options.serviceName }),
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: isProbeOrScrape,
        requireParentforOutgoingSpans: true,
      }),
      new UndiciInstrumentation({ requireParentforSpans: true }),
      // Statements outside any trace are the relay's and tasks' polling: noise.
      new PgInstrumentation({ requireParentSpan: true }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
  // The HTTP instrumentation patches node:http when it is required; code that only imports it as
  // ESM (a server made with createServer) would otherwise answer outside any span.
  createRequire(import.meta.url)('node:http');
  return { shutdown: () => sdk.shutdown() };
}
