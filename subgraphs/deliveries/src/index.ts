import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Delivery, TrackingEvent } from './domain/delivery.ts';
import { orderEvents } from './events/orders.ts';
import { resolvers } from './resolvers/index.ts';

export const deliveries: SubgraphDefinition = {
  name: 'deliveries',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Delivery, TrackingEvent],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [orderEvents],
};

export { Delivery, TrackingEvent } from './domain/delivery.ts';
