import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import { subgraphs } from './subgraphs.ts';

/** The router's port on the embedded default; subgraphs take the next ones, in `subgraphs` order. */
export const defaultRouterPort = 4000;

export function subgraphPort(routerPort: number, name: string): number {
  return routerPort + 1 + subgraphs.findIndex((subgraph) => subgraph.name === name);
}

/** The URL the supergraph records; deployments override it per subgraph (SUBGRAPH_<NAME>_URL). */
function defaultSubgraphUrl(name: string): string {
  return `http://127.0.0.1:${subgraphPort(defaultRouterPort, name)}/graphql`;
}

/**
 * Composes the subgraphs' SDL into the supergraph (what the router plans against) and the API
 * schema (what clients and codegen see). Throws with every composition error listed.
 */
export function composeSupergraph(): { supergraph: string; api: string } {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      typeDefs: subgraph.typeDefs,
      url: defaultSubgraphUrl(subgraph.name),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trimEnd()}\n`,
    api: `${printSchema(result.schema.toAPISchema()).trimEnd()}\n`,
  };
}
