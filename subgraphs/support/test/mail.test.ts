import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, OutboxMessage, waitFor } from '@comptoir/kit';
import { support, Ticket } from '@comptoir/support';
import { type SmtpInbox, startSmtpInbox, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface ContactPayload {
  submitContactRequest: { ticketNumber: string | null; userErrors: Array<{ code: string }> };
}

const storefrontUrl = 'https://shop.example.test/fr-boutique';
// Many requests from one test client: the contact form's limits are not under test here.
const roomyLimits = { SUPPORT_CONTACT_MAX_PER_IP: '100', SUPPORT_CONTACT_MAX_PER_EMAIL: '100' };

const submitContact = async (t: TestPlatform, email: string, language: string) => {
  const { body } = await t.graphql<ContactPayload>(
    `mutation ($input: SubmitContactRequestInput!) {
       submitContactRequest(input: $input) { ticketNumber userErrors { code } }
     }`,
    { input: { email, subject: 'Colis <b>abîmé</b>', message: 'Mon colis est arrivé abîmé.' } },
    { headers: { 'accept-language': language } },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.submitContactRequest.userErrors).toEqual([]);
  return body.data?.submitContactRequest.ticketNumber as string;
};

/** The mails kept for `recipient`, of one purpose (a LIKE pattern: any by default). */
const mailRows = (t: TestPlatform, recipient: string, purpose = '%') =>
  execute<{ status: string; attempts: number; last_error: string | null }>(
    t.em('support'),
    'select status, attempts, last_error from support.mail where recipient = ? and purpose like ?',
    [recipient, purpose],
  );

const sent = async (t: TestPlatform, recipient: string, purpose = '%') =>
  (await mailRows(t, recipient, purpose)).some((row) => row.status === 'SENT');

/** A TCP server on `port` that accepts connections and closes them at once: a mail server crashing on connect. */
const startClosingServer = (port: number) =>
  new Promise<Server>((resolve) => {
    const server = createServer((socket) => socket.destroy());
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('mail over SMTP', () => {
  let t: TestPlatform;
  let inbox: SmtpInbox;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestPlatform({
      subgraphs: [support],
      rawEnv: {
        ...roomyLimits,
        SMTP_URL: inbox.url,
        STOREFRONT_URL: storefrontUrl,
        MAIL_SEND_INTERVAL_MS: '50',
        MAIL_RETRY_BASE_MS: '50',
        MAIL_MAX_ATTEMPTS: '50',
      },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await inbox?.stop();
  });

  it('acknowledges a contact request once, in French when it was made in French', async () => {
    const email = `client-${randomUUID()}@example.test`;
    const ticketNumber = await submitContact(t, email, 'fr-FR,fr;q=0.9,en;q=0.5');
    await waitFor(() => sent(t, email), 'the acknowledgment is sent');

    const [mail, ...others] = inbox.to(email);
    expect(others).toEqual([]);
    expect(mail?.from?.value).toEqual([{ name: 'Comptoir', address: 'no-reply@comptoir.test' }]);
    expect(mail?.subject).toBe(`Nous avons bien reçu votre demande ${ticketNumber}`);
    expect(mail?.text).toContain(`enregistrée sous le numéro ${ticketNumber}`);
    expect(mail?.text).toContain(`${storefrontUrl}/help`);
    expect(mail?.html).toContain(`<a href="${storefrontUrl}/help">`);
    expect(mail?.html).toContain('Notre centre d’aide');
    // Nothing the requester typed is sent back to the address they gave.
    expect(`${mail?.html}${mail?.text}`).not.toMatch(/abîmé/);
  });

  it('acknowledges in English when the request was made in English', async () => {
    const email = `customer-${randomUUID()}@example.test`;
    const ticketNumber = await submitContact(t, email, 'en-GB,en;q=0.9');
    await waitFor(() => sent(t, email), 'the acknowledgment is sent');

    expect(inbox.to(email).map((mail) => mail.subject)).toEqual([`We received your request ${ticketNumber}`]);
    expect(inbox.to(email)[0]?.text).toContain(`registered under the number ${ticketNumber}`);
  });

  it('mails an agent’s answer once to the ticket’s customer, in their language, also when the event comes twice', async () => {
    const customerId = randomUUID();
    const email = `ana-${customerId}@example.test`;
    await t.deliver({
      type: 'user.registered',
      subject: customerId,
      data: { userId: customerId, email, name: 'Ana <Ana>', roles: ['CUSTOMER'], language: 'FR' },
    });
    const customer = await t.token({ sub: customerId, roles: ['CUSTOMER'] });
    const agent = await t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'orders:read support:agent' });
    const mutate = async (name: string, inputType: string, input: Record<string, unknown>, token: string) => {
      const { body } = await t.graphql<Record<string, { ticket: { id: string; number: string } }>>(
        `mutation ($input: ${inputType}!) { ${name}(input: $input) { ticket { id number } userErrors { code } } }`,
        { input },
        { token },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.[name]?.ticket as { id: string; number: string };
    };
    const ticket = await mutate(
      'openTicket',
      'OpenTicketInput',
      { subject: 'Colis abîmé', category: 'DELIVERY', message: 'Mon colis est abîmé.' },
      customer,
    );
    const ticketId = { ticketId: ticket.id };
    await mutate(
      'addInternalNote',
      'AddInternalNoteInput',
      { ...ticketId, body: 'Note interne : transporteur X' },
      agent,
    );
    await mutate(
      'replyToTicket',
      'ReplyToTicketInput',
      { ...ticketId, body: 'Nous renvoyons <b>le colis</b>.\n\nCordialement' },
      agent,
    );
    await mutate('replyToTicket', 'ReplyToTicketInput', { ...ticketId, body: 'Merci !' }, customer);
    await waitFor(() => sent(t, email, 'ticket-answer'), 'the answer is sent');
    await t.eventsSettled();

    // Ana was welcomed too (user.registered): only the answer is looked at here.
    const answers = () => inbox.to(email).filter((mail) => mail.subject?.startsWith('Re :'));
    const [mail, ...others] = answers();
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(`Re : Colis abîmé [${ticket.number}]`);
    expect(mail?.text).toContain(
      `Bonjour Ana <Ana>,\n\nNotre équipe support a répondu à votre demande ${ticket.number} :`,
    );
    expect(mail?.text).toContain('Nous renvoyons <b>le colis</b>.\n\nCordialement');
    expect(mail?.html).toContain('<p>Bonjour Ana &lt;Ana&gt;,</p>');
    expect(mail?.html).toContain('<p>Nous renvoyons &lt;b&gt;le colis&lt;/b&gt;.</p>');
    expect(mail?.html).toContain(`<a href="${storefrontUrl}/account/tickets/${ticket.id}">`);
    expect(`${mail?.html}${mail?.text}`).not.toMatch(/Note interne|Merci !/);

    // The agent's answer delivered again, as Kafka may: no second mail is kept, none is sent.
    const events = await t.em('support').find(OutboxMessage, { key: ticket.id, type: 'ticket.message_added' });
    const answer = events.find((event) => event.data.authorRole === 'AGENT' && event.data.internal === false);
    await t.deliver({
      id: answer?.id as string,
      type: 'ticket.message_added',
      subject: ticket.id,
      source: '/comptoir/support',
      data: answer?.data as never,
    });
    await t.eventsSettled();
    expect(await mailRows(t, email, 'ticket-answer')).toHaveLength(1);
    expect(answers()).toHaveLength(1);
  });

  it('welcomes each new account once, in the language chosen at registration, also when the event comes twice', async () => {
    const register = (userId: string, email: string, name: string, language: 'EN' | 'FR', id?: string) =>
      t.deliver({
        ...(id ? { id } : {}),
        type: 'user.registered',
        subject: userId,
        source: '/comptoir/auth',
        data: { userId, email, name, roles: ['CUSTOMER'], language },
      });
    const [french, english] = [randomUUID(), randomUUID()];
    const frenchEmail = `louise-${french}@example.test`;
    const englishEmail = `jane-${english}@example.test`;
    const event = await register(french, frenchEmail, 'Louise', 'FR');
    await register(english, englishEmail, 'Jane', 'EN');
    await register(french, frenchEmail, 'Louise', 'FR', event.id); // redelivered
    await waitFor(
      async () => (await sent(t, frenchEmail, 'welcome')) && (await sent(t, englishEmail, 'welcome')),
      'both welcomes are sent',
    );
    await t.eventsSettled();

    expect(await mailRows(t, frenchEmail)).toHaveLength(1);
    expect(inbox.to(frenchEmail).map((mail) => mail.subject)).toEqual(['Bienvenue sur Comptoir']);
    expect(inbox.to(frenchEmail)[0]?.text).toContain('Bonjour Louise,');
    expect(inbox.to(frenchEmail)[0]?.html).toContain(`<a href="${storefrontUrl}/account">Accéder à votre compte</a>`);
    expect(inbox.to(englishEmail).map((mail) => mail.subject)).toEqual(['Welcome to Comptoir']);
    expect(inbox.to(englishEmail)[0]?.text).toContain(`Hello Jane,`);
    expect(inbox.to(englishEmail)[0]?.text).toContain(`Go to your account: ${storefrontUrl}/account`);
  });

  it('mails an agent’s answer to a contact-form request in the language of the request', async () => {
    const email = `visitor-${randomUUID()}@example.test`;
    const ticketNumber = await submitContact(t, email, 'fr');
    const ticket = await t.em('support').findOneOrFail(Ticket, { number: ticketNumber });
    const agent = await t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'support:agent' });
    const { body } = await t.graphql<{ replyToTicket: { userErrors: unknown[] } }>(
      'mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { userErrors { code } } }',
      { input: { ticketId: ticket.id, body: 'Nous vous envoyons un nouveau colis.' } },
      { token: agent },
    );
    expect(body.data?.replyToTicket.userErrors).toEqual([]);
    await waitFor(() => sent(t, email, 'ticket-answer'), 'the answer is sent');

    const answer = inbox.to(email).find((mail) => mail.subject?.startsWith('Re :'));
    expect(answer?.subject).toBe(`Re : Colis <b>abîmé</b> [${ticketNumber}]`);
    expect(answer?.html).toContain('<title>Re : Colis &lt;b&gt;abîmé&lt;/b&gt;');
    expect(answer?.text).toContain('Bonjour,\n\nNotre équipe support a répondu');
    expect(answer?.text).toContain('Nous vous envoyons un nouveau colis.');
    expect(answer?.text).toContain(`rappelez ${ticketNumber} sur notre page d’aide: ${storefrontUrl}/help`);
  });

  it('keeps a mail while the server refuses or drops connections, and delivers it once when it is back', async () => {
    const email = `patient-${randomUUID()}@example.test`;
    const { port, messages } = inbox;
    await inbox.stop();

    // Refused: nothing listens on the port.
    await submitContact(t, email, 'en');
    await waitFor(
      async () => (await mailRows(t, email)).some((row) => row.attempts >= 2 && row.last_error !== null),
      'two attempts failed while the port is closed',
    );
    // Dropped: the connection is accepted, then closed before any greeting.
    const closing = await startClosingServer(port);
    const attemptsBefore = (await mailRows(t, email))[0]?.attempts ?? 0;
    await waitFor(
      async () => ((await mailRows(t, email))[0]?.attempts ?? 0) > attemptsBefore,
      'an attempt failed on a dropped connection',
    );
    await new Promise<void>((resolve) => closing.close(() => resolve()));
    expect(inbox.to(email)).toEqual([]);
    expect((await mailRows(t, email))[0]?.status).toBe('PENDING');

    inbox = await startSmtpInbox(port, messages);
    await waitFor(() => sent(t, email), 'the mail is sent once the server is back');
    expect(inbox.to(email)).toHaveLength(1);
  });
});

