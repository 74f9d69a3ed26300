import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alertRules,
  alertsTestedFiring,
  monitoringDir,
  ruleGroups,
  rulesFile,
} from '../../tools/src/monitoring/monitoring-files.ts';

const rulesDir = join(monitoringDir, 'rules');
const rules = readFileSync(rulesFile, 'utf8');
const alerts = alertRules(rules);

/** Runs promtool (Debian's, installed by tools/test.sh) in the rules' folder. */
function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: rulesDir, encoding: 'utf8' });
  if (run.error) throw new Error(`promtool: ${run.error.message} (tools/test.sh installs it)`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('alert rules', () => {
  it('watch router latency and errors, outbox age, consumer lag, dead letters, restarts and the DB pool', () => {
    expect(alerts.map((alert) => alert.alert)).toEqual([
      'RouterLatencyHigh',
      'RouterErrorRateHigh',
      'OutboxBacklogStale',
      'ConsumerLagHigh',
      'DeadLettersGrowing',
      'PodRestartingOften',
      'DatabasePoolNearlyExhausted',
    ]);
  });

  it('pass promtool check rules', () => {
    const { status, output } = promtool('check', 'rules', 'comptoir.rules.yml');
    expect(output).toContain(`SUCCESS: ${alerts.length} rules found`);
    expect(status, output).toBe(0);
  });

  it('pass their promtool unit tests, with a firing test for every alert', () => {
    const { status, output } = promtool('test', 'rules', 'comptoir.rules.test.yml');
    expect(status, output).toBe(0);
    expect(output).toContain('SUCCESS');
    const tested = alertsTestedFiring(readFileSync(join(rulesDir, 'comptoir.rules.test.yml'), 'utf8'));
    expect(alerts.map((alert) => alert.alert).filter((name) => !tested.has(name))).toEqual([]);
  });

  it('each have a severity, a summary, a description and a runbook section of k8s/README.md', () => {
    const readme = readFileSync(join(monitoringDir, '../README.md'), 'utf8');
    const alertsSection = readme.split(/^## /m).find((section) => section.startsWith('Alerts\n')) ?? '';
    const anchors = new Set([...alertsSection.matchAll(/^### (.+)$/gm)].map(([, heading = '']) => anchorOf(heading)));
    for (const { alert, labels, annotations } of alerts) {
      expect(['warning', 'critical'], alert).toContain(labels?.severity);
      expect(annotations?.summary, alert).toBeTruthy();
      expect(annotations?.description, alert).toBeTruthy();
      const [path, anchor = ''] = annotations?.runbook_url?.split('#') ?? [];
      expect(path, alert).toBe('k8s/README.md');
      expect(anchor, alert).toBe(anchorOf(alert));
      expect(anchors.has(anchor), `${alert}: no "### ${alert}" under "## Alerts" in k8s/README.md`).toBe(true);
    }
  });

  it('reach prometheus-operator unchanged: the PrometheusRule carries the tested groups', () => {
    const resource = readFileSync(join(monitoringDir, 'prometheus-rule.yaml'), 'utf8');
    expect(ruleGroups(resource)).toEqual(ruleGroups(rules));
  });
});
