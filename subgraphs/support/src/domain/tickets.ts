import {
  type Connection,
  type ConnectionArgs,
  execute,
  hasScope,
  isUuid,
  type Locale,
  paginateById,
  type RequestContext,
  recordEvent,
  requireClaims,
  requireScope,
  UserInputError,
  validInput,
} from '@comptoir/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { SupportContext } from './context.ts';
import { acknowledgeContactRequest } from './notifications/contact-acknowledgment.ts';
import { agentRoles, OrderOwner, Ticket, TicketMessage } from './ticket.ts';
import {
  type AuthorRole,
  canMove,
  isOpenForChanges,
  statusAfterReply,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
} from './ticket-status.ts';
import { UserAccount } from './user-account.ts';

/*
 * Tickets: every change runs in one transaction holding the ticket's row lock, and records its
 * events (ticket.opened, ticket.message_added, ticket.status_changed) in that same transaction.
 */

type ReadContext = Pick<RequestContext, 'em' | 'claims' | 'loaders'>;
type WriteContext = Pick<RequestContext, 'em' | 'claims' | 'traceparent'>;

export const AGENT_SCOPE = 'support:agent';

/** Whether the caller works in support. */
export function isAgent(ctx: Pick<RequestContext, 'claims'>): boolean {
  return hasScope(ctx, AGENT_SCOPE);
}

/** Whether the caller may read the ticket: its customer, or a support agent. */
export function canReadTicket(ctx: Pick<RequestContext, 'claims'>, ticket: Ticket): boolean {
  return isAgent(ctx) || (ticket.customerId !== null && ctx.claims?.sub === ticket.customerId);
}

function requireAgent(ctx: Pick<RequestContext, 'claims'>): void {
  requireScope(ctx, AGENT_SCOPE);
}

const ticketNotFound = () =>
  new UserInputError(
    'TICKET_NOT_FOUND',
    { en: 'No such ticket among yours.', fr: 'Aucun de vos tickets ne porte cet identifiant.' },
    'input.ticketId',
  );

const ticketClosed = () =>
  new UserInputError('TICKET_CLOSED', { en: 'This ticket is closed.', fr: 'Ce ticket est fermé.' }, 'input.ticketId');

const text = (max: number) => z.string().trim().min(1).max(max);
const messages = (field: string, issue: string) => ({
  en: `${field}: ${issue}`,
  fr: `${field} : valeur invalide (${issue})`,
});

