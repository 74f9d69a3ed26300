import { ConfigError, OutboxMessage, waitFor } from '@comptoir/kit';
import { Order, orders, ordersConfig } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  checkout,
  newShopper,
  type OrderView,
  readOrder,
  reserveStock,
  statuses,
} from './checkout.ts';

// An order.placed whose stock decision never comes (dead-lettered on the way, or its answer) must
// not leave the order PLACED forever: orders alone, with a two-second timeout, and no catalog.
describe('orders whose stock decision never comes', () => {
  let t: TestPlatform;
  let candle: string;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders], rawEnv: { ORDER_RESERVATION_TIMEOUT_SECONDS: '2' } });
    [candle] = (await announceProducts(t, [{ sku: 'ORD-CANDLE', amount: 1250 }])) as [string];
  });
  afterAll(() => t?.stop());

  it('cancels a placed order past the timeout, tells the customer why and catalog to release, and leaves confirmed ones', async () => {
    // Confirmed long ago: old enough for the sweep, which must leave it alone.
    const served = await newShopper(t);
    const confirmed = await checkout(t, served, [{ productId: candle, quantity: 1 }]);
    await reserveStock(t, confirmed);
    await t.em('orders').nativeUpdate(Order, { id: confirmed.id }, { placedAt: new Date(Date.now() - 3_600_000) });
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: candle, quantity: 2 }]);
    expect(order.status).toBe('PLACED');

    await waitFor(
      async () => (await readOrder(t, shopper.token, order.id, 'status'))?.status === 'CANCELLED',
      'the sweep cancelled the unanswered order',
    );
    const cancelled = (await readOrder(t, shopper.token, order.id)) as OrderView;
    expect(cancelled.cancellationReason).toBe('RESERVATION_TIMEOUT');
    expect(statuses(cancelled)).toEqual(['PLACED', 'CANCELLED']);
    // What catalog releases the stock on, had it reserved some.
    const event = await t.em('orders').findOneOrFail(OutboxMessage, { key: order.id, type: 'order.cancelled' });
    expect(event.data).toEqual({ orderId: order.id, reason: 'RESERVATION_TIMEOUT' });
    expect((await readOrder(t, served.token, confirmed.id, 'status'))?.status).toBe('CONFIRMED');

    // The decision coming after all changes nothing: catalog releases on the order.cancelled that follows it.
    await reserveStock(t, order);
    expect((await readOrder(t, shopper.token, order.id, 'status'))?.status).toBe('CANCELLED');
    expect(await t.em('orders').count(OutboxMessage, { key: order.id, type: 'order.confirmed' })).toBe(0);
  });

  it('refuses a timeout that is not a whole number of seconds from 1 to 86400, naming the variable', () => {
    for (const value of ['0', '-5', '1.5', 'soon', '86401']) {
      expect(() => ordersConfig({ ORDER_RESERVATION_TIMEOUT_SECONDS: value })).toThrow(ConfigError);
      expect(() => ordersConfig({ ORDER_RESERVATION_TIMEOUT_SECONDS: value })).toThrow(
        /ORDER_RESERVATION_TIMEOUT_SECONDS/,
      );
    }
    expect(ordersConfig({}).reservationTimeoutMs).toBe(15 * 60_000);
  });
});
