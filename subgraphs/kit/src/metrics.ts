import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { ConfigError } from './config.ts';
import { isUnexpected } from './errors.ts';

/**
 * One registry per service, so several services sharing a process (the embedded default) each
 * expose their own `/metrics` without name clashes.
 */
export function createRegistry(service: string, withProcessMetrics = true): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (withProcessMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * Request count and latency of GraphQL operations, labelled by operation name and outcome: `ok`,
 * `client-error` (every error an expected refusal: bad input, unauthenticated, limits) or `error`
 * (at least one unexpected error: the platform failed the caller).
 */
export function graphqlMetrics(registry: Registry) {
  return {
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations handled, by outcome: ok, client-error (refused) or error (failed)',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency',
      labelNames: ['operation'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

export { Counter, Gauge, Histogram, Registry };

/** Metrics ports sit this far above service ports: router 4000 → 9400, subgraphs 4001… → 9401…. */
const metricsPortOffset = 5400;

/**
 * Where `/metrics` is served when METRICS_PORT is not given: PORT + 5400, or 0 (a free port) for a
 * service on a free port. Throws a ConfigError when that is no port or the service's own port.
 */
export function metricsPortFor(servicePort: number, metricsPort?: number): number {
  const chosen = metricsPort ?? (servicePort === 0 ? 0 : servicePort + metricsPortOffset);
  if (chosen > 65535) throw new ConfigError(`METRICS_PORT is missing (PORT=${servicePort} leaves no default: set it)`);
  if (chosen !== 0 && chosen === servicePort) throw new ConfigError(`METRICS_PORT=${chosen} is invalid: it is PORT`);
  return chosen;
}

export interface MetricsServer {
  /** e.g. http://127.0.0.1:9400/metrics */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) on its own port, apart from the public one: only
 * the network policy that lets Prometheus in reaches it. Anything else is a 404.
 */
export async function serveMetrics(registry: Registry, port: number, host: string): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await listen(server, port, host);
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Listens on `host:port`, rejecting (instead of crashing the process) when the port is taken. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Distinct operation names kept as label values; later names share one bucket. */
const maxOperationNames = 200;
const operationNameShape = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Turns client-chosen operation names into a bounded set of label values: a short, plain name is
 * kept until `maxOperationNames` distinct ones were seen; anything else is "other", no name
 * "anonymous". A client can thus neither grow `/metrics` nor the process's memory.
 */
export function operationLabels(): (operationName: string | null | undefined) => string {
  const seen = new Set<string>();
  return (operationName) => {
    if (!operationName) return 'anonymous';
    if (seen.has(operationName)) return operationName;
    if (!operationNameShape.test(operationName) || seen.size >= maxOperationNames) return 'other';
    seen.add(operationName);
    return operationName;
  };
}

/** Apollo Server plugin feeding `graphqlMetrics`: one observation per operation. */
export function graphqlMetricsPlugin(registry: Registry): import('@apollo/server').ApolloServerPlugin {
  const metrics = graphqlMetrics(registry);
  const labelOf = operationLabels();
  return {
    async requestDidStart() {
      const stopTimer = metrics.duration.startTimer();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = labelOf(operationName);
          // The errors as answered (codes given, internal ones masked), else as raised.
          const answered = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const found = answered ?? errors ?? [];
          const outcome = found.length === 0 ? 'ok' : found.some(isUnexpected) ? 'error' : 'client-error';
          stopTimer({ operation });
          metrics.requests.inc({ operation, outcome });
        },
      };
    },
  };
}
