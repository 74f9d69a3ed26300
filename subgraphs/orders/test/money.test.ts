import { orders } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  checkout,
  fillBasket,
  idempotencyKey,
  newShopper,
  placeOrder,
  readOrder,
  shippingAddress,
} from './checkout.ts';

// Money in orders through the router, orders alone on real PostgreSQL with the default
// SHIPPING_RATES: exact 64-bit totals, and shipping priced in the order's own currency.
describe('money in orders', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
  });
  afterAll(() => t?.stop());

  it('orders 30,000,000 minor units × 99 with exact totals, beyond 32 bits', async () => {
    const [piano] = (await announceProducts(t, [{ sku: 'MONEY-PIANO', amount: 30_000_000 }])) as [string];
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: piano, quantity: 99 }]);
    const totals = {
      subtotal: { amount: 2_970_000_000, currency: 'EUR' },
      shipping: { amount: 0, currency: 'EUR' },
      total: { amount: 2_970_000_000, currency: 'EUR' },
      lines: [
        expect.objectContaining({
          quantity: 99,
          unitPrice: { amount: 30_000_000, currency: 'EUR' },
          lineTotal: { amount: 2_970_000_000, currency: 'EUR' },
        }),
      ],
    };
    expect(order).toMatchObject(totals);
    expect(await readOrder(t, shopper.token, order.id)).toMatchObject(totals);
  });

  it('ships a JPY order at the JPY rate (800 yen), free from 8,000 yen', async () => {
    const [teaBowl, teaSet] = (await announceProducts(t, [
      { sku: 'MONEY-BOWL', amount: 1200, currency: 'JPY' },
      { sku: 'MONEY-SET', amount: 4500, currency: 'JPY' },
    ])) as [string, string];
    const shopper = await newShopper(t);
    const small = await checkout(t, shopper, [{ productId: teaBowl, quantity: 2 }]);
    expect(small).toMatchObject({
      subtotal: { amount: 2400, currency: 'JPY' },
      shipping: { amount: 800, currency: 'JPY' },
      total: { amount: 3200, currency: 'JPY' },
    });
    const large = await checkout(t, shopper, [{ productId: teaSet, quantity: 2 }]);
    expect(large).toMatchObject({
      subtotal: { amount: 9000, currency: 'JPY' },
      shipping: { amount: 0, currency: 'JPY' },
      total: { amount: 9000, currency: 'JPY' },
    });
  });

  it('refuses a basket of two currencies (MIXED_CURRENCY): one currency per order', async () => {
    // Baskets refuses such a basket now; one from before, or a product repriced since, still may.
    const [mug, cup] = (await announceProducts(t, [
      { sku: 'MONEY-MUG', amount: 1500 },
      { sku: 'MONEY-CUP', amount: 1700, currency: 'USD' },
    ])) as [string, string];
    const shopper = await newShopper(t);
    const basketVersion = await fillBasket(t, shopper, [
      { productId: mug, quantity: 1 },
      { productId: cup, quantity: 1 },
    ]);
    const refused = await placeOrder(t, shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
    expect(refused).toMatchObject({ order: null, userErrors: [{ code: 'MIXED_CURRENCY' }] });
  });

  it('refuses an order in a currency without a shipping rate (NO_SHIPPING_RATE)', async () => {
    const [herring] = (await announceProducts(t, [{ sku: 'MONEY-SEK', amount: 9900, currency: 'SEK' }])) as [string];
    const shopper = await newShopper(t);
    const basketVersion = await fillBasket(t, shopper, [{ productId: herring, quantity: 1 }]);
    const refused = await placeOrder(
      t,
      shopper,
      { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion },
      { headers: { 'accept-language': 'fr' } },
    );
    expect(refused).toMatchObject({
      order: null,
      userErrors: [
        { field: null, code: 'NO_SHIPPING_RATE', message: 'Nous n’expédions pas encore de commandes en SEK.' },
      ],
    });
  });
});
