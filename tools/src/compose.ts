/**
 * Writes schema/supergraph.graphql and schema/api.graphql from the subgraphs' SDL.
 *   node tools/src/compose.ts           write them
 *   node tools/src/compose.ts --check   fail if the committed files are stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '@comptoir/kit/process-entry';
import { composePlatform } from './subgraphs.ts';

const schemaDir = join(import.meta.dirname, '../../schema');

await runMain(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const composed = composePlatform();
  const files = { 'supergraph.graphql': composed.supergraph, 'api.graphql': composed.api };
  for (const [name, content] of Object.entries(files)) {
    const path = join(schemaDir, name);
    if (values.check) {
      const committed = readFileSync(path, 'utf8');
      if (committed !== content) {
        process.stderr.write(`schema/${name} is stale: run pnpm compose and commit the result\n`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(path, content);
      console.log(`wrote schema/${name}`);
    }
  }
});