/** Loads a ticket the caller may read, holding its row lock; TICKET_NOT_FOUND otherwise. */
async function lockTicket(em: EntityManager, ctx: Pick<RequestContext, 'claims'>, ticketId: string): Promise<Ticket> {
  const ticket = isUuid(ticketId)
    ? await em.findOne(Ticket, { id: ticketId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!ticket || !canReadTicket(ctx, ticket)) throw ticketNotFound();
  return ticket;
}

/** Moves a locked ticket to `status`, keeping resolvedAt, with its event; staying put changes nothing. */
function moveTo(em: EntityManager, ticket: Ticket, status: TicketStatus, traceparent: string | undefined): void {
  const previous = ticket.status;
  if (previous === status) return;
  if (!canMove(previous, status)) throw new Error(`ticket ${ticket.id} cannot go ${previous} → ${status}`);
  ticket.status = status;
  if (status === 'RESOLVED') ticket.resolvedAt = new Date();
  else if (status !== 'CLOSED') ticket.resolvedAt = null; // reopened
  recordEvent(em, {
    type: 'ticket.status_changed',
    subject: ticket.id,
    data: { ticketId: ticket.id, status, previousStatus: previous },
    traceparent,
  });
}

function addMessage(
  em: EntityManager,
  ticket: Ticket,
  message: { authorId: string | null; authorRole: AuthorRole; body: string; internal: boolean },
  traceparent: string | undefined,
): TicketMessage {
  const created = em.create(TicketMessage, { id: uuidv7(), ticket, ...message, createdAt: new Date() });
  ticket.updatedAt = new Date();
  recordEvent(em, {
    type: 'ticket.message_added',
    subject: ticket.id,
    data: { ticketId: ticket.id, messageId: created.id, authorRole: message.authorRole, internal: message.internal },
    traceparent,
  });
  return created;
}

async function createTicket(
  em: EntityManager,
  fields: {
    subject: string;
    category: TicketCategory;
    customerId: string | null;
    contactEmail: string | null;
    contactLanguage: Locale | null;
    orderId: string | null;
    body: string;
    authorRole: AuthorRole;
  },
  traceparent: string | undefined,
): Promise<Ticket> {
  const [row] = await execute<{ n: string }>(em, "select nextval('support.ticket_number_seq')::text as n");
  const ticket = em.create(Ticket, {
    id: uuidv7(),
    number: `SUP-${row?.n}`,
    subject: fields.subject,
    category: fields.category,
    status: 'OPEN',
    priority: 'NORMAL',
    customerId: fields.customerId,
    contactEmail: fields.contactEmail,
    contactLanguage: fields.contactLanguage,
    orderId: fields.orderId,
    assigneeId: null,
    firstResponseAt: null,
    resolvedAt: null,
  });
  recordEvent(em, {
    type: 'ticket.opened',
    subject: ticket.id,
    data: {
      ticketId: ticket.id,
      number: ticket.number,
      customerId: ticket.customerId ?? null,
      orderId: ticket.orderId ?? null,
      category: ticket.category,
      priority: ticket.priority,
    },
    traceparent,
  });
  addMessage(
    em,
    ticket,
    { authorId: fields.customerId, authorRole: fields.authorRole, body: fields.body, internal: false },
    traceparent,
  );
  return ticket;
}

const openTicketSchema = z.object({
  subject: text(200),
  category: z.string(),
  message: text(10_000),
  orderId: z.string().nullish(),
});

/** A signed-in customer opens a ticket, optionally about one of their orders. */
export async function openTicket(
  ctx: WriteContext,
  input: { subject: string; category: TicketCategory; message: string; orderId?: string | null },
): Promise<{ ticket: Ticket }> {
  const claims = requireClaims(ctx);
  const valid = validInput(openTicketSchema, input, messages);
  return ctx.em.transactional(async (em) => {
    const orderId = valid.orderId ?? null;
    if (orderId !== null) {
      const owner = isUuid(orderId) ? await em.findOne(OrderOwner, { id: orderId }) : null;
      if (owner?.customerId !== claims.sub) {
        throw new UserInputError(
          'ORDER_NOT_FOUND',
          { en: 'No such order among yours.', fr: 'Aucune de vos commandes ne porte cet identifiant.' },
          'input.orderId',
        );
      }
    }
    const ticket = await createTicket(
      em,
      {
        subject: valid.subject,
        category: input.category,
        customerId: claims.sub,
        contactEmail: null,
        contactLanguage: null,
        orderId,
        body: valid.message,
        authorRole: 'CUSTOMER',
      },
      ctx.traceparent,
    );
    return { ticket };
  });
}

const contactSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  subject: text(200),
  message: text(10_000),
});

/**
 * A request from the contact form, without an account: a ticket answered by email. Rate limited.
 * Its acknowledgment, in the request's language, is kept in the same transaction.
 */
export async function submitContactRequest(
  ctx: Pick<SupportContext, 'em' | 'traceparent' | 'clientIp' | 'services' | 'locale'>,
  input: { email: string; subject: string; message: string },
): Promise<{ ticketNumber: string; retryAfterSeconds: null }> {
  const valid = validInput(contactSchema, input, messages);
  await ctx.services.contactThrottle.consume(valid.email, ctx.clientIp);
  const ticket = await ctx.em.transactional(async (em) => {
    const opened = await createTicket(
      em,
      {
        subject: valid.subject,
        category: 'OTHER',
        customerId: null,
        contactEmail: valid.email,
        contactLanguage: ctx.locale,
        orderId: null,
        body: valid.message,
        authorRole: 'CONTACT',
      },
      ctx.traceparent,
    );
    await acknowledgeContactRequest(
      em,
      { ticketId: opened.id, ticketNumber: opened.number, email: valid.email, language: ctx.locale },
      ctx.services.storefrontUrl,
    );
    return opened;
  });
  return { ticketNumber: ticket.number, retryAfterSeconds: null };
}

