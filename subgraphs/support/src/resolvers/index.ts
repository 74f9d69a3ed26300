import { payload, scalarResolvers } from '@comptoir/kit';
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
  addInternalNote,
  assignTicket,
  closeTicket,
  findTicket,
  messagesOf,
  myTickets,
  openTicket,
  RateLimitedError,
  replyToTicket,
  setTicketPriority,
  setTicketStatus,
  submitContactRequest,
  ticketQueue,
  ticketsOf,
  ticketsOfOrder,
} from '../domain/tickets.ts';
import type { Resolvers } from './types.generated.ts';

const reference = (id: string | null | undefined) => (id ? { id } : null);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    faq: (_parent, { search, category }, ctx) => searchFaq(ctx, search, category),
    faqCategories: (_parent, _args, ctx) => faqCategories(ctx),
    myTickets: (_parent, args, ctx) => myTickets(ctx, args),
    ticket: (_parent, { id }, ctx) => findTicket(ctx, id),
    ticketQueue: (_parent, { filter, ...args }, ctx) => ticketQueue(ctx, filter, args),
  },
  Mutation: {
    openTicket: (_parent, { input }, ctx) => payload(ctx, () => openTicket(ctx, input)),
    replyToTicket: (_parent, { input }, ctx) => payload(ctx, () => replyToTicket(ctx, input)),
    closeTicket: (_parent, { input }, ctx) => payload(ctx, () => closeTicket(ctx, input)),
    submitContactRequest: async (_parent, { input }, ctx) => {
      let retryAfterSeconds: number | null = null;
      const result = await payload(ctx, () =>
        submitContactRequest(ctx, input).catch((error: unknown) => {
          if (error instanceof RateLimitedError) retryAfterSeconds = error.retryAfterSeconds;
          throw error;
        }),
      );
      return { ...result, retryAfterSeconds };
    },
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
  },
  Order: {
    __resolveReference: (ref) => ({ id: ref.id }),
    tickets: (order, _args, ctx) => ticketsOfOrder(ctx, order.id),
  },
};
