import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { dashboards } from './dashboards.ts';

/** k8s/monitoring, whose generated files this module writes. */
export const monitoringDir = join(import.meta.dirname, '../../../k8s/monitoring');

/** The alert rules' one source: a plain Prometheus rules file, the one promtool checks and tests. */
export const rulesFile = join(monitoringDir, 'rules/comptoir.rules.yml');

export interface AlertRule {
  alert: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface RuleGroup {
  name: string;
  rules: Array<AlertRule | { record: string; expr: string }>;
}

/** The groups of a Prometheus rules file (or of a PrometheusRule's spec). */
export function ruleGroups(text: string): RuleGroup[] {
  const parsed = parse(text) as { groups?: RuleGroup[]; spec?: { groups: RuleGroup[] } };
  return parsed.groups ?? parsed.spec?.groups ?? [];
}

/** The alerts of a rules file. */
export function alertRules(text: string): AlertRule[] {
  return ruleGroups(text).flatMap((group) => group.rules.filter((rule): rule is AlertRule => 'alert' in rule));
}

/** The alert names a promtool unit test file expects to fire at least once. */
export function alertsTestedFiring(promtoolTests: string): Set<string> {
  const { tests } = parse(promtoolTests) as {
    tests: Array<{ alert_rule_test?: Array<{ alertname: string; exp_alerts?: unknown[] }> }>;
  };
  return new Set(
    tests.flatMap((test) =>
      (test.alert_rule_test ?? []).filter((each) => (each.exp_alerts ?? []).length > 0).map((each) => each.alertname),
    ),
  );
}

/** The PrometheusRule carrying the rules file's groups unchanged, for prometheus-operator. */
export function prometheusRule(rules: string): string {
  const groups = ruleGroups(rules);
  const resource = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'comptoir-alerts', labels: { 'app.kubernetes.io/name': 'comptoir-alerts' } },
    spec: { groups },
  };
  return `# Written by \`node tools/src/monitoring/generate.ts\` from rules/comptoir.rules.yml: edit that file.\n${stringify(resource, { lineWidth: 0 })}`;
}

/** Every file generated into k8s/monitoring, by its path there, with its content. */
export function monitoringFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, dashboard] of Object.entries(dashboards())) {
    files.set(`dashboards/${name}`, `${JSON.stringify(dashboard, null, 2)}\n`);
  }
  files.set('prometheus-rule.yaml', prometheusRule(readFileSync(rulesFile, 'utf8')));
  return files;
}
