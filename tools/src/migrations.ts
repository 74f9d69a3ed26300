/**
 * Database migrations of the subgraphs.
 *   node tools/src/migrations.ts up                 apply pending migrations of every subgraph
 *   node tools/src/migrations.ts create <subgraph>  write a migration for entity changes
 * `create` diffs the entities against a scratch database migrated to the latest committed state,
 * so it never depends on what a developer's database happens to contain.
 */
import { parseArgs } from 'node:util';
import { createLogger, parseEnv, runMain, subgraphEnv } from '@comptoir/kit';
import { migrate } from '@comptoir/kit/database';
import { withScratchDatabase } from '@comptoir/kit/testing';
import { openSubgraphDatabase, subgraphNamed, subgraphs } from './subgraphs.ts';

await runMain(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [command, name] = positionals;
  // Migrations serve no request: they need the database, not the router's secret.
  const env = parseEnv(subgraphEnv.omit({ ROUTER_SUBGRAPH_SECRET: true }));
  const log = createLogger('migrations', env.LOG_LEVEL);

  if (command === 'up') {
    for (const subgraph of subgraphs) {
      const orm = await openSubgraphDatabase(subgraph, env.DATABASE_URL, log);
      try {
        const applied = await migrate(orm);
        console.log(`${subgraph.name}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
      } finally {
        await orm.close();
      }
    }
  } else if (command === 'create' && name) {
    const subgraph = subgraphNamed(name);
    await withScratchDatabase(env.DATABASE_URL, async (url) => {
      const orm = await openSubgraphDatabase(subgraph, url, log);
      try {
        await migrate(orm);
        const result = await orm.migrator.create(undefined, false, false);
        console.log(
          result.diff.up.length === 0
            ? `${name}: entities match the migrations, nothing to write`
            : `${name}: wrote ${result.fileName}`,
        );
      } finally {
        await orm.close();
      }
    });
  } else {
    throw new Error('usage: migrations.ts up | create <subgraph>');
  }
});
