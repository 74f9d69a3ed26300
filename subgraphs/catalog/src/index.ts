import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Product } from './domain/product.ts';
import { resolvers } from './resolvers/index.ts';

export const catalog: SubgraphDefinition = {
  name: 'catalog',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Product],
  migrationsPath: join(import.meta.dirname, 'migrations'),
};

export { createProduct, type NewProduct, setProductPrice } from './domain/products.ts';
