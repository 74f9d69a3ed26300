import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@comptoir/kit/logger';
import type { Dispatcher } from 'undici';
import type { RouterConcern } from './concern.ts';
import { RouterGateway } from './execution/router-executor.ts';
import { SubgraphDataSource } from './subgraph-fetch.ts';

/**
 * The query planner over a static supergraph (no polling, no Apollo uplink) and the router's
 * executor in front of it, each subgraph called at its resolved URL through SubgraphDataSource,
 * under the router's concerns.
 */
export function createGateway(options: {
  supergraphSdl: string;
  subgraphUrls: ReadonlyMap<string, string>;
  logger: Logger;
  nodeEnv: string;
  concerns: readonly RouterConcern[];
  /** The connection pools every subgraph request goes through (createSubgraphAgent). */
  agent: Dispatcher;
}): RouterGateway {
  // Otherwise the constructor starts an OpenTelemetry exporter that probes cloud metadata
  // endpoints at once and reports to Apollo hourly; this variable is its only switch.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const subgraphs = new Map(
    [...options.subgraphUrls].map(([name, url]) => [
      name,
      new SubgraphDataSource(name, url, options.concerns, options.agent),
    ]),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // loadSupergraph() already validated it; the gateway would otherwise repeat it outside production.
    validateSupergraph: false,
    // The query plan of any operation on request header: a debugging aid, never in production.
    __exposeQueryPlanExperimental: options.nodeEnv !== 'production',
    logger: options.logger,
    buildService: ({ name }) => {
      const subgraph = subgraphs.get(name);
      if (subgraph === undefined) throw new Error(`no URL was resolved for subgraph "${name}"`);
      return subgraph;
    },
  });
  return new RouterGateway(gateway, subgraphs);
}
