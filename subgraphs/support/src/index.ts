import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import type { SupportServices } from './domain/context.ts';
import { FaqCategory, FaqEntry } from './domain/faq-entry.ts';
import { Mail } from './domain/mail/mail.ts';
import { NewsletterCampaign } from './domain/newsletter/campaign.ts';
import { NewsletterSubscription } from './domain/newsletter/subscription.ts';
import { ContactThrottleRow } from './domain/request-throttle.ts';
import { OrderOwner, Ticket, TicketMessage } from './domain/ticket.ts';
import { UserAccount } from './domain/user-account.ts';
import { orderOwners } from './events/orders.ts';
import { userAccounts } from './events/users.ts';
import { resolvers } from './resolvers/index.ts';
import { supportServices } from './services.ts';

export const support: SubgraphDefinition<SupportServices> = {
  name: 'support',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [
    Ticket,
    TicketMessage,
    OrderOwner,
    UserAccount,
    FaqCategory,
    FaqEntry,
    ContactThrottleRow,
    Mail,
    NewsletterSubscription,
    NewsletterCampaign,
  ],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  consumers: [orderOwners, userAccounts],
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
export { type Recipient, recipientOf, recipientsOf } from './domain/recipients.ts';
export { OrderOwner, Ticket, TicketMessage } from './domain/ticket.ts';
export { UserAccount } from './domain/user-account.ts';
