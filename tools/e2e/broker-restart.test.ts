import { OutboxMessage, waitFor } from '@comptoir/kit';
import { shippingAddress, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitBasketAtCheckout,
  createProducts,
  fillBasket,
  idempotencyKey,
  type OrderView,
  placeOrder,
  readOrder,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';
import { type DedicatedBroker, startDedicatedBroker } from './dedicated-broker.ts';

describe('checkout across a Kafka broker restart', () => {
  let broker: DedicatedBroker;
  let platform: TestPlatform;
  const t = () => platform;

  beforeAll(async () => {
    // A broker of this test's own: restarting the suite's shared one would disturb other files.
    broker = await startDedicatedBroker();
    // Connection errors are the point of this test: kafkajs would log dozens of them.
    platform = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: broker.brokers, LOG_LEVEL: 'fatal' } });
  }, 180_000);
  afterAll(async () => {
    await platform?.stop();
    await broker?.remove();
  });

  it('an order placed while the broker is down is confirmed once it is back', async () => {
    const [clock] = await createProducts(t(), [{ sku: 'E2E-CLOCK', amount: 5600, stock: 3 }]);
    const shopper = await signUp(t(), 'e2e-outage@example.com');
    const basketVersion = await fillBasket(t(), shopper, [{ productId: clock as string, quantity: 1 }]);

    // Checkout has the basket (basket.changed arrived) before the broker goes away.
    await awaitBasketAtCheckout(t(), shopper.id, basketVersion);
    await broker.stop();
    const placed = await placeOrder(t(), shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
    expect(placed.userErrors).toEqual([]);
    // Nothing can confirm it while the broker is away: order.placed waits in the outbox.
    const orderPlaced = { key: placed.order?.id as string, type: 'order.placed' };
    expect(await t().em('orders').findOneOrFail(OutboxMessage, orderPlaced)).toMatchObject({ publishedAt: null });
    expect((await readOrder(t(), shopper, placed.order?.id as string))?.status).toBe('PLACED');

    await broker.start();
    let confirmed: OrderView | null = null;
    await waitFor(
      async () => {
        confirmed = await readOrder(t(), shopper, placed.order?.id as string);
        return confirmed?.status === 'CONFIRMED';
      },
      'the order is confirmed after the broker returned',
      120_000,
    );
    expect((confirmed as OrderView | null)?.statusHistory.map((change) => change.status)).toEqual([
      'PLACED',
      'CONFIRMED',
    ]);
    expect(await stockOf(t(), clock as string)).toEqual({ onHand: 3, reserved: 1, available: 2 });
  }, 180_000);
});
