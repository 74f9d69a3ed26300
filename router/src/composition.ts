import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import type { DocumentNode } from 'graphql';

export type SubgraphSdl = { name: string; typeDefs: DocumentNode; url: string };

/**
 * Composes subgraphs' SDL into the supergraph (what the router plans against) and the API schema
 * (what clients and codegen see). Throws with every composition error listed.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): { supergraph: string; api: string } {
  const result = composeServices(subgraphs.map(({ name, typeDefs, url }) => ({ name, typeDefs, url })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trimEnd()}\n`,
    api: `${printSchema(result.schema.toAPISchema()).trimEnd()}\n`,
  };
}
