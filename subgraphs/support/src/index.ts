import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { ContactThrottleRow } from './domain/contact-throttle.ts';
import type { SupportServices } from './domain/context.ts';
import { FaqCategory, FaqEntry } from './domain/faq-entry.ts';
import { OrderOwner, Ticket, TicketMessage, UserRoles } from './domain/ticket.ts';
import { orderOwners } from './events/orders.ts';
import { userRoles } from './events/users.ts';
import { resolvers } from './resolvers/index.ts';
import { supportServices } from './services.ts';

export const support: SubgraphDefinition<SupportServices> = {
  name: 'support',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [Ticket, TicketMessage, OrderOwner, UserRoles, FaqCategory, FaqEntry, ContactThrottleRow],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [orderOwners, userRoles],
  services: supportServices,
};

export type { SupportContext } from './domain/context.ts';
export {
  createFaqCategory,
  createFaqEntry,
  deleteFaqCategory,
  deleteFaqEntry,
  markFaqHelpful,
  searchFaq,
  updateFaqCategory,
  updateFaqEntry,
} from './domain/faq.ts';
export { FaqCategory, FaqEntry } from './domain/faq-entry.ts';
export { OrderOwner, Ticket, TicketMessage, UserRoles } from './domain/ticket.ts';
