import { LegendDisplayMode, LegendPlacement, VizLegendOptionsBuilder } from '@grafana/grafana-foundation-sdk/common';
import {
  type Dashboard,
  DashboardBuilder,
  DatasourceVariableBuilder,
  QueryVariableBuilder,
  RowBuilder,
  ThresholdsConfigBuilder,
  ThresholdsMode,
  VariableRefresh,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';

/** Every panel queries the Prometheus chosen in the dashboard's `datasource` variable. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax, read by Grafana.
const prometheus = { type: 'prometheus', uid: '${datasource}' };

interface Query {
  expr: string;
  legend: string;
}

interface Graph {
  title: string;
  description: string;
  unit: string;
  queries: Query[];
  /** A line drawn at the objective an alert of k8s/monitoring/rules watches. */
  objective?: number;
}

/** A time series panel of `graph`, half the dashboard's width. */
function panel(id: number, graph: Graph): TimeseriesPanelBuilder {
  const built = new TimeseriesPanelBuilder()
    .id(id)
    .title(graph.title)
    .description(graph.description)
    .datasource(prometheus)
    .unit(graph.unit)
    .min(0)
    .legend(
      new VizLegendOptionsBuilder()
        .showLegend(true)
        .displayMode(LegendDisplayMode.List)
        .placement(LegendPlacement.Bottom),
    )
    .height(8)
    .span(12);
  for (const [index, query] of graph.queries.entries()) {
    built.withTarget(
      new DataqueryBuilder()
        .datasource(prometheus)
        .refId(String.fromCharCode(65 + index))
        .expr(query.expr)
        .legendFormat(query.legend),
    );
  }
  if (graph.objective !== undefined) {
    built.thresholds(
      new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps([
        { value: null, color: 'green' },
        { value: graph.objective, color: 'red' },
      ]),
    );
  }
  return built;
}

interface Section {
  title: string;
  graphs: Graph[];
}

/** A dashboard of rows of graphs, with the Prometheus data source as a variable. */
function dashboard(
  uid: string,
  title: string,
  description: string,
  sections: Section[],
  variables: QueryVariableBuilder[] = [],
) {
  const built = new DashboardBuilder(title)
    .uid(uid)
    .description(description)
    .tags(['comptoir'])
    .readonly()
    .refresh('30s')
    .time({ from: 'now-3h', to: 'now' })
    .timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Prometheus').type('prometheus'));
  for (const variable of variables) built.withVariable(variable);
  // Stable ids, in reading order: Grafana keys a panel's links and state by them.
  let id = 0;
  for (const section of sections) {
    built.withRow(new RowBuilder(section.title).id(++id));
    for (const graph of section.graphs) built.withPanel(panel(++id, graph));
  }
  return built.build();
}

/** p50, p95 and p99 of a latency histogram's selection. */
function latencyQuantiles(selector: string): Query[] {
  return [0.5, 0.95, 0.99].map((quantile) => ({
    expr: `histogram_quantile(${quantile}, sum by (le) (rate(graphql_request_duration_seconds_bucket{${selector}}[$__rate_interval])))`,
    legend: `p${quantile * 100}`,
  }));
}

/** The process series every service exposes (prom-client's default metrics), by pod. */
function processSection(selector: string): Section {
  return {
    title: 'Process',
    graphs: [
      {
        title: 'CPU',
        description: 'CPU time used per second, by pod.',
        unit: 'percentunit',
        queries: [
          { expr: `sum by (pod) (rate(process_cpu_seconds_total{${selector}}[$__rate_interval]))`, legend: '{{pod}}' },
        ],
      },
      {
        title: 'Resident memory',
        description: 'Resident set size, by pod.',
        unit: 'bytes',
        queries: [{ expr: `sum by (pod) (process_resident_memory_bytes{${selector}})`, legend: '{{pod}}' }],
      },
      {
        title: 'Event loop lag p99',
        description: 'How long ready callbacks waited for the event loop, by pod: a busy or blocked process.',
        unit: 's',
        queries: [{ expr: `max by (pod) (nodejs_eventloop_lag_p99_seconds{${selector}})`, legend: '{{pod}}' }],
      },
      {
        title: 'Heap used',
        description: 'V8 heap in use, by pod.',
        unit: 'bytes',
        queries: [{ expr: `sum by (pod) (nodejs_heap_size_used_bytes{${selector}})`, legend: '{{pod}}' }],
      },
    ],
  };
}

