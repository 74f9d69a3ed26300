import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { deliveries } from '@comptoir/deliveries';
import type { SubgraphDefinition } from '@comptoir/kit';
import { orders } from '@comptoir/orders';
import { support } from '@comptoir/support';

/** Every subgraph of the platform, in the order the embedded default starts them. */
export const subgraphs: SubgraphDefinition[] = [auth, catalog, baskets, orders, deliveries, support];

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}" (known: ${subgraphs.map((s) => s.name).join(', ')})`);
  return found;
}
