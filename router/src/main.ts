// First: tracing starts (when the OTEL_* variables ask) before the modules it instruments load.
import '@comptoir/kit/tracing/register';
import { createLogger } from '@comptoir/kit/logger';
import { runMain } from '@comptoir/kit/process-entry';
import { loadConfig } from './config.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { startRouter } from './server.ts';

await runMain(async () => {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowingPercent);
  const logger = createLogger('router', config.logLevel);
  const router = await startRouter({
    supergraphPath: config.supergraphPath,
    subgraphUrlOverrides: config.subgraphUrlOverrides,
    webDistDir: config.webDistDir,
    port: config.port,
    metricsPort: config.metricsPort,
    host: config.host,
    nodeEnv: config.nodeEnv,
    auth: config.auth,
    operationLimits: config.operationLimits,
    admission: config.admission,
    rateLimits: config.rateLimits,
    trustedProxies: config.trustedProxies,
    subgraphSecret: config.subgraphSecret,
    trustedDocumentsDir: config.trustedDocumentsDir,
    arbitraryOperationCallers: config.arbitraryOperationCallers,
    logger,
  });
  logger.info(`router ready at ${router.url}`);

  // A second signal while draining gets the default behaviour: immediate exit.
  const shutdown = async (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'router stopping: draining in-flight requests');
    await router.stop();
    logger.info('router stopped');
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
});
