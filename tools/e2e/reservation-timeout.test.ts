import { StockReservation } from '@comptoir/catalog';
import { execute, OutboxMessage, waitFor } from '@comptoir/kit';
import { shippingAddress, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitBasketAtCheckout,
  createProducts,
  fillBasket,
  idempotencyKey,
  placeOrder,
  readOrder,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';

/*
 * A stock decision slower than the reservation timeout, on the whole platform: the product's row
 * is held by another transaction while the order waits, so catalog reserves only after orders has
 * given up. The order ends cancelled, RESERVATION_TIMEOUT, and the stock reserved late is released.
 */
describe('a reservation slower than the timeout', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs, rawEnv: { ORDER_RESERVATION_TIMEOUT_SECONDS: '2' } });
  });
  afterAll(() => t?.stop());

  it('cancels the order, RESERVATION_TIMEOUT, and catalog releases what it reserved after', async () => {
    const [lamp] = (await createProducts(t, [{ sku: 'SLOW-LAMP', amount: 2500, stock: 5 }])) as [string];
    const shopper = await signUp(t, 'slow-reservation@example.com');
    const basketVersion = await fillBasket(t, shopper, [{ productId: lamp, quantity: 2 }]);
    await awaitBasketAtCheckout(t, shopper.id, basketVersion);

    let orderId = '';
    await t.em('catalog').transactional(async (tx) => {
      // Catalog's reservation waits on this lock until the order has timed out.
      await execute(tx, 'select id from catalog.product where id = ? for update', [lamp]);
      const placed = await placeOrder(t, shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
      expect(placed.userErrors).toEqual([]);
      orderId = placed.order?.id as string;
      await waitFor(
        async () => (await readOrder(t, shopper, orderId, 'status'))?.status === 'CANCELLED',
        'orders gave up waiting for the stock decision',
      );
    });

    await waitFor(
      async () => (await t.em('catalog').findOne(StockReservation, { orderId }))?.status === 'RELEASED',
      'catalog reserved the stock, then released it',
    );
    expect(await stockOf(t, lamp)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    const order = await readOrder(t, shopper, orderId, 'status cancellationReason');
    expect(order).toEqual({ status: 'CANCELLED', cancellationReason: 'RESERVATION_TIMEOUT' });
    // Catalog's late decision reached orders and changed nothing.
    await waitFor(
      async () => (await t.em('catalog').count(OutboxMessage, { key: orderId, type: 'stock.reserved' })) === 1,
      'catalog announced its decision',
    );
    await t.eventsSettled();
    expect(await t.em('orders').count(OutboxMessage, { key: orderId, type: 'order.confirmed' })).toBe(0);
    expect((await readOrder(t, shopper, orderId, 'status'))?.status).toBe('CANCELLED');
  });
});
