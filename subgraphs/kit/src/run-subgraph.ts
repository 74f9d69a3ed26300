import { parseEnv, subgraphEnv } from './config.ts';
import { runMain } from './process-entry.ts';
import { type SubgraphDefinition, startSubgraph } from './subgraph.ts';

/**
 * A subgraph's process entry: configuration from the environment, then the subgraph, stopped in
 * order on SIGINT or SIGTERM. A bad variable or an unreachable dependency exits with one line.
 */
export function runSubgraph<Services>(definition: SubgraphDefinition<Services>): Promise<void> {
  return runMain(async () => {
    const running = await startSubgraph(definition, { env: parseEnv(subgraphEnv) });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.stop());
  });
}
