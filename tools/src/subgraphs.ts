import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { deliveries } from '@comptoir/deliveries';
import type { Logger, SubgraphDefinition } from '@comptoir/kit';
import { openDatabase } from '@comptoir/kit/database';
import { orders } from '@comptoir/orders';
import { composeSupergraph, subgraphPort } from '@comptoir/router';
import { support } from '@comptoir/support';
import type { MikroORM } from '@mikro-orm/postgresql';

/** Every subgraph of the platform, in the order the embedded default starts them. */
export const subgraphs: SubgraphDefinition[] = [auth, catalog, baskets, orders, deliveries, support];

/** The router's port on the embedded default; subgraphs take the next ones, in `subgraphs` order. */
export const defaultRouterPort = 4000;

/** The URL the committed supergraph records; deployments override it per subgraph (SUBGRAPH_<NAME>_URL). */
export function defaultSubgraphUrl(name: string): string {
  return `http://127.0.0.1:${subgraphPort(defaultRouterPort, subgraphs, name)}/graphql`;
}

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}" (known: ${subgraphs.map((s) => s.name).join(', ')})`);
  return found;
}

/** The platform's supergraph and API schema, with the embedded default's URLs (schema/ holds them). */
export function composePlatform(): ReturnType<typeof composeSupergraph> {
  return composeSupergraph(subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: defaultSubgraphUrl(name) })));
}

/** One connection to a subgraph's schema at `url`, for the command-line tools (migrations, dead letters). */
export function openSubgraphDatabase(subgraph: SubgraphDefinition, url: string, log: Logger): Promise<MikroORM> {
  return openDatabase({
    schema: subgraph.name,
    entities: subgraph.entities,
    migrationsPath: subgraph.migrationsPath,
    url,
    pool: { min: 0, max: 1, idleTimeoutMs: 10_000 },
    log,
  });
}
