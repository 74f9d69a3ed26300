import { randomUUID } from 'node:crypto';
import { auth } from '@comptoir/auth';
import { waitFor } from '@comptoir/kit';
import { support } from '@comptoir/support';
import {
  requireKafkaBrokers,
  type SmtpInbox,
  startSmtpInbox,
  startTestPlatform,
  type TestPlatform,
} from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Notifications across domains on real Kafka with a real SMTP server: a registration through the
 * router (auth) is welcomed by support in the browser's language, and an agent's answer reaches
 * the customer in the language they chose since.
 */
describe('notifications on Kafka', () => {
  const brokers = requireKafkaBrokers();
  const storefrontUrl = 'https://shop.example.test';
  let t: TestPlatform;
  let inbox: SmtpInbox;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestPlatform({
      subgraphs: [auth, support],
      env: { KAFKA_BROKERS: brokers },
      rawEnv: { SMTP_URL: inbox.url, STOREFRONT_URL: storefrontUrl, MAIL_SEND_INTERVAL_MS: '100' },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await inbox?.stop();
  });

  it('welcomes a new customer in French, then mails an agent’s answer in English once they chose it', async () => {
    const email = `camille-${Date.now()}@example.com`;
    const { body } = await t.graphql<{ register: { user: { id: string }; session: { accessToken: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { user { id } session { accessToken } } }',
      { input: { email, password: 'correct horse battery', name: 'Camille' } },
      { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } },
    );
    expect(body.errors).toBeUndefined();
    const customer = body.data?.register.session.accessToken as string;
    await waitFor(async () => inbox.to(email).length > 0, 'the welcome arrives');
    expect(inbox.to(email).map((mail) => mail.subject)).toEqual(['Bienvenue sur Comptoir']);
    expect(inbox.to(email)[0]?.text).toContain('Bonjour Camille,');

    const changed = await t.graphql<{ updateProfile: { userErrors: unknown[] } }>(
      'mutation { updateProfile(input: { language: EN }) { userErrors { code } } }',
      {},
      { token: customer },
    );
    expect(changed.body.data?.updateProfile.userErrors).toEqual([]);
    await t.eventsSettled();

    const opened = await t.graphql<{ openTicket: { ticket: { id: string; number: string } } }>(
      'mutation { openTicket(input: { subject: "Late parcel", category: DELIVERY, message: "Where is it?" }) { ticket { id number } } }',
      {},
      { token: customer },
    );
    const ticket = opened.body.data?.openTicket.ticket as { id: string; number: string };
    const agent = await t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'support:agent' });
    const answered = await t.graphql<{ replyToTicket: { userErrors: unknown[] } }>(
      'mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { userErrors { code } } }',
      { input: { ticketId: ticket.id, body: 'It left our warehouse today.' } },
      { token: agent },
    );
    expect(answered.body.data?.replyToTicket.userErrors).toEqual([]);
    await waitFor(async () => inbox.to(email).length > 1, 'the answer arrives');
    await t.eventsSettled();

    const answer = inbox.to(email)[1];
    expect(answer?.subject).toBe(`Re: Late parcel [${ticket.number}]`);
    expect(answer?.text).toContain('It left our warehouse today.');
    expect(answer?.text).toContain(`${storefrontUrl}/account/tickets/${ticket.id}`);
  });
});
