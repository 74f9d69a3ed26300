/*
 * A ticket's life, as pure rules: which status may follow which, and where a reply leaves the
 * ticket. Nothing here touches the database.
 */

export const ticketStatuses = ['OPEN', 'WAITING_ON_CUSTOMER', 'WAITING_ON_AGENT', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketCategories = ['ORDER', 'DELIVERY', 'PAYMENT', 'PRODUCT', 'ACCOUNT', 'OTHER'] as const;
export type TicketCategory = (typeof ticketCategories)[number];

export const ticketPriorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const authorRoles = ['CUSTOMER', 'AGENT', 'CONTACT'] as const;
export type AuthorRole = (typeof authorRoles)[number];

const next: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ['WAITING_ON_CUSTOMER', 'WAITING_ON_AGENT', 'RESOLVED', 'CLOSED'],
  WAITING_ON_CUSTOMER: ['OPEN', 'WAITING_ON_AGENT', 'RESOLVED', 'CLOSED'],
  WAITING_ON_AGENT: ['OPEN', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED'],
  // A resolved ticket reopens when the customer writes again (or an agent reopens it).
  RESOLVED: ['OPEN', 'WAITING_ON_AGENT', 'CLOSED'],
  // Final.
  CLOSED: [],
};

/** Whether a ticket in `from` may move to `to` (staying put is not a move). */
export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return next[from].includes(to);
}

/** Whether anything (a reply, a note, a change) may still happen to a ticket in this status. */
export function isOpenForChanges(status: TicketStatus): boolean {
  return status !== 'CLOSED';
}

/**
 * The status a public reply leaves the ticket in: the customer's (or contact's) reply waits on an
 * agent, reopening a resolved ticket; an agent's waits on the customer, except on a resolved
 * ticket, which stays resolved. Null when the ticket takes no reply (closed).
 */
export function statusAfterReply(current: TicketStatus, author: AuthorRole): TicketStatus | null {
  if (!isOpenForChanges(current)) return null;
  if (author === 'AGENT') return current === 'RESOLVED' ? 'RESOLVED' : 'WAITING_ON_CUSTOMER';
  return 'WAITING_ON_AGENT';
}