function graphqlSection(selector: string, latencyObjective?: number): Section {
  return {
    title: 'GraphQL operations',
    graphs: [
      {
        title: 'Operations by outcome',
        description:
          'Operations per second: ok, client-error (refused: bad input, unauthenticated, limits) or error (failed by an unexpected error).',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (outcome) (rate(graphql_requests_total{${selector}}[$__rate_interval]))`,
            legend: '{{outcome}}',
          },
        ],
      },
      {
        title: 'Error ratio',
        description:
          'Share of operations failed by an unexpected error, refusals aside (RouterErrorRateHigh fires above 5% on the router).',
        unit: 'percentunit',
        objective: 0.05,
        queries: [
          {
            expr: `sum(rate(graphql_requests_total{${selector}, outcome="error"}[$__rate_interval])) / sum(rate(graphql_requests_total{${selector}}[$__rate_interval]))`,
            legend: 'errors',
          },
        ],
      },
      {
        title: 'Latency',
        description: 'Operation latency quantiles (RouterLatencyHigh watches the router’s p95 against 500 ms).',
        unit: 's',
        ...(latencyObjective === undefined ? {} : { objective: latencyObjective }),
        queries: latencyQuantiles(selector),
      },
      {
        title: 'Busiest operations',
        description: 'The ten operations with the most requests per second.',
        unit: 'reqps',
        queries: [
          {
            expr: `topk(10, sum by (operation) (rate(graphql_requests_total{${selector}}[$__rate_interval])))`,
            legend: '{{operation}}',
          },
        ],
      },
      {
        title: 'Slowest operations (p95)',
        description: 'The ten operations with the highest p95 latency.',
        unit: 's',
        queries: [
          {
            expr: `topk(10, histogram_quantile(0.95, sum by (le, operation) (rate(graphql_request_duration_seconds_bucket{${selector}}[$__rate_interval]))))`,
            legend: '{{operation}}',
          },
        ],
      },
    ],
  };
}

/** The router: traffic, errors and latency as clients see them, and its processes. */
function routerDashboard(): Dashboard {
  const router = 'service="router"';
  return dashboard(
    'comptoir-router',
    'Comptoir / Router',
    'The router as clients see it: operations, errors, latency against the alerts’ objectives, and its processes.',
    [graphqlSection(router, 0.5), processSection(router)],
  );
}

/** One dashboard for the six subgraphs, the subgraph chosen in its `service` variable. */
function subgraphsDashboard(): Dashboard {
  const subgraph = 'service="$service"';
  // Only subgraphs open a database pool: its series lists them and leaves the router out.
  const service = new QueryVariableBuilder('service')
    .label('Subgraph')
    .datasource(prometheus)
    .query('label_values(db_pool_max_connections, service)')
    .definition('label_values(db_pool_max_connections, service)')
    .refresh(VariableRefresh.OnTimeRangeChanged);
  return dashboard(
    'comptoir-subgraphs',
    'Comptoir / Subgraph',
    'One subgraph (chosen above): the operations the router sends it, its database and its processes.',
    [
      graphqlSection(subgraph),
      {
        title: 'Database',
        graphs: [
          {
            title: 'SQL statements',
            description: 'Statements sent per second, all pods.',
            unit: 'ops',
            queries: [{ expr: `sum(rate(db_statements_total{${subgraph}}[$__rate_interval]))`, legend: 'statements' }],
          },
          {
            title: 'Pool connections',
            description:
              'Connections in use (opened − idle) and callers waiting for one, by pod, against DATABASE_POOL_MAX (DatabasePoolNearlyExhausted fires at 90% in use).',
            unit: 'short',
            queries: [
              {
                expr: `sum by (pod) (db_pool_connections{${subgraph}, state="total"}) - sum by (pod) (db_pool_connections{${subgraph}, state="idle"})`,
                legend: '{{pod}} in use',
              },
              {
                expr: `sum by (pod) (db_pool_connections{${subgraph}, state="waiting"})`,
                legend: '{{pod}} waiting',
              },
              { expr: `max(db_pool_max_connections{${subgraph}})`, legend: 'pool max' },
            ],
          },
        ],
      },
      processSection(subgraph),
    ],
    [service],
  );
}

/** Events from the outboxes through Kafka to the consumer groups, and what they gave up on. */
function eventFlowDashboard(): Dashboard {
  return dashboard(
    'comptoir-event-flow',
    'Comptoir / Event flow',
    'Events from each subgraph’s outbox through Kafka to the consumer groups: backlog and its age, publication, consumption, lag and dead letters.',
    [
      {
        title: 'Outboxes',
        graphs: [
          {
            title: 'Outbox backlog',
            description: 'Events written and not yet published, by subgraph (every replica reports the same table).',
            unit: 'short',
            queries: [{ expr: 'max by (service) (outbox_backlog)', legend: '{{service}}' }],
          },
          {
            title: 'Oldest unpublished event',
            description: 'Age of the next event each relay has to publish (OutboxBacklogStale fires above 5 minutes).',
            unit: 's',
            objective: 300,
            queries: [{ expr: 'max by (service) (outbox_oldest_unpublished_age_seconds)', legend: '{{service}}' }],
          },
          {
            title: 'Published',
            description: 'Events published per second, by subgraph.',
            unit: 'ops',
            queries: [
              { expr: 'sum by (service) (rate(outbox_published_total[$__rate_interval]))', legend: '{{service}}' },
            ],
          },
        ],
      },
      {
        title: 'Consumers',
        graphs: [
          {
            title: 'Events handled',
            description: 'Events handled per second, by consumer group and outcome.',
            unit: 'ops',
            queries: [
              {
                expr: 'sum by (group, outcome) (rate(events_handled_total[$__rate_interval]))',
                legend: '{{group}} {{outcome}}',
              },
            ],
          },
          {
            title: 'Consumer lag',
            description:
              'Messages behind the end of the partition at the last handled message, by group and topic (ConsumerLagHigh fires above 1000).',
            unit: 'short',
            objective: 1000,
            queries: [{ expr: 'max by (group, topic) (consumer_lag_messages)', legend: '{{group}} on {{topic}}' }],
          },
        ],
      },
      {
        title: 'Dead letters',
        graphs: [
          {
            title: 'Dead letters waiting',
            description:
              'Dead-lettered events not replayed yet, by consumer group (DeadLettersGrowing fires when it grows).',
            unit: 'short',
            queries: [{ expr: 'max by (group) (dead_letters)', legend: '{{group}}' }],
          },
          {
            title: 'Dead-lettered',
            description: 'Events given up on per second, by consumer group.',
            unit: 'ops',
            queries: [
              {
                expr: 'sum by (group) (rate(events_handled_total{outcome="dead-lettered"}[$__rate_interval]))',
                legend: '{{group}}',
              },
            ],
          },
        ],
      },
    ],
  );
}

/** The dashboards, by the file name each is written to in k8s/monitoring/dashboards. */
export function dashboards(): Record<string, Dashboard> {
  return {
    'router.json': routerDashboard(),
    'subgraph.json': subgraphsDashboard(),
    'event-flow.json': eventFlowDashboard(),
  };
}

/** Every PromQL expression of a dashboard: its panels' targets and its query variables'. */
export function dashboardExpressions(built: Dashboard): string[] {
  const targets = (built.panels ?? []).flatMap((each) =>
    'targets' in each ? (each.targets ?? []).map((target) => (target as { expr?: string }).expr ?? '') : [],
  );
  const variables = (built.templating?.list ?? [])
    .filter((variable) => variable.type === 'query')
    .map((variable) => String(variable.query).replace(/^label_values\((.*),\s*\w+\)$/, '$1'));
  return [...targets, ...variables].filter((expr) => expr !== '');
}
