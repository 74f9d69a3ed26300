import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { CarrierOrganization } from './domain/carrier-organization.ts';
import { Delivery, TrackingEvent } from './domain/delivery.ts';
import { orderEvents } from './events/orders.ts';
import { partnerOrganizations } from './events/partner-organizations.ts';
import { resolvers } from './resolvers/index.ts';

export const deliveries: SubgraphDefinition = {
  name: 'deliveries',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Delivery, TrackingEvent, CarrierOrganization],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [orderEvents, partnerOrganizations],
};

export { Delivery, TrackingEvent } from './domain/delivery.ts';
