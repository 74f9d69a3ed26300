import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@comptoir/kit/logger';
import type { RouterConcern } from './concern.ts';
import { type Fetcher, SubgraphDataSource } from './subgraph-fetch.ts';

/**
 * The query planner over a static supergraph: no polling, no Apollo uplink, and each subgraph
 * fetched at its resolved URL through SubgraphDataSource, under the router's concerns.
 */
export function createGateway(options: {
  supergraphSdl: string;
  subgraphUrls: ReadonlyMap<string, string>;
  logger: Logger;
  nodeEnv: string;
  concerns: readonly RouterConcern[];
  /** How every subgraph request is sent (createSubgraphFetcher). */
  fetcher: Fetcher;
}): ApolloGateway {
  // Otherwise the constructor starts an OpenTelemetry exporter that probes cloud metadata
  // endpoints at once and reports to Apollo hourly; this variable is its only switch.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // loadSupergraph() already validated it; the gateway would otherwise repeat it outside production.
    validateSupergraph: false,
    // The query plan of any operation on request header: a debugging aid, never in production.
    __exposeQueryPlanExperimental: options.nodeEnv !== 'production',
    logger: options.logger,
    buildService: ({ name }) => {
      const url = options.subgraphUrls.get(name);
      if (url === undefined) throw new Error(`no URL was resolved for subgraph "${name}"`);
      return new SubgraphDataSource(name, url, options.concerns, options.fetcher);
    },
  });
}
