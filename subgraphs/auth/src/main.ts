import { createLogger, parseEnv, runMain, startSubgraph, subgraphEnv } from '@comptoir/kit';
import { auth } from './index.ts';

await runMain(async () => {
  const env = parseEnv(subgraphEnv);
  const running = await startSubgraph(auth, { env, log: createLogger('auth', env.LOG_LEVEL) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.stop());
});
