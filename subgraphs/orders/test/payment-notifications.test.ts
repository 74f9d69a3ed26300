import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { waitFor } from '@comptoir/kit';
import { bodyOf, close, listen, urlOf } from '@comptoir/kit/testing';
import {
  createTestProvider,
  NotificationRefusedError,
  orders,
  PaymentNotificationReceipt,
  signatureHeader,
  signBody,
  type TestProvider,
  TestProviderAuthorization,
  TestProviderNotification,
} from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const secret = randomBytes(32).toString('hex');

/** The orders subgraph's address, where the provider's pages and the webhook are served. */
const originOf = (t: TestPlatform) => t.subgraph('orders').url.replace(/\/graphql$/, '');

/** A provider of the test's own on the subgraph's database, to authorize with (its state is shared). */
function providerFor(t: TestPlatform, webhookUrl: string): TestProvider {
  return createTestProvider({
    em: t.subgraph('orders').orm.em,
    authorizationTtlMs: 86_400_000,
    origin: originOf(t),
    webhookSecret: secret,
    webhookUrl,
    retryBaseMs: 100,
    log: t.subgraph('orders').log,
  });
}

async function requireAuthentication(provider: TestProvider) {
  const outcome = await provider.authorize({
    idempotencyKey: uuidv7(),
    token: 'tok_4000000000003220',
    amount: 4990,
    currency: 'EUR',
    reference: 'CPT-100007',
  });
  if (outcome.kind !== 'action_required') throw new Error(`expected action_required, got ${outcome.kind}`);
  return outcome;
}

const answer = (actionUrl: string, outcome: string) =>
  fetch(actionUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome }),
  });

describe('payment notifications at the webhook endpoint', () => {
  let t: TestPlatform;
  let provider: TestProvider;
  let webhookUrl: string;

  const notificationOf = (authorizationId: string) =>
    t.em('orders').findOneOrFail(TestProviderNotification, { authorizationId });
  const received = (id: string) => t.em('orders').count(PaymentNotificationReceipt, { id });
  const post = (body: string, signature?: string) =>
    fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { [signatureHeader]: signature } : {}) },
      body,
    });

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders], rawEnv: { PAYMENT_WEBHOOK_SECRET: secret } });
    webhookUrl = `${originOf(t)}/webhooks/payments`;
    provider = providerFor(t, webhookUrl);
  });
  afterAll(() => t?.stop());

  it('3-D Secure: the page completed, the authorization succeeds and a signed notification arrives at the endpoint', async () => {
    const { authorizationId, actionUrl } = await requireAuthentication(provider);
    expect(actionUrl).toBe(`${originOf(t)}/payments/test-provider/authenticate/${authorizationId}`);

    const page = await fetch(actionUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('€49.90');
    expect(html).toContain('ending in 3220');
    expect(html).toMatch(/value="complete".*Complete/);
    expect(html).toMatch(/value="fail".*Fail/);

    expect((await answer(actionUrl, 'complete')).status).toBe(200);
    expect((await t.em('orders').findOneOrFail(TestProviderAuthorization, { id: authorizationId })).status).toBe(
      'authorized',
    );
    const notification = await notificationOf(authorizationId);
    expect(JSON.parse(notification.body)).toMatchObject({ type: 'authorization.succeeded', authorizationId });
    // Applied by the endpoint, which takes signed notifications only.
    await waitFor(async () => (await received(notification.id)) === 1, 'the endpoint applied the notification');
    await waitFor(
      async () => (await notificationOf(authorizationId)).deliveredAt !== null,
      'the provider saw the notification delivered',
    );

    // Answered once: a second answer changes nothing.
    expect((await answer(actionUrl, 'fail')).status).toBe(409);
    expect(await t.em('orders').count(TestProviderNotification, { authorizationId })).toBe(1);
  });

  it('3-D Secure failed: the authorization fails and the notification says why', async () => {
    const { authorizationId, actionUrl } = await requireAuthentication(provider);
    expect((await answer(actionUrl, 'maybe')).status).toBe(400);
    expect((await answer(actionUrl, 'fail')).status).toBe(200);
    expect(await t.em('orders').findOneOrFail(TestProviderAuthorization, { id: authorizationId })).toMatchObject({
      status: 'failed',
      failureReason: 'authentication_failed',
    });
    const notification = await notificationOf(authorizationId);
    expect(JSON.parse(notification.body)).toMatchObject({
      type: 'authorization.failed',
      authorizationId,
      reason: 'authentication_failed',
    });
    await waitFor(async () => (await received(notification.id)) === 1, 'the endpoint applied the notification');
    expect((await fetch(`${originOf(t)}/payments/test-provider/authenticate/${uuidv7()}`)).status).toBe(404);
  });

  it('sends a notification its sender could not, from any running orders subgraph (kept, never lost)', async () => {
    // Stands in for a process that settled the authorization and stopped before delivering.
    const stranded = providerFor(t, 'http://127.0.0.1:9/unreachable');
    const { authorizationId } = await requireAuthentication(stranded);
    expect(await stranded.completeAuthentication(authorizationId, true)).toBe(true);

    // The subgraph's periodic task sends it to its own endpoint: usually after the stranded sender
    // failed, at times before it tried (both may claim it as soon as it is kept). Either way only
    // the subgraph can reach the endpoint, so its arrival there is the subgraph's doing.
    const { id } = await notificationOf(authorizationId);
    await waitFor(async () => (await received(id)) === 1, 'the endpoint applied the stranded notification');
    await waitFor(
      async () => (await notificationOf(authorizationId)).deliveredAt !== null,
      'the notification is marked delivered',
    );
  });

  it('refuses a forged or stale signature (401) and a replay (409), which change nothing', async () => {
    const id = uuidv7();
    const body = JSON.stringify({ id, type: 'authorization.succeeded', authorizationId: uuidv7() });
    const forgedSecret = randomBytes(32).toString('hex');
    const refusals = [
      await post(body),
      await post(body, signBody(forgedSecret, body, new Date())),
      await post(body, signBody(secret, body.replace('succeeded', 'failed'), new Date())),
      await post(body, signBody(secret, body, new Date(Date.now() - 6 * 60_000))),
      await post(body, signBody(secret, body, new Date(Date.now() + 6 * 60_000))),
      await post(body, 't=abc,v1=zz'),
    ];
    expect(refusals.map((response) => response.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await received(id)).toBe(0);

    // Signed right but not a notification: refused too, never a 500.
    const notANotification = JSON.stringify({ id: uuidv7(), type: 'charge.succeeded' });
    expect((await post(notANotification, signBody(secret, notANotification, new Date()))).status).toBe(401);

    expect((await post(body, signBody(secret, body, new Date()))).status).toBe(204);
    expect(await received(id)).toBe(1);
    // The same notification again, even freshly signed, is a replay.
    expect((await post(body, signBody(secret, body, new Date()))).status).toBe(409);
    expect(await received(id)).toBe(1);
  });

  it('reads a notification only with a valid, recent signature', () => {
    const body = JSON.stringify({
      id: 'n1',
      type: 'authorization.failed',
      authorizationId: 'a1',
      reason: 'card_declined',
    });
    expect(provider.readNotification(body, { [signatureHeader]: signBody(secret, body, new Date()) })).toEqual({
      id: 'n1',
      type: 'authorization.failed',
      authorizationId: 'a1',
      reason: 'card_declined',
    });
    const stale = signBody(secret, body, new Date(Date.now() - 301_000));
    expect(() => provider.readNotification(body, { [signatureHeader]: stale })).toThrow(NotificationRefusedError);
    expect(() => provider.readNotification(body, {})).toThrow(NotificationRefusedError);
  });
});

