import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { support } from '@comptoir/support';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Shop, startShop } from './fixtures.ts';

/*
 * The storefront server's session endpoints and the newsletter's one-click unsubscribe, over plain
 * HTTP as a browser (or a mail client) sends them, in front of the real router and auth.
 */
describe('the storefront server', () => {
  const newsletterSecret = 'a newsletter secret of the test, long enough for HS256';
  let shop: Shop;
  let origin: string;

  beforeAll(async () => {
    shop = await startShop({
      subgraphs: [auth, catalog, baskets, support],
      rawEnv: { NEWSLETTER_TOKEN_SECRET: newsletterSecret },
    });
    origin = shop.storefront.url;
  });
  afterAll(() => shop?.stop());

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...headers },
      body: JSON.stringify(body),
    });
  }

  /** The refresh cookie a response sets, as `name=value` to send back. */
  function refreshCookie(response: Response): string {
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('comptoir_session='));
    if (!cookie) throw new Error('no session cookie');
    return cookie.split(';')[0] as string;
  }

  test('sign-up keeps the refresh token in an httpOnly SameSite=Lax cookie and gives the page only the access token', async () => {
    const response = await post('/session/sign-up', {
      name: 'Ada',
      email: 'ada@example.com',
      password: 'a long password',
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { session: Record<string, unknown> };
    expect(Object.keys(answer.session).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'user']);
    expect(JSON.stringify(answer)).not.toContain('crt_');
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^comptoir_session=crt_/);
    expect(cookie).toMatch(/; Path=\/session/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Expires=/);
  });

  test('a failed sign-in answers auth’s userErrors and sets no cookie', async () => {
    const wrong = await post('/session/sign-in', { email: 'ada@example.com', password: 'not the password' });
    const answer = (await wrong.json()) as { userErrors: Array<{ code: string }> };
    expect(answer.userErrors.map((userError) => userError.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  test('refresh renews the session from the cookie; tabs refreshing at once share one renewal', async () => {
    const signIn = await post('/session/sign-in', { email: 'ada@example.com', password: 'a long password' });
    const cookie = refreshCookie(signIn);
    const [first, second] = await Promise.all([
      post('/session/refresh', {}, { cookie }),
      post('/session/refresh', {}, { cookie }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(refreshCookie(first)).toBe(refreshCookie(second));
    expect(refreshCookie(first)).not.toBe(cookie);
    // The renewed token works; the session was not ended as a replay.
    const again = await post('/session/refresh', {}, { cookie: refreshCookie(first) });
    expect(again.status).toBe(200);

    // Without a cookie there is no session: 401, nothing set.
    const none = await post('/session/refresh', {});
    expect(none.status).toBe(401);
  });

  test('sign-out ends the session at auth and clears the cookie', async () => {
    const signIn = await post('/session/sign-in', { email: 'ada@example.com', password: 'a long password' });
    const cookie = refreshCookie(signIn);
    const signOut = await post('/session/sign-out', {}, { cookie });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.getSetCookie()[0]).toMatch(/^comptoir_session=; Path=\/session; Expires=Thu, 01 Jan 1970/);
    expect((await post('/session/refresh', {}, { cookie })).status).toBe(401);
  });

  test('a session POST from another origin is refused', async () => {
    const response = await post(
      '/session/sign-in',
      { email: 'ada@example.com', password: 'a long password' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  test('a mail client unsubscribes in one click (RFC 8058), with or without a language in the link', async () => {
    const signUp = await post('/session/sign-up', {
      name: 'Reader',
      email: 'reader@example.com',
      password: 'a long password',
    });
    const { session } = (await signUp.json()) as { session: { accessToken: string } };
    // Support learns the account from auth's user.registered.
    await shop.t.eventsSettled();
    const subscribe = await shop.t.graphql<{ setNewsletterPreferences: { subscription: { status: string } } }>(
      'mutation { setNewsletterPreferences(input: { subscribed: true }) { subscription { status } } }',
      {},
      { token: session.accessToken },
    );
    expect(subscribe.body.data?.setNewsletterPreferences.subscription.status).toBe('PENDING');
    const [subscription] = await shop.t
      .em('support')
      .getConnection()
      .execute<Array<{ id: string }>>(
        "select id from support.newsletter_subscription where email = 'reader@example.com'",
      );
    // Signed as support signs the link of every newsletter mail.
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('comptoir-support')
      .setAudience('newsletter:unsubscribe')
      .setSubject(subscription?.id as string)
      .setIssuedAt()
      .sign(new TextEncoder().encode(newsletterSecret));

    const oneClick = (path: string, body: string) =>
      fetch(`${origin}${path}?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await oneClick('/newsletter/unsubscribe', 'something=else')).status).toBe(400);
    const response = await oneClick('/newsletter/unsubscribe', 'List-Unsubscribe=One-Click');
    expect(response.status).toBe(200);
    expect((await oneClick('/en/newsletter/unsubscribe', 'List-Unsubscribe=One-Click')).status).toBe(200);
    const { body } = await shop.t.graphql<{ me: { newsletter: { status: string } } }>(
      '{ me { newsletter { status } } }',
      {},
      { token: session.accessToken },
    );
    expect(body.data?.me.newsletter.status).toBe('UNSUBSCRIBED');
  });
});
