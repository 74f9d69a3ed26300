import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { authorRoles, ticketCategories, ticketPriorities, ticketStatuses } from './ticket-status.ts';

/**
 * A support request. A signed-in customer's has `customerId`; a contact-form request has
 * `contactEmail` instead. `number` comes from the `ticket_number_seq` sequence.
 */
export const Ticket = defineEntity({
  name: 'Ticket',
  indexes: [
    { properties: ['customerId', 'id'] },
    { properties: ['status', 'id'] },
    { properties: ['assigneeId', 'id'] },
    { properties: ['orderId'] },
  ],
  properties: {
    id: p.uuid().primary(),
    /** Human-friendly, e.g. SUP-100042. */
    number: p.string().unique(),
    subject: p.text(),
    category: p.enum(ticketCategories),
    status: p.enum(ticketStatuses),
    priority: p.enum(ticketPriorities),
    customerId: p.uuid().nullable(),
    contactEmail: p.string().nullable(),
    /** The language a contact-form request was made in ('en' | 'fr'): its answers are mailed in it. */
    contactLanguage: p.string().length(2).nullable(),
    orderId: p.uuid().nullable(),
    assigneeId: p.uuid().nullable(),
    firstResponseAt: p.datetime().nullable(),
    resolvedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Ticket = InferEntity<typeof Ticket>;

/** One message of a ticket's conversation; `internal` ones (agents' notes) never reach the customer. */
export const TicketMessage = defineEntity({
  name: 'TicketMessage',
  properties: {
    id: p.uuid().primary(),
    ticket: () => p.manyToOne(Ticket).index(),
    /** The user who wrote it; null for a contact-form request. */
    authorId: p.uuid().nullable(),
    authorRole: p.enum(authorRoles),
    body: p.text(),
    internal: p.boolean().default(false),
    createdAt: p.datetime(),
  },
});
export type TicketMessage = InferEntity<typeof TicketMessage>;

/**
 * Read model from `order.placed` and `order.confirmed`: whose order is which, so a customer
 * attaches only their own, and its number, for the mails about it.
 */
export const OrderOwner = defineEntity({
  name: 'OrderOwner',
  indexes: [{ properties: ['customerId'] }],
  properties: {
    /** The order's id. */
    id: p.uuid().primary(),
    customerId: p.uuid(),
    /** Null for an order placed before `order.placed` 1.1 carried it, until its confirmation does. */
    number: p.string().nullable(),
  },
});
export type OrderOwner = InferEntity<typeof OrderOwner>;

/** Roles whose holders work the ticket queue (their tokens carry `support:agent`). */
export const agentRoles: readonly string[] = ['SUPPORT_AGENT', 'ADMIN'];