describe('payment notifications while the endpoint fails', () => {
  let t: TestPlatform;
  let endpoint: Server;
  const deliveries: Array<{ body: string; signature: string | undefined; answered: number }> = [];

  beforeAll(async () => {
    // Down for the first two deliveries, then up.
    endpoint = await listen(async (req, res) => {
      const answered = deliveries.length < 2 ? 503 : 204;
      deliveries.push({ body: await bodyOf(req), signature: req.headers[signatureHeader] as string, answered });
      res.writeHead(answered).end();
    });
    t = await startTestPlatform({
      subgraphs: [orders],
      rawEnv: {
        PAYMENT_WEBHOOK_SECRET: secret,
        PAYMENT_WEBHOOK_URL: `${urlOf(endpoint)}/webhooks/payments`,
        PAYMENT_WEBHOOK_RETRY_BASE_MS: '100',
      },
    });
  });
  afterAll(async () => {
    await t?.stop();
    if (endpoint) await close(endpoint);
  });

  it('sends the notification again, with backoff, until the endpoint has it', async () => {
    const provider = providerFor(t, 'http://127.0.0.1:9/unused');
    const { authorizationId, actionUrl } = await requireAuthentication(provider);
    expect((await answer(actionUrl, 'complete')).status).toBe(200);

    await waitFor(
      async () =>
        (await t.em('orders').findOneOrFail(TestProviderNotification, { authorizationId })).deliveredAt !== null,
      'the notification was delivered',
    );
    const notification = await t.em('orders').findOneOrFail(TestProviderNotification, { authorizationId });
    expect(notification.attempts).toBe(3);
    expect(deliveries.map((delivery) => delivery.answered)).toEqual([503, 503, 204]);
    // The same notification each time, each signed anew.
    for (const delivery of deliveries) {
      expect(delivery.body).toBe(notification.body);
      expect(provider.readNotification(delivery.body, { [signatureHeader]: delivery.signature }).id).toBe(
        notification.id,
      );
    }
  });
});
