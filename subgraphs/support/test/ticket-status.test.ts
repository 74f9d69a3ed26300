import { describe, expect, it } from 'vitest';
import { canMove, isOpenForChanges, statusAfterReply, ticketStatuses } from '../src/domain/ticket-status.ts';

describe('ticket status rules', () => {
  it('nothing follows CLOSED', () => {
    for (const to of ticketStatuses) expect(canMove('CLOSED', to)).toBe(false);
    expect(isOpenForChanges('CLOSED')).toBe(false);
    expect(statusAfterReply('CLOSED', 'CUSTOMER')).toBeNull();
    expect(statusAfterReply('CLOSED', 'AGENT')).toBeNull();
  });

  it('every other status may be closed or resolved, never to itself', () => {
    for (const from of ticketStatuses.filter((status) => status !== 'CLOSED')) {
      expect(canMove(from, 'CLOSED')).toBe(true);
      expect(canMove(from, from)).toBe(false);
      expect(isOpenForChanges(from)).toBe(true);
    }
    expect(canMove('OPEN', 'RESOLVED')).toBe(true);
    expect(canMove('WAITING_ON_AGENT', 'RESOLVED')).toBe(true);
  });

  it("a customer's reply waits on an agent, reopening a resolved ticket", () => {
    expect(statusAfterReply('OPEN', 'CUSTOMER')).toBe('WAITING_ON_AGENT');
    expect(statusAfterReply('WAITING_ON_CUSTOMER', 'CUSTOMER')).toBe('WAITING_ON_AGENT');
    expect(statusAfterReply('RESOLVED', 'CUSTOMER')).toBe('WAITING_ON_AGENT');
    expect(statusAfterReply('RESOLVED', 'CONTACT')).toBe('WAITING_ON_AGENT');
    expect(canMove('RESOLVED', 'WAITING_ON_AGENT')).toBe(true);
  });

  it("an agent's reply waits on the customer; a resolved ticket stays resolved", () => {
    expect(statusAfterReply('OPEN', 'AGENT')).toBe('WAITING_ON_CUSTOMER');
    expect(statusAfterReply('WAITING_ON_AGENT', 'AGENT')).toBe('WAITING_ON_CUSTOMER');
    expect(statusAfterReply('RESOLVED', 'AGENT')).toBe('RESOLVED');
    expect(canMove('RESOLVED', 'WAITING_ON_CUSTOMER')).toBe(false);
  });

  it('every reply leads to a legal status', () => {
    for (const from of ticketStatuses) {
      for (const role of ['CUSTOMER', 'AGENT', 'CONTACT'] as const) {
        const to = statusAfterReply(from, role);
        if (to !== null && to !== from) expect(canMove(from, to)).toBe(true);
      }
    }
  });
});
