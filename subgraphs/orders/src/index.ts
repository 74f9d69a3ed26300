import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Order, OrderLine } from './domain/order.ts';
import { ProductPrice } from './domain/product-price.ts';
import { catalogPrices } from './events/catalog-prices.ts';
import { resolvers } from './resolvers/index.ts';

export const orders: SubgraphDefinition = {
  name: 'orders',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Order, OrderLine, ProductPrice],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [catalogPrices],
};

export { Order } from './domain/order.ts';
export { type OrderRequest, recordOrder } from './domain/orders.ts';
export { ProductPrice } from './domain/product-price.ts';
