/**
 * The embedded default: the whole platform in one process with nothing installed. PostgreSQL is
 * PGlite (state in .data/pglite, or $COMPTOIR_DATA_DIR/pglite) unless DATABASE_URL is set; events use the in-process transport
 * unless KAFKA_BROKERS is set. Migrations run and a demo seed is loaded on first start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseEnv, runMain, StartupError, subgraphEnv } from '@comptoir/kit';
import { loadConfig, startPlatform } from '@comptoir/router';
import { defaultStorefrontPort, startStorefront } from '@comptoir/web/server';
import { buildIfStale } from '@comptoir/web/server/build';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { demoAccounts, seedDemo } from './seed.ts';
import { defaultRouterPort, subgraphs } from './subgraphs.ts';

const repoRoot = join(import.meta.dirname, '../..');

await runMain(async () => {
  const dataDir = process.env.COMPTOIR_DATA_DIR ?? join(repoRoot, '.data');
  const embeddedDatabase = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite') }).catch((error: Error) => {
        throw new StartupError(error.message);
      });
  // The access-token signing key is generated once and kept with the data.
  process.env.AUTH_SIGNING_KEY_FILE ??= join(dataDir, 'auth-signing-key.pem');
  // So is the secret the router signs subgraph requests with.
  process.env.ROUTER_SUBGRAPH_SECRET ??= await keptSecret(join(dataDir, 'router-subgraph-secret'));
  // And the one the test payment provider signs its notifications to orders with.
  process.env.PAYMENT_WEBHOOK_SECRET ??= await keptSecret(join(dataDir, 'payment-webhook-secret'));
  // And the one support signs newsletter confirmation and unsubscribe links with.
  process.env.NEWSLETTER_TOKEN_SECRET ??= await keptSecret(join(dataDir, 'newsletter-token-secret'));
  // Mails link to the storefront this process serves (STOREFRONT_PORT), unless told otherwise.
  const storefrontPort = Number(process.env.STOREFRONT_PORT ?? defaultStorefrontPort);
  process.env.STOREFRONT_URL ??= `http://127.0.0.1:${storefrontPort}`;
  // Built before anything starts (only when its sources changed), so a failed build stops nothing.
  await buildIfStale({
    onBuild: () => console.log('Building the storefront (its sources changed since the last build)…'),
  });
  // Without SMTP_URL, support writes each mail it sends as an .eml file here, for the person trying Comptoir.
  process.env.MAIL_DIR ??= join(dataDir, 'mail');
  // Product images (IMAGE_STORAGE unset: local disk), the demo pictures included, live with the data too.
  process.env.IMAGE_DIR ??= join(dataDir, 'images');
  const env = parseEnv(subgraphEnv, {
    // Quiet by default: the ready banner is what a person starting the platform wants to see.
    LOG_LEVEL: 'warn',
    // The quick start is for development (GraphiQL, stack traces); unset NODE_ENV means production.
    NODE_ENV: 'development',
    ...process.env,
    // PGlite serves one session at a time: small pools keep six services from queueing on it.
    ...(embeddedDatabase ? { DATABASE_URL: embeddedDatabase.url, DATABASE_POOL_MAX: '2' } : {}),
  });
  const stopDatabase = async () => {
    await embeddedDatabase?.stop();
  };
  const platform = await startPlatform({
    subgraphs,
    supergraph: { supergraphPath: join(repoRoot, 'schema/supergraph.graphql') },
    env,
    routerPort: Number(process.env.PORT ?? defaultRouterPort),
    webDistDir: join(repoRoot, 'clients/web/dist'),
    // The router's limits follow their variables (MAX_*, RATE_LIMIT_*, TRUSTED_PROXIES) as when it runs alone.
    router: (({ operationLimits, rateLimits, trustedProxies }) => ({ operationLimits, rateLimits, trustedProxies }))(
      loadConfig(process.env, []),
    ),
  }).catch(async (error) => {
    await stopDatabase();
    throw error;
  });
  const demo = await (async () => {
    const seeded = await seedDemo(platform.subgraphs);
    // Ready means every service has applied the seed: baskets and orders know every product.
    console.log('Comptoir is starting: every service is applying the demo data…');
    await platform.eventsSettled();
    return seeded;
  })().catch(async (error) => {
    await platform.stop();
    await stopDatabase();
    throw error;
  });

  const storefront = await startStorefront({
    routerUrl: platform.router.url,
    port: storefrontPort,
    publicUrl: process.env.STOREFRONT_URL,
  }).catch(async (error: Error) => {
    await platform.stop();
    await stopDatabase();
    throw new StartupError(`the storefront cannot start: ${error.message}`);
  });

  const stop = async () => {
    await storefront.stop();
    await platform.stop();
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const database = embeddedDatabase ? `embedded PGlite (${join(dataDir, 'pglite')})` : 'PostgreSQL from DATABASE_URL';
  const events = env.KAFKA_BROKERS ? `Kafka at ${env.KAFKA_BROKERS.join(',')}` : 'in-process';
  console.log(`\nComptoir is ready at ${platform.router.url}  (database: ${database}; events: ${events})`);
  console.log(`Storefront: ${storefront.url}  (French and English; mails link to ${process.env.STOREFRONT_URL})`);
  console.log('Demo accounts (email / password / role):');
  for (const account of demoAccounts)
    console.log(`  ${account.email} / ${account.password} / ${account.roles.join(',')}`);
  console.log(`Demo order: ${demo.orderId}  (query it: see the README's Quick start)`);
  console.log(
    process.env.SMTP_URL
      ? 'Mail: sent through SMTP_URL'
      : `Mail: caught, one .eml file per mail in ${process.env.MAIL_DIR} (open one with any mail client)`,
  );
});

/** The secret kept in `file`, generated (256 random bits) on first use. */
async function keptSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('hex');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