const bodySchema = z.object({ ticketId: z.string(), body: text(10_000) });

/**
 * A public reply: from an agent (support:agent) it waits on the customer and may be the first
 * response; from the customer it waits on an agent, reopening a resolved ticket. Closed: refused.
 */
export async function replyToTicket(
  ctx: WriteContext,
  input: { ticketId: string; body: string },
): Promise<{ ticket: Ticket }> {
  const claims = requireClaims(ctx);
  const valid = validInput(bodySchema, input, messages);
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, valid.ticketId);
    // Agents answer as agents, even on a ticket of their own.
    const role: AuthorRole = isAgent(ctx) ? 'AGENT' : 'CUSTOMER';
    const status = statusAfterReply(ticket.status, role);
    if (!status) throw ticketClosed();
    addMessage(
      em,
      ticket,
      { authorId: claims.sub, authorRole: role, body: valid.body, internal: false },
      ctx.traceparent,
    );
    if (role === 'AGENT' && !ticket.firstResponseAt) ticket.firstResponseAt = new Date();
    moveTo(em, ticket, status, ctx.traceparent);
    return { ticket };
  });
}

/** An agents-only note on a ticket; never shown to the customer, status unchanged. */
export async function addInternalNote(
  ctx: WriteContext,
  input: { ticketId: string; body: string },
): Promise<{ ticket: Ticket }> {
  requireAgent(ctx);
  const claims = requireClaims(ctx);
  const valid = validInput(bodySchema, input, messages);
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, valid.ticketId);
    if (!isOpenForChanges(ticket.status)) throw ticketClosed();
    addMessage(
      em,
      ticket,
      { authorId: claims.sub, authorRole: 'AGENT', body: valid.body, internal: true },
      ctx.traceparent,
    );
    return { ticket };
  });
}

/** The customer (or an agent) closes the ticket for good. */
export async function closeTicket(ctx: WriteContext, input: { ticketId: string }): Promise<{ ticket: Ticket }> {
  requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, input.ticketId);
    if (!isOpenForChanges(ticket.status)) throw ticketClosed();
    moveTo(em, ticket, 'CLOSED', ctx.traceparent);
    return { ticket };
  });
}

/** An agent moves the ticket along its life; an illegal move is refused (INVALID_STATUS_TRANSITION). */
export async function setTicketStatus(
  ctx: WriteContext,
  input: { ticketId: string; status: TicketStatus },
): Promise<{ ticket: Ticket }> {
  requireAgent(ctx);
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, input.ticketId);
    if (ticket.status !== input.status && !canMove(ticket.status, input.status)) {
      throw new UserInputError(
        'INVALID_STATUS_TRANSITION',
        {
          en: `A ${ticket.status} ticket cannot become ${input.status}.`,
          fr: `Un ticket ${ticket.status} ne peut pas passer à ${input.status}.`,
        },
        'input.status',
      );
    }
    moveTo(em, ticket, input.status, ctx.traceparent);
    return { ticket };
  });
}

export async function setTicketPriority(
  ctx: WriteContext,
  input: { ticketId: string; priority: TicketPriority },
): Promise<{ ticket: Ticket }> {
  requireAgent(ctx);
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, input.ticketId);
    if (!isOpenForChanges(ticket.status)) throw ticketClosed();
    ticket.priority = input.priority;
    return { ticket };
  });
}

/**
 * Assigns the ticket to an agent: the one named, else the caller. Who is an agent comes from
 * auth's events (the UserAccount read model); the caller's own token already says it is one.
 */
