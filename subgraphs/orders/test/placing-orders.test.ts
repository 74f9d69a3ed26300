import { OutboxMessage } from '@comptoir/kit';
import { CustomerAddress, Order, orders } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  checkout,
  fillBasket,
  idempotencyKey,
  newShopper,
  placeOrder,
  readOrder,
  type Shopper,
  shippingAddress,
  statuses,
} from './checkout.ts';

// Placing an order through the router, orders alone on real PostgreSQL: the basket, prices and
// addresses come from baskets', catalog's and auth's events; idempotency under retries and races.
describe('placing orders', () => {
  let t: TestPlatform;
  let products: Record<'candle' | 'vase', string>;

  const ordersDb = () => t.em('orders');

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
    const [candle, vase] = await announceProducts(t, [
      { sku: 'ORD-CANDLE', amount: 1250 },
      { sku: 'ORD-VASE', amount: 3900 },
    ]);
    products = { candle, vase } as typeof products;
  });
  afterAll(() => t?.stop());

  describe('placing an order from the basket', () => {
    /** Saves an address in the shopper's book, as auth announces it (`address.saved`). */
    const saveAddress = (shopper: Shopper, addressId: string, address: typeof shippingAddress) =>
      t.deliver({
        type: 'address.saved',
        subject: shopper.id,
        data: { userId: shopper.id, addressId, address },
        source: '/comptoir/auth',
      });

    it('ships to an address of the address book, with snapshots, totals, shipping, a number and history', async () => {
      const shopper = await newShopper(t);
      const addressId = uuidv7();
      await saveAddress(shopper, addressId, { ...shippingAddress, name: 'Book Address', country: 'BE' });
      expect(await ordersDb().count(CustomerAddress, { id: addressId })).toBe(1);

      const order = await checkout(
        t,
        shopper,
        [
          { productId: products.candle, quantity: 2 },
          { productId: products.vase, quantity: 1 },
        ],
        { shippingAddress: undefined, addressId },
      );

      expect(order.number).toMatch(/^CPT-1\d{5,}$/);
      expect(order.status).toBe('PLACED');
      expect(order.customer).toEqual({ id: shopper.id });
      expect(order.shippingAddress).toEqual({ ...shippingAddress, name: 'Book Address', country: 'BE' });
      expect(order.lines).toEqual([
        {
          product: { id: products.candle },
          name: 'Product ORD-CANDLE',
          sku: 'ORD-CANDLE',
          quantity: 2,
          unitPrice: { amount: 1250, currency: 'EUR' },
          lineTotal: { amount: 2500, currency: 'EUR' },
          unavailability: null,
        },
        {
          product: { id: products.vase },
          name: 'Product ORD-VASE',
          sku: 'ORD-VASE',
          quantity: 1,
          unitPrice: { amount: 3900, currency: 'EUR' },
          lineTotal: { amount: 3900, currency: 'EUR' },
          unavailability: null,
        },
      ]);
      // 64.00: shipping is free from 50.00.
      expect(order.subtotal).toEqual({ amount: 6400, currency: 'EUR' });
      expect(order.shipping).toEqual({ amount: 0, currency: 'EUR' });
      expect(order.total).toEqual({ amount: 6400, currency: 'EUR' });
      expect(statuses(order)).toEqual(['PLACED']);
      expect(order.statusHistory[0]?.at).toBe(order.placedAt);

      // The snapshot does not follow the address book.
      await saveAddress(shopper, addressId, { ...shippingAddress, name: 'Moved Away' });
      expect((await ordersDb().findOne(CustomerAddress, { id: addressId }))?.name).toBe('Moved Away');
      expect((await readOrder(t, shopper.token, order.id))?.shippingAddress.name).toBe('Book Address');

      // The event carries the basket it was placed from, for baskets to empty it.
      const placed = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.placed' });
      expect(placed.data).toMatchObject({
        orderId: order.id,
        customerId: shopper.id,
        lines: [
          { productId: products.candle, quantity: 2 },
          { productId: products.vase, quantity: 1 },
        ],
        // The basket's first version: the one filled for this order.
        basketVersion: 1,
        basketId: shopper.basket.id,
      });
    });

    it('ships to an address typed at checkout, normalised, and charges shipping under the threshold', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }], {
        shippingAddress: { ...shippingAddress, city: '  Lyon ', country: 'fr', line2: '', phone: null },
      });
      expect(order.shippingAddress).toEqual({ ...shippingAddress, city: 'Lyon', phone: null });
      expect(order.subtotal.amount).toBe(1250);
      expect(order.shipping).toEqual({ amount: 490, currency: 'EUR' });
      expect(order.total).toEqual({ amount: 1740, currency: 'EUR' });
      const again = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      // Numbers follow each other, whoever orders.
      expect(Number(again.number.slice(4))).toBeGreaterThan(Number(order.number.slice(4)));
    });

    it('names French products in French', async () => {
      const shopper = await newShopper(t);
      const version = await fillBasket(t, shopper, [{ productId: products.vase, quantity: 1 }]);
      const placed = await placeOrder(
        t,
        shopper,
        { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion: version },
        { fields: 'lines { name }', headers: { 'accept-language': 'fr' } },
      );
      expect(placed.order?.lines[0]?.name).toBe('Produit ORD-VASE');
    });

    it('reports invalid requests as userErrors and creates nothing', async () => {
      const shopper = await newShopper(t);
      const key = idempotencyKey();
      const basketVersion = await fillBasket(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      const cases: Array<[Record<string, unknown>, string | null, string]> = [
        [{ idempotencyKey: key }, 'input', 'ADDRESS_REQUIRED'],
        [
          { idempotencyKey: key, shippingAddress, addressId: '01900000-0000-7000-8000-000000000000' },
          'input',
          'ADDRESS_REQUIRED',
        ],
        [{ idempotencyKey: 'short', shippingAddress }, 'input.idempotencyKey', 'INVALID_IDEMPOTENCY_KEY'],
        [{ idempotencyKey: 'has spaces in it', shippingAddress }, 'input.idempotencyKey', 'INVALID_IDEMPOTENCY_KEY'],
        [{ idempotencyKey: 'x'.repeat(101), shippingAddress }, 'input.idempotencyKey', 'INVALID_IDEMPOTENCY_KEY'],
        [
          { idempotencyKey: key, shippingAddress: { ...shippingAddress, country: 'XX' } },
          'input.shippingAddress.country',
          'INVALID',
        ],
        [
          { idempotencyKey: key, shippingAddress: { ...shippingAddress, city: ' ' } },
          'input.shippingAddress.city',
          'INVALID',
        ],
        [
          { idempotencyKey: key, addressId: '01900000-0000-7000-8000-000000000000' },
          'input.addressId',
          'ADDRESS_NOT_FOUND',
        ],
        // A malformed id is refused by the kit before the domain looks for it.
        [{ idempotencyKey: key, addressId: 'not-an-id' }, 'input.addressId', 'INVALID'],
        [
          { idempotencyKey: key, shippingAddress, basketVersion: basketVersion + 5 },
          'input.basketVersion',
          'BASKET_OUT_OF_DATE',
        ],
      ];
      for (const [input, field, code] of cases) {
        const payload = await placeOrder(t, shopper, input);
        expect(payload.order, code).toBeNull();
        expect(payload.userErrors, JSON.stringify(input)).toEqual([{ field, code, message: expect.any(String) }]);
      }
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(0);
      // Nothing was consumed: the basket still orders.
      const placed = await placeOrder(t, shopper, { idempotencyKey: key, shippingAddress, basketVersion });
      expect(placed.userErrors).toEqual([]);
    });

    it('refuses an empty basket', async () => {
      const shopper = await newShopper(t);
      const payload = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress });
      expect(payload).toEqual({
        order: null,
        userErrors: [{ field: null, code: 'EMPTY_BASKET', message: expect.any(String) }],
      });
    });

    it('refuses a basket holding a product withdrawn from sale, naming it', async () => {
      const [fragile] = (await announceProducts(t, [{ sku: 'ORD-FRAGILE', amount: 500 }])) as [string];
      const shopper = await newShopper(t);
      const basketVersion = await fillBasket(t, shopper, [{ productId: fragile, quantity: 1 }]);
      await t.deliver({
        type: 'product.archived',
        subject: fragile,
        data: { productId: fragile, sku: 'ORD-FRAGILE' },
        source: '/comptoir/catalog',
      });
      const input = { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion };
      const english = await placeOrder(t, shopper, input);
      expect(english.userErrors).toEqual([
        { field: null, code: 'PRODUCT_ARCHIVED', message: expect.stringContaining('Product ORD-FRAGILE') },
      ]);
      const french = await placeOrder(t, shopper, input, { headers: { 'accept-language': 'fr' } });
      expect(french.userErrors[0]?.message).toContain('« Produit ORD-FRAGILE » n’est plus en vente');
    });
  });

  describe('idempotency', () => {
    it('answers the same key with the same order, and publishes it once', async () => {
      const shopper = await newShopper(t);
      const basketVersion = await fillBasket(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      const input = { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion };
      const first = await placeOrder(t, shopper, input);
      const second = await placeOrder(t, shopper, input);
      expect(first.userErrors).toEqual([]);
      expect(second.order?.id).toBe(first.order?.id);
      expect(second.order?.number).toBe(first.order?.number);
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(1);
      expect(await ordersDb().count(OutboxMessage, { type: 'order.placed', key: first.order?.id as string })).toBe(1);
    });

    it('makes one order of ten concurrent calls with the same key', async () => {
      const shopper = await newShopper(t);
      const basketVersion = await fillBasket(t, shopper, [{ productId: products.vase, quantity: 1 }]);
      const input = { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion };
      const results = await Promise.all(
        Array.from({ length: 10 }, () => placeOrder(t, shopper, input, { fields: 'id' })),
      );
      expect(results.flatMap((result) => result.userErrors)).toEqual([]);
      expect(new Set(results.map((result) => result.order?.id)).size).toBe(1);
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(1);
      expect(
        await ordersDb().count(OutboxMessage, { type: 'order.placed', key: results[0]?.order?.id as string }),
      ).toBe(1);
    });

    it('orders exactly the basket version the shopper reviewed; a basket changed since is refused, retryably', async () => {
      const shopper = await newShopper(t);
      const reviewed = await fillBasket(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      // Another tab adds a vase after the shopper reviewed the basket.
      const current = await fillBasket(t, shopper, [{ productId: products.vase, quantity: 1 }]);

      const stale = await placeOrder(t, shopper, {
        idempotencyKey: idempotencyKey(),
        shippingAddress,
        basketVersion: reviewed,
      });
      expect(stale.order).toBeNull();
      expect(stale.userErrors).toEqual([
        {
          field: 'input.basketVersion',
          code: 'BASKET_CHANGED',
          message: expect.stringContaining(`version ${current}`),
        },
      ]);
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(0);

      const placed = await placeOrder(
        t,
        shopper,
        { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion: current },
        { fields: 'lines { sku quantity }' },
      );
      expect(placed.userErrors).toEqual([]);
      expect(placed.order?.lines).toEqual([
        { sku: 'ORD-CANDLE', quantity: 1 },
        { sku: 'ORD-VASE', quantity: 1 },
      ]);
    });

    it('does not order the same basket twice under different keys', async () => {
      const shopper = await newShopper(t);
      const basketVersion = await fillBasket(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      const first = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(first.userErrors).toEqual([]);
      const second = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(second.userErrors.map((error) => error.code)).toEqual(['EMPTY_BASKET']);
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(1);
    });
  });
});
