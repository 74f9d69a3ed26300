/**
 * The embedded default: the whole platform in one process with nothing installed. PostgreSQL is
 * PGlite (state in .data/pglite) unless DATABASE_URL is set; events use the in-process transport
 * unless KAFKA_BROKERS is set. Migrations run and a demo seed is loaded on first start.
 */
import { join } from 'node:path';
import { parseEnv, runMain, subgraphEnv } from '@comptoir/kit';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { startPlatform } from './platform.ts';
import { seedDemo } from './seed.ts';

const repoRoot = join(import.meta.dirname, '../..');

await runMain(async () => {
  const embeddedDatabase = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(repoRoot, '.data/pglite') });
  const env = parseEnv(subgraphEnv, {
    ...process.env,
    // PGlite serves one session at a time: small pools keep six services from queueing on it.
    ...(embeddedDatabase ? { DATABASE_URL: embeddedDatabase.url, DATABASE_POOL_MAX: '2' } : {}),
  });
  const platform = await startPlatform({
    env,
    routerPort: Number(process.env.PORT ?? 4000),
    fixedSubgraphPorts: true,
    webDistDir: join(repoRoot, 'clients/web/dist'),
  }).catch(async (error) => {
    await embeddedDatabase?.stop();
    throw error;
  });
  const demo = await seedDemo(platform.subgraphs);

  const stop = async () => {
    await platform.stop();
    await embeddedDatabase?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const database = embeddedDatabase ? 'embedded PGlite (.data/pglite)' : 'PostgreSQL from DATABASE_URL';
  const events = env.KAFKA_BROKERS ? `Kafka at ${env.KAFKA_BROKERS.join(',')}` : 'in-process';
  console.log(`\nComptoir is ready at ${platform.router.url}  (database: ${database}; events: ${events})`);
  if (demo)
    console.log(
      `Demo order: ${demo.orderId}  (try: { order(id: "${demo.orderId}") { customer { name } lines { quantity product { name } } } })`,
    );
});