export async function assignTicket(
  ctx: WriteContext,
  input: { ticketId: string; assigneeId?: string | null },
): Promise<{ ticket: Ticket }> {
  requireAgent(ctx);
  const claims = requireClaims(ctx);
  const assigneeId = input.assigneeId ?? claims.sub;
  const notAnAgent = () =>
    new UserInputError(
      'NOT_AN_AGENT',
      {
        en: 'Tickets are assigned to support agents only.',
        fr: 'Les tickets ne sont confiés qu’aux agents du support.',
      },
      'input.assigneeId',
    );
  if (!isUuid(assigneeId)) throw notAnAgent();
  if (assigneeId !== claims.sub) {
    const assignee = await ctx.em.findOne(UserAccount, { id: assigneeId });
    if (!assignee?.roles.some((role) => agentRoles.includes(role))) throw notAnAgent();
  }
  return ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ctx, input.ticketId);
    if (!isOpenForChanges(ticket.status)) throw ticketClosed();
    ticket.assigneeId = assigneeId;
    return { ticket };
  });
}

/** One ticket, for its customer and agents; null for anyone else, as for a ticket that does not exist. */
export async function findTicket(ctx: ReadContext, ticketId: string): Promise<Ticket | null> {
  if (!isUuid(ticketId)) return null;
  const ticket = await ctx.loaders.byId(Ticket).load(ticketId);
  return ticket && canReadTicket(ctx, ticket) ? ticket : null;
}

/** The caller's tickets, newest first. */
export function myTickets(ctx: ReadContext, args: ConnectionArgs): Promise<Connection<Ticket>> {
  const claims = requireClaims(ctx);
  return paginateById(ctx.em, Ticket, { customerId: claims.sub }, args, 'desc');
}

export interface TicketQueueFilter {
  status?: readonly TicketStatus[] | null;
  priority?: readonly TicketPriority[] | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
}

/** Tickets to work on, oldest first, narrowed by status, priority and assignee. */
export function ticketQueue(
  ctx: ReadContext,
  filter: TicketQueueFilter | null | undefined,
  args: ConnectionArgs,
): Promise<Connection<Ticket>> {
  requireAgent(ctx);
  const where: FilterQuery<Ticket>[] = [];
  if (filter?.status?.length) where.push({ status: { $in: [...filter.status] } });
  if (filter?.priority?.length) where.push({ priority: { $in: [...filter.priority] } });
  if (filter?.assigneeId) {
    where.push(isUuid(filter.assigneeId) ? { assigneeId: filter.assigneeId } : { id: { $in: [] } });
  }
  if (filter?.unassigned) where.push({ assigneeId: null });
  return paginateById(ctx.em, Ticket, where.length > 0 ? { $and: where } : {}, args, 'asc');
}

/** A customer's tickets, newest first (batched across users); null unless the caller may read them. */
export function ticketsOf(
  ctx: ReadContext,
  customerId: string,
  args: ConnectionArgs,
): Promise<Connection<Ticket>> | null {
  if (!isUuid(customerId) || !(isAgent(ctx) || ctx.claims?.sub === customerId)) return null;
  return ctx.loaders.pageOf(Ticket, 'customerId', args, 'desc').load(customerId);
}

/** The tickets about an order, newest first (batched across orders); null unless its customer or an agent asks. */
export async function ticketsOfOrder(ctx: ReadContext, orderId: string): Promise<Ticket[] | null> {
  if (!isUuid(orderId) || !ctx.claims) return null;
  if (!isAgent(ctx)) {
    const owner = await ctx.loaders.byId(OrderOwner).load(orderId);
    if (owner?.customerId !== ctx.claims.sub) return null;
  }
  return ctx.loaders.childrenOf(Ticket, 'orderId', { id: 'desc' }).load(orderId);
}

/** The conversation as the caller may see it: internal notes for agents only. */
export async function messagesOf(ctx: ReadContext, ticket: Ticket): Promise<TicketMessage[]> {
  const messages = await ctx.loaders.childrenOf(TicketMessage, 'ticket', { id: 'asc' }).load(ticket.id);
  return isAgent(ctx) ? messages : messages.filter((message) => !message.internal);
}