describe('mail configuration', () => {
  it('refuses to start on an SMTP_URL that is not smtp:// or smtps://, naming it without its password', async () => {
    const started = startTestPlatform({
      subgraphs: [support],
      rawEnv: { SMTP_URL: 'http://mailer:hunter2@mail.example.test' },
    });
    await expect(started).rejects.toThrow(/SMTP_URL="http:\/\/mailer:\*\*\*@mail\.example\.test" is invalid/);
    await expect(started).rejects.not.toThrow(/hunter2/);
  });
});

describe('a mail server that never comes back', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    const inbox = await startSmtpInbox();
    await inbox.stop(); // Its port now refuses connections.
    t = await startTestPlatform({
      subgraphs: [support],
      rawEnv: {
        ...roomyLimits,
        SMTP_URL: inbox.url,
        MAIL_SEND_INTERVAL_MS: '20',
        MAIL_RETRY_BASE_MS: '20',
        MAIL_MAX_ATTEMPTS: '3',
      },
    });
  });
  afterAll(() => t?.stop());

  it('marks the mail FAILED after the last attempt, and keeps it', async () => {
    const email = `unlucky-${randomUUID()}@example.test`;
    await submitContact(t, email, 'fr');
    await waitFor(async () => (await mailRows(t, email))[0]?.status === 'FAILED', 'the mail is dead-lettered');
    const [row] = await mailRows(t, email);
    expect(row?.attempts).toBe(3);
    expect(row?.last_error).toMatch(/ECONNREFUSED/);
  });
});

describe('mail on the embedded default (no SMTP_URL)', () => {
  let t: TestPlatform;
  const mailDir = join(tmpdir(), `comptoir-mail-${randomUUID()}`);

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [support],
      rawEnv: { ...roomyLimits, MAIL_DIR: mailDir, MAIL_SEND_INTERVAL_MS: '50' },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('writes each mail as a readable .eml file in MAIL_DIR', async () => {
    const email = `trying-${randomUUID()}@example.test`;
    const ticketNumber = await submitContact(t, email, 'en');
    await waitFor(() => sent(t, email), 'the acknowledgment is caught');

    const files = await readdir(mailDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const mail = await simpleParser(await readFile(join(mailDir, files[0] as string)));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : null).toBe(email);
    expect(mail.subject).toBe(`We received your request ${ticketNumber}`);
    expect(mail.text).toContain('http://127.0.0.1:4000/help');
    expect(mail.html).toContain('<a href="http://127.0.0.1:4000/help">');
  });
});
