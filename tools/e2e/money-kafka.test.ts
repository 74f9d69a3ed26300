import { waitFor } from '@comptoir/kit';
import { requireKafkaBrokers, shippingAddress, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitBasketAtCheckout,
  awaitOrderStatus,
  createProducts,
  fillBasket,
  idempotencyKey,
  placeOrder,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';

// Money across domains, every subgraph on real Kafka and PostgreSQL through the router: a price
// travels from catalog to baskets' and orders' read models; amounts beyond 32 bits stay exact
// from the basket to the confirmed order, and shipping is priced in the order's own currency.
describe('money across domains on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let platform: TestPlatform;
  const t = () => platform;

  const subtotalOfBasket = async (token: string) => {
    const { body } = await t().graphql<{ basket: { subtotal: { amount: number; currency: string } } | null }>(
      '{ basket { subtotal { amount currency } } }',
      {},
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.basket?.subtotal;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: brokers } });
  });
  afterAll(() => platform?.stop());

  it('30,000,000 minor units × 99: the basket and the confirmed order show 2,970,000,000 exactly', async () => {
    const [piano] = (await createProducts(t(), [{ sku: 'MONEY-E2E-PIANO', amount: 30_000_000, stock: 120 }])) as [
      string,
    ];
    const shopper = await signUp(t(), 'money-piano@example.com');
    const basketVersion = await fillBasket(t(), shopper, [{ productId: piano, quantity: 99 }]);
    expect(await subtotalOfBasket(shopper.token)).toEqual({ amount: 2_970_000_000, currency: 'EUR' });

    await awaitBasketAtCheckout(t(), shopper.id, basketVersion);
    const placed = await placeOrder(t(), shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
    expect(placed.userErrors).toEqual([]);
    const confirmed = await awaitOrderStatus(t(), shopper, placed.order?.id as string, 'CONFIRMED');
    expect(confirmed).toMatchObject({
      subtotal: { amount: 2_970_000_000, currency: 'EUR' },
      shipping: { amount: 0, currency: 'EUR' },
      total: { amount: 2_970_000_000, currency: 'EUR' },
      lines: [{ quantity: 99, unitPrice: { amount: 30_000_000 }, lineTotal: { amount: 2_970_000_000 } }],
    });
    expect(await stockOf(t(), piano)).toEqual({ onHand: 120, reserved: 99, available: 21 });
  });

  it('a JPY order pays the JPY shipping rate; a EUR product cannot join the JPY basket', async () => {
    const [teaBowl, candle] = (await createProducts(t(), [
      { sku: 'MONEY-E2E-BOWL', amount: 1200, stock: 10, currency: 'JPY' },
      { sku: 'MONEY-E2E-CANDLE', amount: 1500, stock: 10 },
    ])) as [string, string];
    const shopper = await signUp(t(), 'money-yen@example.com');
    const basketVersion = await fillBasket(t(), shopper, [{ productId: teaBowl, quantity: 2 }]);
    await waitFor(
      async () => (await subtotalOfBasket(shopper.token))?.currency === 'JPY',
      'baskets prices the bowl in yen',
    );
    // Refused once baskets knows the candle (its event may still be on its way).
    await waitFor(async () => {
      const { body } = await t().graphql<{ addBasketItem: { userErrors: Array<{ code: string }> } }>(
        'mutation ($id: ID!) { addBasketItem(input: { productId: $id }) { userErrors { code } } }',
        { id: candle },
        { token: shopper.token },
      );
      const code = body.data?.addBasketItem.userErrors[0]?.code;
      if (code === 'UNKNOWN_PRODUCT' || code === 'PRODUCT_NOT_YET_AVAILABLE') return false;
      expect(code).toBe('CURRENCY_MISMATCH');
      return true;
    }, 'baskets refuses the EUR candle');

    await awaitBasketAtCheckout(t(), shopper.id, basketVersion);
    const placed = await placeOrder(t(), shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({
      subtotal: { amount: 2400, currency: 'JPY' },
      shipping: { amount: 800, currency: 'JPY' },
      total: { amount: 3200, currency: 'JPY' },
    });
  });
});
