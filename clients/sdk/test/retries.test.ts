import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AddBasketItemDocument, createComptoirClient, PlaceOrderDocument, ProductsDocument } from '../src/index.ts';
import { retryAfterMsOf } from '../src/retry.ts';
import { failingOnce, observedFetch, products } from './fixtures.ts';

/*
 * Retries against the real router: its rate limits answer 429 with Retry-After, and a broken
 * connection is the network's (a fetch that throws). Mutations are retried only when idempotent.
 */
describe('retries', () => {
  let t: TestPlatform;
  let productId: string;

  beforeAll(async () => {
    // A one-second window: Retry-After is 1. Room for any one operation of these tests, not for a burst.
    t = await startTestPlatform({
      subgraphs: [catalog, baskets],
      router: { rateLimits: { points: 1000, windowSeconds: 1 } },
    });
    [productId] = (await products(t, ['RETRY-MUG'])) as [string];
  });
  afterAll(() => t?.stop());

  const fast = { baseDelayMs: 1, maxDelayMs: 5 };

  test('a 429 with Retry-After: 1 is retried after at least a second, then succeeds', async () => {
    const observed = observedFetch();
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch, retries: fast });
    // Pages of 20 (about 300 points each), one after the other until the router refuses one.
    for (let search = 0; search < 20 && !observed.calls.some((call) => call.status === 429); search += 1) {
      const { products: found } = await client.request(ProductsDocument, { first: 20 });
      expect(found.totalCount).toBe(1);
    }
    const refusal = observed.calls.findIndex((call) => call.status === 429);
    expect(refusal).toBeGreaterThan(0);
    const [refused, retried] = [observed.calls[refusal], observed.calls[refusal + 1]];
    expect(refused?.retryAfter).toBe('1');
    expect((retried?.at ?? 0) - (refused?.answeredAt ?? Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(1000);
    expect(observed.calls.at(-1)?.status).toBe(200);
  });

  test('a query is retried after a broken connection', async () => {
    const observed = observedFetch(failingOnce(['Products']));
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch, retries: fast });
    const { products: found } = await client.request(ProductsDocument, { first: 1 });
    expect(found.totalCount).toBe(1);
    expect(observed.sent('Products').length).toBeGreaterThanOrEqual(2);
  });

  test('a mutation without an idempotency key is not retried: the error is the caller’s to handle', async () => {
    const observed = observedFetch(failingOnce(['AddBasketItem']));
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch, retries: fast });
    await expect(client.request(AddBasketItemDocument, { input: { productId, quantity: 1 } })).rejects.toMatchObject({
      kind: 'network',
    });
    expect(observed.calls.map((call) => call.operationName)).toEqual(['AddBasketItem']);
  });

  test('the caller may declare a mutation idempotent: it is then retried', async () => {
    const observed = observedFetch(failingOnce(['AddBasketItem']));
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch, retries: fast });
    const added = await client.request(
      AddBasketItemDocument,
      { input: { productId, quantity: 1 } },
      { idempotent: true },
    );
    expect(added.addBasketItem.userErrors).toEqual([]);
    expect(added.addBasketItem.basket?.itemCount).toBe(1);
  });

  test('a mutation carrying an idempotency key is retried, as often as the client allows', async () => {
    const attempts: string[] = [];
    const unreachable: typeof fetch = async (_input, init) => {
      attempts.push((JSON.parse(String(init?.body)) as { operationName: string }).operationName);
      throw new TypeError('fetch failed');
    };
    const client = createComptoirClient({ endpoint: t.url, fetch: unreachable, retries: { ...fast, maxRetries: 2 } });
    const input = { idempotencyKey: 'checkout-attempt-1', payment: { token: 'tok_4242424242424242' } };
    await expect(client.request(PlaceOrderDocument, { input })).rejects.toMatchObject({ kind: 'network' });
    expect(attempts).toEqual(['PlaceOrder', 'PlaceOrder', 'PlaceOrder']);
  });

  test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(retryAfterMsOf('1', now)).toBe(1000);
    expect(retryAfterMsOf('Wed, 02 Dec 2026 10:00:03 GMT', now)).toBe(3000);
    expect(retryAfterMsOf(null, now)).toBeUndefined();
    expect(retryAfterMsOf('soon', now)).toBeUndefined();
  });
});
