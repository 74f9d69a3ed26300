import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import { subgraphs } from './subgraphs.ts';

/** Where each subgraph listens on the embedded default; deployments override them per subgraph. */
export const defaultSubgraphPorts: Record<string, number> = {
  auth: 4001,
  catalog: 4002,
  baskets: 4003,
  orders: 4004,
  deliveries: 4005,
  support: 4006,
};

export function defaultSubgraphUrl(name: string): string {
  return `http://127.0.0.1:${defaultSubgraphPorts[name]}/graphql`;
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
