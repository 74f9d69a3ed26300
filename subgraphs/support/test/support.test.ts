import { randomUUID } from 'node:crypto';
import { OutboxMessage } from '@comptoir/kit';
import { support } from '@comptoir/support';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type UserErrors = Array<{ field: string | null; code: string; message: string }>;
interface TicketView {
  id: string;
  number: string;
  status: string;
  priority: string;
  customer: { id: string } | null;
  contactEmail: string | null;
  order: { id: string } | null;
  assignee: { id: string } | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  messages: Array<{ authorRole: string; body: string; internal: boolean; author: { id: string } | null }>;
}
const TICKET = `id number status priority customer { id } contactEmail order { id } assignee { id }
  firstResponseAt resolvedAt messages { authorRole body internal author { id } }`;
interface TicketPayload {
  ticket: TicketView | null;
  userErrors: UserErrors;
}

interface Caller {
  id: string;
  token: string;
}

// The scopes auth gives each role (auth's domain/scopes.ts).
const agentScope = 'orders:read support:agent users:read';
const adminScope =
  'catalog:write deliveries:write orders:admin orders:read support:admin support:agent users:admin users:read';

// Support alone behind the router, on real PostgreSQL; what it knows of orders comes from their events.
describe('support through the router', () => {
  let t: TestPlatform;

  const caller = async (roles: string[], scope?: string): Promise<Caller> => {
    const id = randomUUID();
    return { id, token: await t.token({ sub: id, roles, ...(scope ? { scope } : {}) }) };
  };

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [support],
      rawEnv: { SUPPORT_CONTACT_MAX_PER_EMAIL: '3', SUPPORT_CONTACT_MAX_PER_IP: '5' },
    });
  });
  afterAll(() => t?.stop());

  const mutate = async <T>(
    name: string,
    inputType: string,
    input: Record<string, unknown>,
    fields: string,
    token?: string,
  ) => {
    const response = await t.graphql<Record<string, T>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} userErrors { field code message } } }`,
      { input },
      token ? { token } : {},
    );
    return { status: response.status, errors: response.body.errors, payload: response.body.data?.[name] as T };
  };
  const ticketMutation = async (name: string, inputType: string, input: Record<string, unknown>, who: Caller) => {
    const { payload, errors } = await mutate<TicketPayload>(name, inputType, input, `ticket { ${TICKET} }`, who.token);
    expect(errors).toBeUndefined();
    return payload;
  };
  const readTicket = async (who: Caller, id: string) => {
    const { body } = await t.graphql<{ ticket: TicketView | null }>(
      `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`,
      { id },
      { token: who.token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.ticket ?? null;
  };
  const myTicketIds = async (who: Caller) => {
    const { body } = await t.graphql<{ myTickets: { edges: Array<{ node: { id: string } }>; totalCount: number } }>(
      '{ myTickets { totalCount edges { node { id } } } }',
      {},
      { token: who.token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.myTickets.edges.map((edge) => edge.node.id) ?? [];
  };
  const queue = async (agent: Caller, filter: Record<string, unknown>) => {
    const { body, status } = await t.graphql<{ ticketQueue: { edges: Array<{ node: TicketView }> } }>(
      `query ($filter: TicketQueueFilter) { ticketQueue(filter: $filter, first: 100) { edges { node { ${TICKET} } } } }`,
      { filter },
      { token: agent.token },
    );
    return { status, errors: body.errors, tickets: body.data?.ticketQueue.edges.map((edge) => edge.node) ?? [] };
  };
  /** What support answers the router for an entity of another subgraph (`me { tickets }`, `order { tickets }`). */
  const entity = async <T>(who: Caller, representation: { __typename: string; id: string }, fields: string) => {
    const { body } = await t.subgraphGraphql<{ _entities: T[] }>(
      'support',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${representation.__typename} { ${fields} } } }`,
      { r: [representation] },
      { token: who.token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?._entities[0];
  };
  const ticketsOfOrder = (who: Caller, orderId: string) =>
    entity<{ tickets: Array<{ id: string }> | null }>(who, { __typename: 'Order', id: orderId }, 'tickets { id }');

  it('a customer and an agent work a ticket about an order to resolution; others see nothing of it', async () => {
    const alice = await caller(['CUSTOMER']);
    const bob = await caller(['CUSTOMER']);
    const agent = await caller(['SUPPORT_AGENT'], agentScope);
    // Alice placed an order: support learns whose it is from `order.placed`.
    const orderId = randomUUID();
    await t.deliver({
      type: 'order.placed',
      subject: orderId,
      data: { orderId, number: 'CPT-000001', customerId: alice.id, lines: [{ productId: randomUUID(), quantity: 1 }] },
    });

    const opened = await ticketMutation(
      'openTicket',
      'OpenTicketInput',
      { subject: 'Mug arrivé cassé', category: 'ORDER', message: 'La anse est cassée.', orderId },
      alice,
    );
    expect(opened.userErrors).toEqual([]);
    const ticket = opened.ticket as TicketView;
    expect(ticket.number).toMatch(/^SUP-\d{6}$/);
    expect(ticket).toMatchObject({
      status: 'OPEN',
      priority: 'NORMAL',
      customer: { id: alice.id },
      order: { id: orderId },
      firstResponseAt: null,
      resolvedAt: null,
    });
    expect(ticket.messages).toEqual([
      { authorRole: 'CUSTOMER', body: 'La anse est cassée.', internal: false, author: { id: alice.id } },
    ]);

    // Bob cannot attach Alice's order, nor an unknown one.
    // A malformed id is refused by the kit (INVALID) before the domain looks for it.
    for (const [foreignOrderId, code] of [
      [orderId, 'ORDER_NOT_FOUND'],
      ['0190a000-0000-7000-8000-000000000000', 'ORDER_NOT_FOUND'],
      ['nope', 'INVALID'],
    ]) {
      const foreign = await ticketMutation(
        'openTicket',
        'OpenTicketInput',
        { subject: 'Not mine', category: 'ORDER', message: 'Hello', orderId: foreignOrderId },
        bob,
      );
      expect(foreign.ticket).toBeNull();
      expect(foreign.userErrors).toMatchObject([{ code, field: 'input.orderId' }]);
    }

    // The agent finds it among the unassigned open tickets, takes it and answers.
    const waiting = await queue(agent, { status: ['OPEN'], unassigned: true });
    expect(waiting.errors).toBeUndefined();
    expect(waiting.tickets.map((queued) => queued.id)).toContain(ticket.id);
    const assigned = await ticketMutation('assignTicket', 'AssignTicketInput', { ticketId: ticket.id }, agent);
    expect(assigned.ticket?.assignee).toEqual({ id: agent.id });
    expect((await queue(agent, { assigneeId: agent.id })).tickets.map((queued) => queued.id)).toEqual([ticket.id]);
    expect((await queue(agent, { unassigned: true })).tickets.map((queued) => queued.id)).not.toContain(ticket.id);

    const reply = await ticketMutation(
      'replyToTicket',
      'ReplyToTicketInput',
      { ticketId: ticket.id, body: 'Désolés ! Un remplacement part demain.' },
      agent,
    );
    expect(reply.userErrors).toEqual([]);
    expect(reply.ticket?.status).toBe('WAITING_ON_CUSTOMER');
    expect(reply.ticket?.firstResponseAt).not.toBeNull();
    const note = await ticketMutation(
      'addInternalNote',
      'AddInternalNoteInput',
      { ticketId: ticket.id, body: 'Second broken mug this month: check the packaging.' },
      agent,
    );
    expect(note.ticket?.messages.filter((message) => message.internal)).toHaveLength(1);
    expect(note.ticket?.status).toBe('WAITING_ON_CUSTOMER');

    // Alice sees the answer but not the note; she cannot add notes.
    const seen = (await readTicket(alice, ticket.id)) as TicketView;
    expect(seen.messages.map((message) => [message.authorRole, message.internal])).toEqual([
      ['CUSTOMER', false],
      ['AGENT', false],
    ]);
    expect(JSON.stringify(seen)).not.toContain('packaging');
    const aliceNote = await mutate<TicketPayload>(
      'addInternalNote',
      'AddInternalNoteInput',
      { ticketId: ticket.id, body: 'sneaky' },
      'ticket { id }',
      alice.token,
    );
    expect(aliceNote.status).toBe(403);

    // Bob sees nothing of it and cannot reply.
    expect(await readTicket(bob, ticket.id)).toBeNull();
    expect(await myTicketIds(bob)).not.toContain(ticket.id);
    const bobReply = await ticketMutation(
      'replyToTicket',
      'ReplyToTicketInput',
      { ticketId: ticket.id, body: 'hi' },
      bob,
    );
    expect(bobReply.ticket).toBeNull();
    expect(bobReply.userErrors).toMatchObject([{ code: 'TICKET_NOT_FOUND' }]);
    const bobQueue = await queue(bob, {});
    expect(bobQueue.status).toBe(403);
    expect(await ticketsOfOrder(bob, orderId)).toEqual({ tickets: null });

    // Alice replies: waiting on the agent again; the agent resolves.
    const answered = await ticketMutation(
      'replyToTicket',
      'ReplyToTicketInput',
      { ticketId: ticket.id, body: 'Merci !' },
      alice,
    );
    expect(answered.ticket?.status).toBe('WAITING_ON_AGENT');
    expect(answered.ticket?.firstResponseAt).toBe(reply.ticket?.firstResponseAt);
    const resolved = await ticketMutation(
      'setTicketStatus',
      'SetTicketStatusInput',
      { ticketId: ticket.id, status: 'RESOLVED' },
      agent,
    );
    expect(resolved.userErrors).toEqual([]);
    expect(resolved.ticket?.status).toBe('RESOLVED');
    expect(resolved.ticket?.resolvedAt).not.toBeNull();
    const urgent = await ticketMutation(
      'setTicketPriority',
      'SetTicketPriorityInput',
      { ticketId: ticket.id, priority: 'URGENT' },
      agent,
    );
    expect(urgent.ticket?.priority).toBe('URGENT');

    // Alice's views: her tickets, her user and her order all show it.
    expect(await myTicketIds(alice)).toEqual([ticket.id]);
    const mine = await entity<{ tickets: { edges: Array<{ node: { id: string } }> } }>(
      alice,
      { __typename: 'User', id: alice.id },
      'tickets { edges { node { id } } }',
    );
    expect(mine?.tickets.edges.map((edge) => edge.node.id)).toEqual([ticket.id]);
    expect((await ticketsOfOrder(alice, orderId))?.tickets?.map((about) => about.id)).toEqual([ticket.id]);

    // Closing is final.
    const closed = await ticketMutation('closeTicket', 'CloseTicketInput', { ticketId: ticket.id }, alice);
    expect(closed.ticket?.status).toBe('CLOSED');
    const late = await ticketMutation(
      'replyToTicket',
      'ReplyToTicketInput',
      { ticketId: ticket.id, body: 'Encore' },
      alice,
    );
    expect(late.userErrors).toMatchObject([{ code: 'TICKET_CLOSED' }]);
    const reopen = await ticketMutation(
      'setTicketStatus',
      'SetTicketStatusInput',
      { ticketId: ticket.id, status: 'OPEN' },
      agent,
    );
    expect(reopen.userErrors).toMatchObject([{ code: 'INVALID_STATUS_TRANSITION' }]);

    // Every change left its event, written with it.
    const events = await t.em('support').find(OutboxMessage, { key: ticket.id }, { orderBy: { position: 'asc' } });
    const types = events.map((event) => event.type);
    expect(types.filter((type) => type === 'ticket.opened')).toHaveLength(1);
    expect(types.filter((type) => type === 'ticket.message_added')).toHaveLength(4);
    expect(events.filter((event) => event.type === 'ticket.status_changed').map((event) => event.data.status)).toEqual([
      'WAITING_ON_CUSTOMER',
      'WAITING_ON_AGENT',
      'RESOLVED',
      'CLOSED',
    ]);
  });

  it('an anonymous contact request opens a ticket, and the form is rate limited per email and per address', async () => {
    const agent = await caller(['SUPPORT_AGENT'], agentScope);
    const contact = (email: string, headers: Record<string, string> = {}) =>
      t
        .graphql<{
          submitContactRequest: {
            ticketNumber: string | null;
            retryAfterSeconds: number | null;
            userErrors: UserErrors;
          };
        }>(
          'mutation ($input: SubmitContactRequestInput!) { submitContactRequest(input: $input) { ticketNumber retryAfterSeconds userErrors { code message } } }',
          { input: { email, subject: 'Question', message: 'Bonjour, une question.' } },
          { headers },
        )
        .then(({ body }) => body.data?.submitContactRequest);

    const first = await contact('Visitor@Example.com');
    expect(first?.userErrors).toEqual([]);
    expect(first?.ticketNumber).toMatch(/^SUP-\d{6}$/);
    const queued = (await queue(agent, { status: ['OPEN'] })).tickets.find(
      (ticket) => ticket.number === first?.ticketNumber,
    );
    expect(queued).toMatchObject({
      customer: null,
      contactEmail: 'visitor@example.com',
      messages: [{ authorRole: 'CONTACT', author: null, body: 'Bonjour, une question.' }],
    });

    // Per email (3 in tests): the 4th from the same email is refused, whatever the case.
    expect((await contact('visitor@example.com'))?.userErrors).toEqual([]);
    expect((await contact('visitor@example.com'))?.userErrors).toEqual([]);
    const limited = await contact('VISITOR@example.com');
    expect(limited?.ticketNumber).toBeNull();
    expect(limited?.userErrors[0]?.code).toBe('RATE_LIMITED');
    expect(limited?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited?.userErrors[0]?.message).toMatch(/try again in \d+ minute/);

    // Per address (5 in tests): 3 accepted so far; 2 more from other emails, then refused — a
    // forged x-forwarded-for changes nothing, the router appends the address it sees.
    expect((await contact('other1@example.com'))?.userErrors).toEqual([]);
    expect((await contact('other2@example.com', { 'x-forwarded-for': '203.0.113.7' }))?.userErrors).toEqual([]);
    const byAddress = await contact('other3@example.com', { 'x-forwarded-for': '198.51.100.9' });
    expect(byAddress?.userErrors[0]?.code).toBe('RATE_LIMITED');
    expect(byAddress?.ticketNumber).toBeNull();
  });

  it('FAQ: admin CRUD, accent-insensitive search in both languages, helpful votes under concurrency', async () => {
    const admin = await caller(['ADMIN'], adminScope);
    const customer = await caller(['CUSTOMER']);
    const categoryInput = { slug: 'commandes', nameFr: 'Commandes', nameEn: 'Orders', position: 1 };

    const refused = await mutate(
      'createFaqCategory',
      'CreateFaqCategoryInput',
      categoryInput,
      'category { id }',
      customer.token,
    );
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await mutate<{ category: { id: string } | null; userErrors: UserErrors }>(
      'createFaqCategory',
      'CreateFaqCategoryInput',
      categoryInput,
      'category { id }',
      admin.token,
    );
    expect(created.payload.userErrors).toEqual([]);
    const categoryId = created.payload.category?.id as string;
    const duplicate = await mutate<{ userErrors: UserErrors }>(
      'createFaqCategory',
      'CreateFaqCategoryInput',
      categoryInput,
      'category { id }',
      admin.token,
    );
    expect(duplicate.payload.userErrors).toMatchObject([{ code: 'SLUG_TAKEN' }]);

    const entryInput = {
      categoryId,
      questionFr: 'Puis-je modifier ma commande après paiement ?',
      questionEn: 'Can I change my order after payment?',
      answerFr: 'Oui, tant qu’elle n’est pas expédiée : écrivez-nous depuis la théière... pardon, la page commande.',
      answerEn: 'Yes, until it has shipped: write to us from the order page.',
      position: 1,
    };
    const entry = await mutate<{ entry: { id: string } | null; userErrors: UserErrors }>(
      'createFaqEntry',
      'CreateFaqEntryInput',
      entryInput,
      'entry { id }',
      admin.token,
    );
    expect(entry.payload.userErrors).toEqual([]);
    const entryId = entry.payload.entry?.id as string;

    const search = async (term: string, language = 'fr', category?: string) => {
      const { body } = await t.graphql<{ faq: Array<{ id: string; question: string }> }>(
        'query ($search: String, $category: ID) { faq(search: $search, category: $category) { id question } }',
        { search: term, category },
        { headers: { 'accept-language': language } },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.faq ?? [];
    };
    for (const term of ['après paiement', 'apres PAIEMENT', 'théière', 'THEIERE', 'change my ORDER', 'expédiée']) {
      expect(
        (await search(term)).map((found) => found.id),
        term,
      ).toEqual([entryId]);
    }
    expect((await search('apres', 'en'))[0]?.question).toBe('Can I change my order after payment?');
    expect((await search('apres', 'fr'))[0]?.question).toBe('Puis-je modifier ma commande après paiement ?');
    expect(await search('aucun rapport du tout')).toEqual([]);
    expect(await search('100%')).toEqual([]);
    expect((await search('', 'fr', categoryId)).map((found) => found.id)).toEqual([entryId]);

    // 20 readers at once: 20 votes.
    const votes = await Promise.all(
      Array.from({ length: 20 }, () =>
        mutate<{ userErrors: UserErrors }>('markFaqHelpful', 'MarkFaqHelpfulInput', { entryId }, 'entry { id }'),
      ),
    );
    for (const vote of votes) expect(vote.payload.userErrors).toEqual([]);
    const { body: counted } = await t.graphql<{ faq: Array<{ helpfulCount: number }> }>(
      'query ($category: ID) { faq(category: $category) { helpfulCount } }',
      { category: categoryId },
    );
    expect(counted.data?.faq[0]?.helpfulCount).toBe(20);

    // Update, refuse deleting a non-empty category, delete.
    const updated = await mutate<{ entry: { questionEn: string } | null; userErrors: UserErrors }>(
      'updateFaqEntry',
      'UpdateFaqEntryInput',
      { id: entryId, questionEn: 'Can I modify my order?' },
      'entry { questionEn }',
      admin.token,
    );
    expect(updated.payload.entry?.questionEn).toBe('Can I modify my order?');
    const customerUpdate = await mutate(
      'updateFaqEntry',
      'UpdateFaqEntryInput',
      { id: entryId, questionEn: 'x' },
      'entry { id }',
      customer.token,
    );
    expect(customerUpdate.status).toBe(403);
    const notEmpty = await mutate<{ userErrors: UserErrors }>(
      'deleteFaqCategory',
      'DeleteInput',
      { id: categoryId },
      'deletedId',
      admin.token,
    );
    expect(notEmpty.payload.userErrors).toMatchObject([{ code: 'CATEGORY_NOT_EMPTY' }]);
    const deleted = await mutate<{ deletedId: string | null }>(
      'deleteFaqEntry',
      'DeleteInput',
      { id: entryId },
      'deletedId',
      admin.token,
    );
    expect(deleted.payload.deletedId).toBe(entryId);
    expect(await search('paiement')).toEqual([]);
    const gone = await mutate<{ deletedId: string | null }>(
      'deleteFaqCategory',
      'DeleteInput',
      { id: categoryId },
      'deletedId',
      admin.token,
    );
    expect(gone.payload.deletedId).toBe(categoryId);
  });
});
