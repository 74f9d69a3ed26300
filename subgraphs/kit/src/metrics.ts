import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

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

/** Request count and latency of GraphQL operations, labelled by operation name and outcome. */
export function graphqlMetrics(registry: Registry) {
  return {
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations handled',
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

/** `GET /metrics` in the Prometheus text format. */
export function metricsRoute(registry: Registry): import('express').RequestHandler {
  return async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  };
}

/** Apollo Server plugin feeding `graphqlMetrics`: one observation per operation. */
export function graphqlMetricsPlugin(registry: Registry): import('@apollo/server').ApolloServerPlugin {
  const metrics = graphqlMetrics(registry);
  return {
    async requestDidStart() {
      const stopTimer = metrics.duration.startTimer();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = operationName ?? 'anonymous';
          const failed =
            (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && !!response.body.singleResult.errors);
          stopTimer({ operation });
          metrics.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
