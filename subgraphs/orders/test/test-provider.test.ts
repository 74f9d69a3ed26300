import { randomBytes } from 'node:crypto';
import { ConfigError } from '@comptoir/kit';
import {
  createTestProvider,
  orders,
  type PaymentProvider,
  ProviderRefusedError,
  ProviderUnavailableError,
  paymentsConfig,
  TestProviderAuthorization,
  TestProviderIdempotency,
} from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const origin = 'http://orders.test';
const key = () => `test-${uuidv7()}`;

/** The code a refused provider call was refused with. */
async function refusalOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProviderRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
}

// The test provider on the orders database, as the orders subgraph builds it.
describe('the test payment provider', () => {
  let t: TestPlatform;
  let provider: PaymentProvider;

  const authorization = (id: string) => t.em('orders').findOneOrFail(TestProviderAuthorization, { id });
  const authorize = async (token: string, amount = 1000) => {
    const outcome = await provider.authorize({
      idempotencyKey: key(),
      token,
      amount,
      currency: 'EUR',
      reference: 'CPT-1',
    });
    if (outcome.kind === 'declined') throw new Error(`declined: ${outcome.reason}`);
    return outcome.authorizationId;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
    provider = createTestProvider({
      em: t.subgraph('orders').orm.em,
      authorizationTtlMs: 7 * 86_400_000,
      origin,
      webhookSecret: randomBytes(32).toString('hex'),
      // These tests send no notification.
      webhookUrl: 'http://127.0.0.1:9/unused',
      retryBaseMs: 1000,
      log: t.subgraph('orders').log,
    });
  });
  afterAll(() => t?.stop());

  it('decides by test card: approved, declined with the reason, authentication required, network error, unknown token', async () => {
    const ask = (token: string) =>
      provider.authorize({ idempotencyKey: key(), token, amount: 2500, currency: 'EUR', reference: 'CPT-100001' });

    const visa = await ask('tok_4242424242424242');
    expect(visa).toMatchObject({ kind: 'authorized', method: { brand: 'visa', last4: '4242' } });
    if (visa.kind !== 'authorized') throw new Error('not authorized');
    expect(visa.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(await authorization(visa.authorizationId)).toMatchObject({
      status: 'authorized',
      amount: 2500,
      currency: 'EUR',
      reference: 'CPT-100001',
      capturedAmount: 0,
    });
    expect(await ask('tok_5555555555554444')).toMatchObject({
      kind: 'authorized',
      method: { brand: 'mastercard', last4: '4444' },
    });

    expect(await ask('tok_4000000000000002')).toEqual({
      kind: 'declined',
      reason: 'card_declined',
      method: { brand: 'visa', last4: '0002' },
    });
    expect(await ask('tok_4000000000009995')).toMatchObject({ kind: 'declined', reason: 'insufficient_funds' });

    const secure = await ask('tok_4000000000003220');
    expect(secure).toMatchObject({ kind: 'action_required', method: { brand: 'visa', last4: '3220' } });
    if (secure.kind !== 'action_required') throw new Error('no action required');
    expect(secure.actionUrl).toBe(`${origin}/payments/test-provider/authenticate/${secure.authorizationId}`);
    expect((await authorization(secure.authorizationId)).status).toBe('requires_action');

    const unreachable = key();
    await expect(
      provider.authorize({
        idempotencyKey: unreachable,
        token: 'tok_4000000000000119',
        amount: 1,
        currency: 'EUR',
        reference: 'x',
      }),
    ).rejects.toBeInstanceOf(ProviderUnavailableError);
    // Nothing was decided: the same key can be tried again.
    expect(await t.em('orders').count(TestProviderIdempotency, { key: unreachable })).toBe(0);

    for (const token of ['tok_4111111111111111', 'tok_42', '4242424242424242', 'tok_4242424242424242 ', ''])
      expect(await ask(token), token).toEqual({ kind: 'declined', reason: 'invalid_token', method: null });

    // The provider keeps the card by brand and last 4 digits only, never the number its token carries.
    // A card number is 13 to 19 digits; a UUID's last group, 12 hex digits, is all decimal now and then.
    const kept = JSON.stringify(await t.em('orders').find(TestProviderIdempotency, {}));
    expect(kept).not.toMatch(/\d{13,19}/);
    for (const number of ['4242424242424242', '5555555555554444', '4000000000000002'])
      expect(kept).not.toContain(number);
  });

  it('answers a repeated key with the first outcome and no second effect, also when the calls race', async () => {
    const idempotencyKey = key();
    const request = {
      idempotencyKey,
      token: 'tok_4242424242424242',
      amount: 1000,
      currency: 'EUR',
      reference: 'CPT-2',
    };
    const first = await provider.authorize(request);
    const again = await provider.authorize(request);
    expect(again).toEqual(first);
    expect(await t.em('orders').count(TestProviderAuthorization, { reference: 'CPT-2' })).toBe(1);

    const raced = { ...request, idempotencyKey: key(), reference: 'CPT-3' };
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => provider.authorize(raced)));
    for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
    expect(await t.em('orders').count(TestProviderAuthorization, { reference: 'CPT-3' })).toBe(1);

    const authorizationId = await authorize('tok_4242424242424242', 1000);
    const capture = { idempotencyKey: key(), authorizationId, amount: 400 };
    const captures = await Promise.all(Array.from({ length: 6 }, () => provider.capture(capture)));
    expect(new Set(captures.map((captured) => captured.captureId)).size).toBe(1);
    expect((await authorization(authorizationId)).capturedAmount).toBe(400);

    const refund = { idempotencyKey: key(), authorizationId, amount: 150 };
    const refunds = await Promise.all(Array.from({ length: 6 }, () => provider.refund(refund)));
    expect(new Set(refunds.map((refunded) => refunded.refundId)).size).toBe(1);
    expect((await authorization(authorizationId)).refundedAmount).toBe(150);

    // A key is one operation's: used again for something else, it is refused and does nothing.
    expect(await refusalOf(provider.capture({ ...capture, amount: 500 }))).toBe('idempotency_key_reused');
    expect(await refusalOf(provider.refund({ ...capture }))).toBe('idempotency_key_reused');
    expect(await authorization(authorizationId)).toMatchObject({ capturedAmount: 400, refundedAmount: 150 });
  });

  it('captures in parts up to the authorized amount', async () => {
    const authorizationId = await authorize('tok_4242424242424242', 1000);
    await provider.capture({ idempotencyKey: key(), authorizationId, amount: 300 });
    await provider.capture({ idempotencyKey: key(), authorizationId, amount: 600 });
    const beyond = { idempotencyKey: key(), authorizationId, amount: 101 };
    expect(await refusalOf(provider.capture(beyond))).toBe('amount_exceeds_authorized');
    // The refusal is the key's first outcome: repeated, it stays refused.
    expect(await refusalOf(provider.capture(beyond))).toBe('amount_exceeds_authorized');
    await provider.capture({ idempotencyKey: key(), authorizationId, amount: 100 });
    expect((await authorization(authorizationId)).capturedAmount).toBe(1000);
    expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
      'amount_exceeds_authorized',
    );
    for (const amount of [0, -5, 1.5])
      expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId, amount }))).toBe(
        'invalid_amount',
      );
    expect((await authorization(authorizationId)).capturedAmount).toBe(1000);
  });

  it('refunds up to the captured amount', async () => {
    const authorizationId = await authorize('tok_4242424242424242', 1000);
    expect(await refusalOf(provider.refund({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
      'amount_exceeds_captured',
    );
    await provider.capture({ idempotencyKey: key(), authorizationId, amount: 600 });
    await provider.refund({ idempotencyKey: key(), authorizationId, amount: 200 });
    await provider.refund({ idempotencyKey: key(), authorizationId, amount: 400 });
    expect(await refusalOf(provider.refund({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
      'amount_exceeds_captured',
    );
    expect(await authorization(authorizationId)).toMatchObject({ capturedAmount: 600, refundedAmount: 600 });
  });

  it('voids only while nothing is captured, and knows no unknown authorization', async () => {
    const voided = await authorize('tok_4242424242424242');
    await provider.void({ idempotencyKey: key(), authorizationId: voided });
    expect((await authorization(voided)).status).toBe('voided');
    expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId: voided, amount: 1 }))).toBe(
      'authorization_voided',
    );

    const captured = await authorize('tok_4242424242424242');
    await provider.capture({ idempotencyKey: key(), authorizationId: captured, amount: 1 });
    expect(await refusalOf(provider.void({ idempotencyKey: key(), authorizationId: captured }))).toBe(
      'already_captured',
    );
    expect((await authorization(captured)).status).toBe('authorized');

    // The customer never authenticated: nothing to capture, but it can be released.
    const pending = await authorize('tok_4000000000003220');
    expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId: pending, amount: 1 }))).toBe(
      'authentication_required',
    );
    await provider.void({ idempotencyKey: key(), authorizationId: pending });
    expect((await authorization(pending)).status).toBe('voided');

    for (const authorizationId of [uuidv7(), 'auth_123', "'; drop table x; --"]) {
      expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
        'authorization_not_found',
      );
      expect(await refusalOf(provider.void({ idempotencyKey: key(), authorizationId }))).toBe(
        'authorization_not_found',
      );
      expect(await refusalOf(provider.refund({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
        'authorization_not_found',
      );
    }
  });

  it('refuses to capture an expired authorization, which can still be voided', async () => {
    const authorizationId = await authorize('tok_4242424242424242');
    await t
      .em('orders')
      .nativeUpdate(TestProviderAuthorization, { id: authorizationId }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await refusalOf(provider.capture({ idempotencyKey: key(), authorizationId, amount: 1 }))).toBe(
      'authorization_expired',
    );
    expect((await authorization(authorizationId)).capturedAmount).toBe(0);
    await provider.void({ idempotencyKey: key(), authorizationId });
    expect((await authorization(authorizationId)).status).toBe('voided');
  });

  it('keeps authorizations 7 days unless configured, and needs a webhook secret', () => {
    const secret = randomBytes(32).toString('hex');
    expect(paymentsConfig({ PAYMENT_WEBHOOK_SECRET: secret }).authorizationTtlMs).toBe(7 * 86_400_000);
    expect(
      paymentsConfig({ PAYMENT_WEBHOOK_SECRET: secret, PAYMENT_TEST_AUTHORIZATION_TTL_SECONDS: '60' })
        .authorizationTtlMs,
    ).toBe(60_000);
    for (const env of [{}, { PAYMENT_WEBHOOK_SECRET: 'short' }])
      expect(() => paymentsConfig(env)).toThrow(/PAYMENT_WEBHOOK_SECRET/);
    expect(() => paymentsConfig({ PAYMENT_WEBHOOK_SECRET: secret, PAYMENT_PROVIDER: 'stripe' })).toThrow(ConfigError);
  });
});
