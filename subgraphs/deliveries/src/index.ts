import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { Delivery } from './domain/delivery.ts';
import { resolvers } from './resolvers/index.ts';

export const deliveries: SubgraphDefinition = {
  name: 'deliveries',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Delivery],
  migrationsPath: join(import.meta.dirname, 'migrations'),
};
