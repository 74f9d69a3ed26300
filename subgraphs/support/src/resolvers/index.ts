import { type Locale, payload, scalarResolvers } from '@comptoir/kit';
import {
  createFaqCategory,
  createFaqEntry,
  deleteFaqCategory,
  deleteFaqEntry,
  faqCategories,
  markFaqHelpful,
  searchFaq,
  updateFaqCategory,
  updateFaqEntry,
} from '../domain/faq.ts';
import { FaqCategory, FaqEntry } from '../domain/faq-entry.ts';
import {
  campaignProgress,
  cancelNewsletterCampaign,
  createNewsletterCampaign,
  newsletterCampaign,
  newsletterCampaigns,
  previewCampaign,
  scheduleNewsletterCampaign,
  updateNewsletterCampaign,
} from '../domain/newsletter/campaigns.ts';
import {
  confirmNewsletterSubscription,
  newsletterAudience,
  newsletterOf,
  setNewsletterPreferences,
  subscribeToNewsletter,
  unsubscribeFromNewsletter,
} from '../domain/newsletter/subscriptions.ts';
import { RateLimitedError } from '../domain/request-throttle.ts';
import {
  addInternalNote,
  assignTicket,
  closeTicket,
  findTicket,
  messagesOf,
  myTickets,
  openTicket,
  replyToTicket,
  setTicketPriority,
  setTicketStatus,
  submitContactRequest,
  ticketQueue,
  ticketsOf,
  ticketsOfOrder,
} from '../domain/tickets.ts';
import type { Resolvers } from './types.generated.ts';

/** A form that may answer RATE_LIMITED: the payload also says when to try again. */
async function throttledPayload<T extends object>(ctx: { locale: Locale }, run: () => Promise<T>) {
  let retryAfterSeconds: number | null = null;
  const result = await payload(ctx, () =>
    run().catch((error: unknown) => {
      if (error instanceof RateLimitedError) retryAfterSeconds = error.retryAfterSeconds;
      throw error;
    }),
  );
  return { ...result, retryAfterSeconds };
}

