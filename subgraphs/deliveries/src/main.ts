import { createLogger, parseEnv, runMain, startSubgraph, subgraphEnv } from '@comptoir/kit';
import { deliveries } from './index.ts';

await runMain(async () => {
  const env = parseEnv(subgraphEnv);
  const running = await startSubgraph(deliveries, { env, log: createLogger('deliveries', env.LOG_LEVEL) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.stop());
});
