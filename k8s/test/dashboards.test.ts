import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardExpressions, dashboards } from '../../tools/src/monitoring/dashboards.ts';
import { alertRules, monitoringDir, monitoringFiles, rulesFile } from '../../tools/src/monitoring/monitoring-files.ts';
import { selectedMetricNames } from '../../tools/src/monitoring/promql.ts';
import { servedMetricNames } from '../../tools/src/monitoring/served-metrics.ts';

/** Series that come from the cluster, not from our code: kube-state-metrics' restart counter. */
const clusterSeries = new Set(['kube_pod_container_status_restarts_total']);

describe('dashboards and alert rules as code', () => {
  it('are committed as the generator writes them (node tools/src/monitoring/generate.ts)', () => {
    for (const [name, content] of monitoringFiles()) {
      const path = join(monitoringDir, name);
      expect(existsSync(path), `k8s/monitoring/${name} is missing`).toBe(true);
      expect(readFileSync(path, 'utf8'), `k8s/monitoring/${name} is stale`).toBe(content);
    }
  });

  it('ship every dashboard in the ConfigMap Grafana loads', () => {
    const kustomization = readFileSync(join(monitoringDir, 'kustomization.yaml'), 'utf8');
    expect(kustomization).toContain('grafana_dashboard: "1"');
    for (const name of Object.keys(dashboards())) expect(kustomization).toContain(`- dashboards/${name}`);
  });

  describe('select only series the platform serves', () => {
    let byService: Map<string, Set<string>>;
    let served: Set<string>;

    // Starting the router and six subgraphs took 36 s alone, far more with the suite at full load.
    beforeAll(async () => {
      byService = await servedMetricNames();
      served = new Set([...byService.values()].flatMap((names) => [...names]));
    }, 300_000);

    it('(read from the /metrics of the router and the six subgraphs)', () => {
      expect([...byService.keys()].sort()).toEqual([
        'auth',
        'baskets',
        'catalog',
        'deliveries',
        'orders',
        'router',
        'support',
      ]);
      for (const [service, names] of byService) expect(names, service).toContain('graphql_requests_total');
      expect(byService.get('orders')).toContain('dead_letters');
    });

    it('the router, subgraph and event flow dashboards', () => {
      for (const [name, dashboard] of Object.entries(dashboards())) {
        const expressions = dashboardExpressions(dashboard);
        expect(expressions.length, name).toBeGreaterThan(0);
        for (const expression of expressions) {
          expect(
            selectedMetricNames(expression).filter((metric) => !served.has(metric)),
            expression,
          ).toEqual([]);
        }
      }
    });

    it('the alert rules (restarts from kube-state-metrics aside)', () => {
      for (const { alert, expr } of alertRules(readFileSync(rulesFile, 'utf8'))) {
        const unknown = selectedMetricNames(expr).filter((metric) => !served.has(metric) && !clusterSeries.has(metric));
        expect(unknown, alert).toEqual([]);
      }
    });
  });
});
