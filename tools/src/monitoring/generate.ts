/**
 * Writes the generated monitoring files of k8s/monitoring: the Grafana dashboards (dashboards/*.json,
 * from dashboards.ts) and the PrometheusRule (from rules/comptoir.rules.yml).
 *   node tools/src/monitoring/generate.ts           write them
 *   node tools/src/monitoring/generate.ts --check   fail if the committed files are stale
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '@comptoir/kit/process-entry';
import { monitoringDir, monitoringFiles } from './monitoring-files.ts';

await runMain(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  for (const [name, content] of monitoringFiles()) {
    const path = join(monitoringDir, name);
    if (values.check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
        process.stderr.write(
          `k8s/monitoring/${name} is stale: run node tools/src/monitoring/generate.ts and commit it\n`,
        );
        process.exitCode = 1;
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote k8s/monitoring/${name}`);
    }
  }
});
