import { randomUUID } from 'node:crypto';
import { archiveProduct, catalog, releaseOrder, reserveOrder } from '@comptoir/catalog';
import type { DomainEvent } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockReservationProbes } from './stock-reservation-probes.ts';

type RejectedLines = DomainEvent<'stock.rejected'>['data']['lines'];

// The catalog's side of the checkout saga on real PostgreSQL, catalog alone: order events arrive as
// the orders subgraph's relay would publish them (in-process; stock-reservations-on-kafka.test.ts
// covers what Kafka adds), and the races run reservations in their own transactions.
describe('stock reservations for placed orders', () => {
  let t: TestPlatform;
  let probes: ReturnType<typeof stockReservationProbes>;

  beforeAll(async () => {
    // Enough connections for the direct races to really run transactions side by side.
    t = await startTestPlatform({ subgraphs: [catalog], env: { DATABASE_POOL_MAX: '20' } });
    probes = stockReservationProbes(t);
  });
  afterAll(() => t?.stop());

  it('never oversells when 50 reservations race in their own transactions', async () => {
    const { em, newProduct, reservationsOf, stockOf } = probes;
    const productId = await newProduct('RACE-DIRECT', 10);

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        em().transactional((tx) =>
          reserveOrder(tx, { orderId: randomUUID(), lines: [{ productId, quantity: 1 }] }, undefined),
        ),
      ),
    );

    expect(outcomes.filter((outcome) => outcome === 'reserved')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'rejected')).toHaveLength(40);
    // A lost update would leave fewer units reserved than reservations made.
    expect(await reservationsOf({ productId })).toHaveLength(10);
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 10, available: 0 });
  });

  describe('all or nothing', () => {
    it('reserves no line when one is out of stock, and says why line by line', async () => {
      const { decisionFor, newProduct, outbox, placeOrder, reservationsOf, stockOf } = probes;
      const plenty = await newProduct('PLENTY', 10);
      const scarce = await newProduct('SCARCE', 1);
      // Ids are UUIDv7, so `plenty` sorts first: it is reserved, then rolled back when `scarce` fails.
      expect(plenty < scarce).toBe(true);
      const orderId = randomUUID();

      await placeOrder(
        [
          { productId: scarce, quantity: 5 },
          { productId: plenty, quantity: 2 },
        ],
        orderId,
      );

      const decision = await decisionFor(orderId);
      expect(decision.type).toBe('stock.rejected');
      expect(decision.data.lines).toEqual([
        { productId: plenty, quantity: 2, available: 10, reason: null },
        { productId: scarce, quantity: 5, available: 1, reason: 'OUT_OF_STOCK' },
      ]);
      expect(await stockOf(plenty)).toEqual({ onHand: 10, reserved: 0, available: 10 });
      expect(await stockOf(scarce)).toEqual({ onHand: 1, reserved: 0, available: 1 });
      expect(await reservationsOf({ orderId })).toEqual([]);
      // Only the level announced at creation: the rejected order changed nothing.
      expect(await outbox({ key: plenty, type: 'stock.changed' })).toHaveLength(1);
    });

    it('rejects unknown and archived products', async () => {
      const { decisionFor, em, newProduct, placeOrder, stockOf } = probes;
      const onSale = await newProduct('ON-SALE', 10);
      const withdrawn = await newProduct('WITHDRAWN', 10);
      await archiveProduct({ em: em(), traceparent: undefined }, withdrawn);
      const missing = randomUUID();
      const unknownOrder = randomUUID();
      const archivedOrder = randomUUID();

      await placeOrder(
        [
          { productId: onSale, quantity: 1 },
          { productId: missing, quantity: 1 },
          { productId: 'not-a-product-id', quantity: 1 },
        ],
        unknownOrder,
      );
      await placeOrder([{ productId: withdrawn, quantity: 1 }], archivedOrder);

      const unknown = await decisionFor(unknownOrder);
      expect(unknown.type).toBe('stock.rejected');
      expect(new Set(unknown.data.lines as RejectedLines)).toEqual(
        new Set([
          { productId: onSale, quantity: 1, available: 10, reason: null },
          { productId: missing, quantity: 1, available: 0, reason: 'UNKNOWN_PRODUCT' },
          { productId: 'not-a-product-id', quantity: 1, available: 0, reason: 'UNKNOWN_PRODUCT' },
        ]),
      );
      const archived = await decisionFor(archivedOrder);
      expect(archived.data.lines).toEqual([{ productId: withdrawn, quantity: 1, available: 0, reason: 'ARCHIVED' }]);
      expect(await stockOf(onSale)).toMatchObject({ reserved: 0 });
      expect(await stockOf(withdrawn)).toMatchObject({ reserved: 0 });
    });

    it('holds the sum of lines naming the same product as one reservation', async () => {
      const { decisionFor, newProduct, placeOrder, reservationsOf, stockOf } = probes;
      const productId = await newProduct('TWICE', 3);
      const orderId = randomUUID();

      await placeOrder(
        [
          { productId, quantity: 2 },
          { productId, quantity: 1 },
        ],
        orderId,
      );

      const decision = await decisionFor(orderId);
      expect(decision.type).toBe('stock.reserved');
      expect(decision.data.lines).toEqual([{ productId, quantity: 3 }]);
      expect((await reservationsOf({ orderId })).map(({ quantity, status }) => ({ quantity, status }))).toEqual([
        { quantity: 3, status: 'RESERVED' },
      ]);
      expect(await stockOf(productId)).toEqual({ onHand: 3, reserved: 3, available: 0 });
    });
  });

  it('gives the stock back when the order is cancelled, once', async () => {
    const { applied, newProduct, outbox, placeOrder, publish, reservationsOf, stockOf } = probes;
    const productId = await newProduct('CANCELLED', 10);
    const orderId = randomUUID();
    await applied(await placeOrder([{ productId, quantity: 4 }], orderId));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 4, available: 6 });

    await applied(await publish('order.cancelled', { orderId, reason: 'customer changed their mind' }));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect((await reservationsOf({ orderId })).map((reservation) => reservation.status)).toEqual(['RELEASED']);

    // A second cancellation (another event) finds nothing left to release.
    await applied(await publish('order.cancelled', { orderId, reason: 'again' }));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    // Creation, reservation, release: nothing more for the second cancellation.
    expect(await outbox({ key: productId, type: 'stock.changed' })).toHaveLength(3);
  });

  it('reserves nothing for an order placed after it was cancelled (its order.placed replayed late)', async () => {
    const { applied, newProduct, outbox, placeOrder, publish, reservationsOf, stockOf } = probes;
    const productId = await newProduct('CANCELLED-FIRST', 10);
    const orderId = randomUUID();
    // order.placed dead-lettered on its way here; orders then cancelled the order (RESERVATION_TIMEOUT).
    await applied(await publish('order.cancelled', { orderId, reason: 'RESERVATION_TIMEOUT' }));

    await applied(await placeOrder([{ productId, quantity: 4 }], orderId));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect(await reservationsOf({ orderId })).toEqual([]);
    expect(await outbox({ key: orderId })).toEqual([]);
  });

  it('releases once when two cancellations race in their own transactions', async () => {
    const { em, newProduct, stockOf } = probes;
    const productId = await newProduct('DOUBLE-CANCELLED', 10);
    const order = { orderId: randomUUID(), lines: [{ productId, quantity: 4 }] };
    await em().transactional((tx) => reserveOrder(tx, order, undefined));
    const release = () => em().transactional((tx) => releaseOrder(tx, order, undefined));

    // Both claim the reservation with a conditional update; the second finds it released.
    expect((await Promise.all([release(), release()])).sort()).toEqual([0, 1]);
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('takes shipped stock off the shelf, and a later cancellation changes nothing', async () => {
    const { applied, newProduct, placeOrder, publish, reservationsOf, stockOf } = probes;
    const productId = await newProduct('SHIPPED', 10);
    const orderId = randomUUID();
    await applied(await placeOrder([{ productId, quantity: 3 }], orderId));

    await applied(await publish('order.shipped', { orderId, carrier: null, trackingNumber: null }));
    expect(await stockOf(productId)).toEqual({ onHand: 7, reserved: 0, available: 7 });
    expect((await reservationsOf({ orderId })).map((reservation) => reservation.status)).toEqual(['CONSUMED']);

    await applied(await publish('order.cancelled', { orderId, reason: 'too late' }));
    expect(await stockOf(productId)).toEqual({ onHand: 7, reserved: 0, available: 7 });
  });

  // The same event delivered twice on one key is stock-reservations-on-kafka.test.ts's case.
  describe('an order placed more than once', () => {
    it('stays rejected when placed again after stock came back', async () => {
      const { em, newProduct, outbox, stockOf } = probes;
      const productId = await newProduct('REJECTED-TWICE', 1);
      const order = { orderId: randomUUID(), lines: [{ productId, quantity: 2 }] };
      const reserve = () => em().transactional((tx) => reserveOrder(tx, order, undefined));
      expect(await reserve()).toBe('rejected');
      await em().getConnection().execute('update catalog.product set stock_on_hand = 5 where id = ?', [productId]);
      expect(await reserve()).toBe('already-handled');
      expect((await stockOf(productId)).reserved).toBe(0);
      expect(await outbox({ key: order.orderId, type: 'stock.rejected' })).toHaveLength(1);
    });

    it('is reserved once when two placements race in their own transactions', async () => {
      const { em, newProduct, stockOf } = probes;
      const productId = await newProduct('DOUBLE-PLACED', 10);
      const order = { orderId: randomUUID(), lines: [{ productId, quantity: 1 }] };
      const reserve = () => em().transactional((tx) => reserveOrder(tx, order, undefined));

      // The loser fails on unique (order_id, product_id) and rolls back; the consumer would retry it.
      const settled = await Promise.allSettled([reserve(), reserve()]);
      expect(settled.filter((result) => result.status === 'fulfilled' && result.value === 'reserved')).toHaveLength(1);
      expect(await reserve()).toBe('already-handled');
      expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 1, available: 9 });
    });
  });
});