const reference = (id: string | null | undefined) => (id ? { id } : null);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    faq: (_parent, { search, category }, ctx) => searchFaq(ctx, search, category),
    faqCategories: (_parent, _args, ctx) => faqCategories(ctx),
    myTickets: (_parent, args, ctx) => myTickets(ctx, args),
    ticket: (_parent, { id }, ctx) => findTicket(ctx, id),
    ticketQueue: (_parent, { filter, ...args }, ctx) => ticketQueue(ctx, filter, args),
    newsletterCampaigns: (_parent, args, ctx) => newsletterCampaigns(ctx, args),
    newsletterCampaign: (_parent, { id }, ctx) => newsletterCampaign(ctx, id),
    newsletterAudience: (_parent, _args, ctx) => newsletterAudience(ctx),
  },
  Mutation: {
    openTicket: (_parent, { input }, ctx) => payload(ctx, () => openTicket(ctx, input)),
    replyToTicket: (_parent, { input }, ctx) => payload(ctx, () => replyToTicket(ctx, input)),
    closeTicket: (_parent, { input }, ctx) => payload(ctx, () => closeTicket(ctx, input)),
    submitContactRequest: (_parent, { input }, ctx) => throttledPayload(ctx, () => submitContactRequest(ctx, input)),
    assignTicket: (_parent, { input }, ctx) => payload(ctx, () => assignTicket(ctx, input)),
    addInternalNote: (_parent, { input }, ctx) => payload(ctx, () => addInternalNote(ctx, input)),
    setTicketStatus: (_parent, { input }, ctx) => payload(ctx, () => setTicketStatus(ctx, input)),
    setTicketPriority: (_parent, { input }, ctx) => payload(ctx, () => setTicketPriority(ctx, input)),
    markFaqHelpful: (_parent, { input }, ctx) => payload(ctx, () => markFaqHelpful(ctx, input)),
    createFaqCategory: (_parent, { input }, ctx) => payload(ctx, () => createFaqCategory(ctx, input)),
    updateFaqCategory: (_parent, { input }, ctx) => payload(ctx, () => updateFaqCategory(ctx, input)),
    deleteFaqCategory: (_parent, { input }, ctx) => payload(ctx, () => deleteFaqCategory(ctx, input)),
    createFaqEntry: (_parent, { input }, ctx) => payload(ctx, () => createFaqEntry(ctx, input)),
    updateFaqEntry: (_parent, { input }, ctx) => payload(ctx, () => updateFaqEntry(ctx, input)),
    deleteFaqEntry: (_parent, { input }, ctx) => payload(ctx, () => deleteFaqEntry(ctx, input)),
    subscribeToNewsletter: (_parent, { input }, ctx) => throttledPayload(ctx, () => subscribeToNewsletter(ctx, input)),
    confirmNewsletterSubscription: (_parent, { input }, ctx) =>
      payload(ctx, () => confirmNewsletterSubscription(ctx, input)),
    unsubscribeFromNewsletter: (_parent, { input }, ctx) => payload(ctx, () => unsubscribeFromNewsletter(ctx, input)),
    setNewsletterPreferences: (_parent, { input }, ctx) => payload(ctx, () => setNewsletterPreferences(ctx, input)),
    createNewsletterCampaign: (_parent, { input }, ctx) => payload(ctx, () => createNewsletterCampaign(ctx, input)),
    updateNewsletterCampaign: (_parent, { input }, ctx) => payload(ctx, () => updateNewsletterCampaign(ctx, input)),
    scheduleNewsletterCampaign: (_parent, { input }, ctx) => payload(ctx, () => scheduleNewsletterCampaign(ctx, input)),
    cancelNewsletterCampaign: (_parent, { input }, ctx) => payload(ctx, () => cancelNewsletterCampaign(ctx, input)),
  },
  NewsletterCampaign: {
    progress: (campaign, _args, ctx) => campaignProgress(ctx, campaign),
    preview: (campaign, { language }, ctx) => previewCampaign(ctx, campaign, language),
  },
  Ticket: {
    // Reached from another subgraph: the same visibility as `ticket(id)`.
    __resolveReference: (ref, ctx) => findTicket(ctx, ref.id),
    customer: (ticket) => reference(ticket.customerId),
    order: (ticket) => reference(ticket.orderId),
    assignee: (ticket) => reference(ticket.assigneeId),
    messages: (ticket, _args, ctx) => messagesOf(ctx, ticket),
  },
  TicketMessage: {
    author: (message) => reference(message.authorId),
  },
  FaqCategory: {
    __resolveReference: (ref, ctx) => ctx.loaders.byId(FaqCategory).load(ref.id),
    name: (category, _args, ctx) => (ctx.locale === 'fr' ? category.nameFr : category.nameEn),
    entries: (category, _args, ctx) =>
      ctx.loaders.childrenOf(FaqEntry, 'category', { position: 'asc', id: 'asc' }).load(category.id),
  },
  FaqEntry: {
    __resolveReference: (ref, ctx) => ctx.loaders.byId(FaqEntry).load(ref.id),
    category: async (entry, _args, ctx) => (await ctx.loaders.byId(FaqCategory).load(entry.category.id)) as FaqCategory,
    question: (entry, _args, ctx) => (ctx.locale === 'fr' ? entry.questionFr : entry.questionEn),
    answer: (entry, _args, ctx) => (ctx.locale === 'fr' ? entry.answerFr : entry.answerEn),
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    tickets: (user, args, ctx) => ticketsOf(ctx, user.id, args),
    newsletter: (user, _args, ctx) => newsletterOf(ctx, user.id),
  },
  Order: {
    __resolveReference: (ref) => ({ id: ref.id }),
    tickets: (order, _args, ctx) => ticketsOfOrder(ctx, order.id),
  },
};
