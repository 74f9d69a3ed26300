import { randomBytes, randomUUID } from 'node:crypto';
import { execute, waitFor } from '@comptoir/kit';
import type { SmtpInbox, TestPlatform } from '@comptoir/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsletterTokens } from '../src/domain/newsletter/tokens.ts';
import { type MailPlatform, startMailPlatform } from './mail-platform.ts';

const storefrontUrl = 'https://shop.example.test';
const secret = randomBytes(32).toString('hex');
// Unsigned tokens of the test's own, made with the platform's secret: links the platform would mail.
const tokens = newsletterTokens(secret, 3600);

interface UserErrors {
  userErrors: Array<{ code: string; field: string | null }>;
}
type SubscriptionPayload = UserErrors & { subscription: { email: string; language: string; status: string } | null };

const subscribe = async (t: TestPlatform, email: string, headers: Record<string, string> = {}) => {
  const { body } = await t.graphql<{ subscribeToNewsletter: UserErrors & { retryAfterSeconds: number | null } }>(
    `mutation ($input: SubscribeToNewsletterInput!) {
       subscribeToNewsletter(input: $input) { retryAfterSeconds userErrors { code field } }
     }`,
    { input: { email } },
    { headers },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.subscribeToNewsletter as UserErrors & { retryAfterSeconds: number | null };
};

const followLink = async (
  t: TestPlatform,
  mutation: 'confirmNewsletterSubscription' | 'unsubscribeFromNewsletter',
  token: string,
) => {
  const { body } = await t.graphql<Record<string, SubscriptionPayload>>(
    `mutation ($input: NewsletterTokenInput!) {
       ${mutation}(input: $input) { subscription { email language status } userErrors { code field } }
     }`,
    { input: { token } },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.[mutation] as SubscriptionPayload;
};

/** The token of the link to `path` in a mail's plain-text part. */
const tokenIn = (mail: ParsedMail | undefined, path: string): string => {
  const link = mail?.text?.match(new RegExp(`${storefrontUrl}${path}\\?token=(\\S+)`));
  if (!link?.[1]) throw new Error(`no ${path} link in ${mail?.text}`);
  return decodeURIComponent(link[1]);
};

const confirmations = (inbox: SmtpInbox, email: string) =>
  inbox.to(email).filter((mail) => /newsletter/i.test(mail.subject ?? '') && /onfirm/.test(mail.subject ?? ''));

const subscriptionStatus = async (t: TestPlatform, email: string) =>
  (
    await execute<{ status: string }>(
      t.em('support'),
      'select status from support.newsletter_subscription where email = ?',
      [email],
    )
  )[0]?.status ?? null;

describe('newsletter subscriptions', () => {
  let t: TestPlatform;
  let inbox: SmtpInbox;
  let platform: MailPlatform;

  beforeAll(async () => {
    platform = await startMailPlatform(storefrontUrl, {
      rawEnv: {
        NEWSLETTER_TOKEN_SECRET: secret,
        NEWSLETTER_SIGNUP_MAX_PER_IP: '1000',
      },
    });
    ({ t, inbox } = platform);
  });
  afterAll(() => platform?.stop());

  it('confirms a subscription only through the link mailed to the address, in the language asked', async () => {
    const email = `lea-${randomUUID()}@example.test`;
    expect(await subscribe(t, ` ${email.toUpperCase()} `, { 'accept-language': 'fr-FR,fr;q=0.9' })).toEqual({
      retryAfterSeconds: null,
      userErrors: [],
    });
    expect(await subscriptionStatus(t, email)).toBe('PENDING');
    await waitFor(async () => confirmations(inbox, email).length === 1, 'the confirmation mail arrives');
    const [mail] = confirmations(inbox, email);
    expect(mail?.subject).toBe('Confirmez votre abonnement à la newsletter Comptoir');
    expect(mail?.text).toContain('dans les 48 heures');
    const token = tokenIn(mail, '/newsletter/confirm');

    // A forged token, and an unsubscribe token used to confirm, confirm nothing.
    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await followLink(t, 'confirmNewsletterSubscription', forged)).userErrors).toEqual([
      { code: 'INVALID_TOKEN', field: 'input.token' },
    ]);
    const id = (
      await execute<{ id: string }>(t.em('support'), 'select id from support.newsletter_subscription where email = ?', [
        email,
      ])
    )[0]?.id as string;
    expect(
      (await followLink(t, 'confirmNewsletterSubscription', await tokens.sign('unsubscribe', id))).userErrors,
    ).toEqual([{ code: 'INVALID_TOKEN', field: 'input.token' }]);
    expect(await subscriptionStatus(t, email)).toBe('PENDING');

    const confirmed = await followLink(t, 'confirmNewsletterSubscription', token);
    expect(confirmed).toEqual({
      subscription: { email, language: 'FR', status: 'CONFIRMED' },
      userErrors: [],
    });
    // Following it again is harmless.
    expect((await followLink(t, 'confirmNewsletterSubscription', token)).subscription?.status).toBe('CONFIRMED');
  });

  it('answers the same for a confirmed address and mails it nothing', async () => {
    const email = `max-${randomUUID()}@example.test`;
    await subscribe(t, email);
    await waitFor(async () => confirmations(inbox, email).length === 1, 'the confirmation mail arrives');
    await followLink(
      t,
      'confirmNewsletterSubscription',
      tokenIn(confirmations(inbox, email)[0], '/newsletter/confirm'),
    );

    expect(await subscribe(t, email)).toEqual({ retryAfterSeconds: null, userErrors: [] });
    await t.eventsSettled();
    const pending = await execute<{ count: number }>(
      t.em('support'),
      "select count(*)::int as count from support.mail where recipient = ? and status = 'PENDING'",
      [email],
    );
    expect(pending[0]?.count).toBe(0);
    expect(confirmations(inbox, email)).toHaveLength(1);
  });

  it('only the latest confirmation link confirms, and an unsubscribed address needs a new one', async () => {
    const email = `zoe-${randomUUID()}@example.test`;
    await subscribe(t, email);
    await waitFor(async () => confirmations(inbox, email).length === 1, 'the first confirmation arrives');
    const first = tokenIn(confirmations(inbox, email)[0], '/newsletter/confirm');
    await subscribe(t, email);
    await waitFor(async () => confirmations(inbox, email).length === 2, 'the second confirmation arrives');
    const second = tokenIn(confirmations(inbox, email)[1], '/newsletter/confirm');

    expect((await followLink(t, 'confirmNewsletterSubscription', first)).userErrors[0]?.code).toBe('INVALID_TOKEN');
    expect((await followLink(t, 'confirmNewsletterSubscription', second)).subscription?.status).toBe('CONFIRMED');

    const id = (
      await execute<{ id: string }>(t.em('support'), 'select id from support.newsletter_subscription where email = ?', [
        email,
      ])
    )[0]?.id as string;
    const unsubscribed = await followLink(t, 'unsubscribeFromNewsletter', await tokens.sign('unsubscribe', id));
    expect(unsubscribed.subscription?.status).toBe('UNSUBSCRIBED');
    expect((await followLink(t, 'confirmNewsletterSubscription', second)).userErrors[0]?.code).toBe('INVALID_TOKEN');
    expect(await subscriptionStatus(t, email)).toBe('UNSUBSCRIBED');
  });

  it('limits confirmation mails per address, so the form cannot flood a mailbox', async () => {
    const email = `victim-${randomUUID()}@example.test`;
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await subscribe(t, email)).userErrors).toEqual([]);
    const refused = await subscribe(t, email);
    expect(refused.userErrors).toEqual([{ code: 'RATE_LIMITED', field: null }]);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    await waitFor(async () => confirmations(inbox, email).length === 3, 'three confirmations arrive');
  });

  it('refuses a malformed address at the edge', async () => {
    expect((await subscribe(t, 'not-an-address')).userErrors).toEqual([{ code: 'INVALID', field: 'input.email' }]);
  });

  it('keeps an account’s preferences for its email: subscribing asks for confirmation, unsubscribing is at once', async () => {
    const userId = randomUUID();
    const email = `ana-${userId}@example.test`;
    await t.deliver({
      type: 'user.registered',
      subject: userId,
      data: { userId, email, name: 'Ana', roles: ['CUSTOMER'], language: 'EN' },
    });
    // On Kafka, delivered is not yet applied: support learns the account's email from it.
    await t.eventsSettled();
    const token = await t.token({ sub: userId, roles: ['CUSTOMER'] });
    const setPreferences = async (input: Record<string, unknown>) => {
      const { body } = await t.graphql<{ setNewsletterPreferences: SubscriptionPayload }>(
        `mutation ($input: SetNewsletterPreferencesInput!) {
           setNewsletterPreferences(input: $input) { subscription { email language status } userErrors { code field } }
         }`,
        { input },
        { token },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.setNewsletterPreferences as SubscriptionPayload;
    };
    const newsletterOf = async (bearer: string) => {
      const { body } = await t.subgraphGraphql<{ _entities: Array<{ newsletter: { status: string } | null }> }>(
        'support',
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { newsletter { status } } } }`,
        { representations: [{ __typename: 'User', id: userId }] },
        { token: bearer },
      );
      return body.data?._entities[0]?.newsletter ?? null;
    };

    expect(await setPreferences({ subscribed: true })).toEqual({
      subscription: { email, language: 'EN', status: 'PENDING' },
      userErrors: [],
    });
    await waitFor(async () => confirmations(inbox, email).length === 1, 'the confirmation arrives');
    expect(confirmations(inbox, email)[0]?.subject).toBe('Confirm your subscription to the Comptoir newsletter');
    await followLink(
      t,
      'confirmNewsletterSubscription',
      tokenIn(confirmations(inbox, email)[0], '/newsletter/confirm'),
    );
    expect(await newsletterOf(token)).toEqual({ status: 'CONFIRMED' });
    // Someone else's preferences are not theirs to see.
    expect(await newsletterOf(await t.token({ sub: randomUUID(), roles: ['CUSTOMER'] }))).toBeNull();

    expect((await setPreferences({ subscribed: true, language: 'FR' })).subscription).toEqual({
      email,
      language: 'FR',
      status: 'CONFIRMED',
    });
    expect((await setPreferences({ subscribed: false })).subscription?.status).toBe('UNSUBSCRIBED');
    expect(await newsletterOf(token)).toEqual({ status: 'UNSUBSCRIBED' });
  });
});
