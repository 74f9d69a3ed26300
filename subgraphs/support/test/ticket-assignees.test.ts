import { randomUUID } from 'node:crypto';
import { support, Ticket } from '@comptoir/support';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type UserErrors = Array<{ field: string | null; code: string }>;
type Role = 'CUSTOMER' | 'SUPPORT_AGENT' | 'ADMIN' | 'PARTNER';

// Support alone behind the router, on real PostgreSQL: who is an agent comes from auth's events
// (user.registered, user.roles_changed), and a ticket is assigned to agents only.
describe('ticket assignees', () => {
  let t: TestPlatform;
  let agentToken: string;
  const agent = randomUUID();

  /** An account as auth announces it when it is created. */
  const registered = async (roles: Role[]) => {
    const userId = randomUUID();
    await t.deliver({
      type: 'user.registered',
      subject: userId,
      data: { userId, email: `${userId}@example.com`, name: 'Someone', roles, language: 'EN' },
    });
    return userId;
  };

  const openTicket = async () => {
    const customer = await registered(['CUSTOMER']);
    const token = await t.token({ sub: customer, roles: ['CUSTOMER'] });
    const { body } = await t.graphql<{ openTicket: { ticket: { id: string } } }>(
      'mutation { openTicket(input: { subject: "Colis", category: OTHER, message: "Bonjour" }) { ticket { id } } }',
      {},
      { token },
    );
    return { customer, ticketId: body.data?.openTicket.ticket.id as string };
  };

  const assign = async (ticketId: string, assigneeId?: string) => {
    const { body } = await t.graphql<{
      assignTicket: { ticket: { assignee: { id: string } | null } | null; userErrors: UserErrors };
    }>(
      'mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { assignee { id } } userErrors { field code } } }',
      { input: { ticketId, ...(assigneeId ? { assigneeId } : {}) } },
      { token: agentToken },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.assignTicket;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [support] });
    agentToken = await t.token({ sub: agent, roles: ['SUPPORT_AGENT'], scope: 'orders:read support:agent users:read' });
  });
  afterAll(() => t?.stop());

  it('refuses a customer or an unknown user as assignee, and leaves the ticket unassigned', async () => {
    const { customer, ticketId } = await openTicket();
    const partner = await registered(['PARTNER']);
    for (const assignee of [customer, partner, randomUUID()]) {
      expect(await assign(ticketId, assignee)).toEqual({
        ticket: null,
        userErrors: [{ field: 'input.assigneeId', code: 'NOT_AN_AGENT' }],
      });
    }
    expect((await t.em('support').findOneOrFail(Ticket, { id: ticketId })).assigneeId).toBeNull();
  });

  it('assigns an agent, an administrator, or the calling agent itself', async () => {
    const { ticketId } = await openTicket();
    const colleague = await registered(['SUPPORT_AGENT']);
    expect(await assign(ticketId, colleague)).toEqual({ ticket: { assignee: { id: colleague } }, userErrors: [] });
    const administrator = await registered(['ADMIN']);
    expect((await assign(ticketId, administrator))?.ticket?.assignee).toEqual({ id: administrator });
    expect((await assign(ticketId))?.ticket?.assignee).toEqual({ id: agent });
  });

  it('follows role changes: a customer made an agent can be assigned, an agent no longer one cannot', async () => {
    const { ticketId } = await openTicket();
    const promoted = await registered(['CUSTOMER']);
    const changeRoles = (userId: string, roles: Role[]) =>
      t.deliver({ type: 'user.roles_changed', subject: userId, data: { userId, roles, changedBy: randomUUID() } });
    await changeRoles(promoted, ['SUPPORT_AGENT']);
    expect((await assign(ticketId, promoted))?.userErrors).toEqual([]);
    // Its registration replayed late (an older version of the user) changes nothing.
    await t.deliver({
      type: 'user.registered',
      subject: promoted,
      aggregateVersion: 1,
      data: {
        userId: promoted,
        email: `${promoted}@example.com`,
        name: 'Someone',
        roles: ['CUSTOMER'],
        language: 'EN',
      },
    });
    expect((await assign(ticketId, promoted))?.userErrors).toEqual([]);

    const demoted = await registered(['SUPPORT_AGENT']);
    await changeRoles(demoted, ['CUSTOMER']);
    expect((await assign(ticketId, demoted))?.userErrors[0]?.code).toBe('NOT_AN_AGENT');
  });
});
