import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Basket, BasketItem } from './domain/basket.ts';
import { resolvers } from './resolvers/index.ts';

export const baskets: SubgraphDefinition = {
  name: 'baskets',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Basket, BasketItem],
  migrationsPath: join(import.meta.dirname, 'migrations'),
};
