import { OutboxMessage, ProcessedEvent, waitFor } from '@comptoir/kit';
import { orders } from '@comptoir/orders';
import { deliverEventOfVersion, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  cancelOrder,
  checkout,
  fillBasket,
  idempotencyKey,
  newShopper,
  type OrderView,
  orderFields,
  placeOrder,
  readOrder,
  rejectStock,
  reserveStock,
  shippingAddress,
  statuses,
} from './checkout.ts';

// An order's life after it is placed, orders alone on real PostgreSQL: catalog's stock decisions
// (the checkout saga), the customer's cancellation, deliveries' progress, all as delivered events.
describe('an order’s life', () => {
  let t: TestPlatform;
  let products: Record<'candle' | 'vase' | 'lamp' | 'rare', string>;

  const ordersDb = () => t.em('orders');
  /** Whether orders' saga consumer recorded the event as handled. */
  const handled = async (eventId: string) =>
    (await ordersDb().count(ProcessedEvent, { consumer: 'orders.checkout', eventId })) === 1;

  const deliveryId = '01900000-0000-7000-8000-0000000000d1';
  const noParcel = { carrier: null, trackingNumber: null };
  /** Delivers a delivery update as deliveries announces it; resolves once orders applied it. */
  const deliveryUpdate = async (
    orderId: string,
    status: 'LABEL_CREATED' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'CANCELLED',
    parcel: { carrier: string | null; trackingNumber: string | null } = noParcel,
  ) => {
    const event = await t.deliver({
      type: 'delivery.status_changed',
      subject: orderId,
      data: { deliveryId, orderId, status, previousStatus: null, occurredAt: new Date().toISOString(), ...parcel },
      source: '/comptoir/deliveries',
    });
    expect(await handled(event.id), `orders applied delivery ${status}`).toBe(true);
  };
  /** Deliveries refused the customer's cancellation request: the parcel was picked up. */
  const refuseCancellationOf = async (orderId: string, status: 'IN_TRANSIT' | 'FAILED') => {
    const event = await t.deliver({
      type: 'delivery.cancellation_refused',
      subject: orderId,
      data: { deliveryId, orderId, status },
      source: '/comptoir/deliveries',
    });
    expect(await handled(event.id), 'orders applied the refusal').toBe(true);
  };
  const eventsOf = async (orderId: string) =>
    (await ordersDb().find(OutboxMessage, { key: orderId }, { orderBy: { position: 'asc' } }))
      .map((row) => row.type)
      .filter((type) => type.startsWith('order.'));

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
    const [candle, vase, lamp, rare] = await announceProducts(t, [
      { sku: 'ORD-CANDLE', amount: 1250 },
      { sku: 'ORD-VASE', amount: 3900 },
      { sku: 'ORD-LAMP', amount: 8900 },
      { sku: 'ORD-RARE', amount: 2000 },
    ]);
    products = { candle, vase, lamp, rare } as typeof products;
  });
  afterAll(() => t?.stop());

  describe('the checkout saga', () => {
    it('confirms an order once catalog reserved its stock', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 3 }]);
      // The lines order.placed announces; payment.authorized carries them on to catalog.
      const placed = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.placed' });
      expect(placed.data.lines).toEqual([{ productId: products.lamp, quantity: 3 }]);
      expect(placed.data.number).toBe(order.number);

      expect(await handled(await reserveStock(t, order))).toBe(true);
      const confirmed = (await readOrder(t, shopper.token, order.id)) as OrderView;
      expect(confirmed.status).toBe('CONFIRMED');
      expect(statuses(confirmed)).toEqual(['PLACED', 'CONFIRMED']);
      expect(confirmed.cancellationReason).toBeNull();
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.confirmed' });
      expect(event.data).toEqual({
        orderId: order.id,
        number: order.number,
        customerId: shopper.id,
        lines: [{ productId: products.lamp, quantity: 3 }],
        shippingAddress,
      });
    });

    it('cancels an order catalog could not serve, saying which line and why', async () => {
      // Both shoppers put the last two units in their basket; the first order takes them.
      const first = await newShopper(t);
      const second = await newShopper(t);
      await fillBasket(t, second, [
        { productId: products.candle, quantity: 1 },
        { productId: products.rare, quantity: 2 },
      ]);
      const served = await checkout(t, first, [{ productId: products.rare, quantity: 2 }]);
      await reserveStock(t, served);
      expect((await readOrder(t, first.token, served.id, 'status'))?.status).toBe('CONFIRMED');
      const basketVersion = await fillBasket(t, second, [{ productId: products.candle, quantity: 1 }]);
      const placed = await placeOrder(t, second, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(placed.userErrors).toEqual([]);

      const orderId = placed.order?.id as string;
      await rejectStock(t, {
        orderId,
        lines: [
          { productId: products.candle, quantity: 2, available: 998, reason: null },
          { productId: products.rare, quantity: 2, available: 0, reason: 'OUT_OF_STOCK' },
        ],
      });
      const cancelled = (await readOrder(t, second.token, orderId)) as OrderView;
      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.cancellationReason).toBe('OUT_OF_STOCK');
      expect(statuses(cancelled)).toEqual(['PLACED', 'CANCELLED']);
      expect(cancelled.lines.map((line) => [line.sku, line.quantity, line.unavailability])).toEqual([
        ['ORD-CANDLE', 2, null],
        ['ORD-RARE', 2, { reason: 'OUT_OF_STOCK', availableQuantity: 0 }],
      ]);
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: cancelled.id, type: 'order.cancelled' });
      expect(event.data).toEqual({ orderId: cancelled.id, reason: 'OUT_OF_STOCK' });
    });

    it('cancels a placed order at once: it has no delivery yet', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.vase, quantity: 1 }]);
      expect(await cancelOrder(t, shopper, order.id)).toEqual({
        order: { id: order.id, status: 'CANCELLED', cancellationReason: 'CUSTOMER_REQUEST' },
        userErrors: [],
      });
      // What catalog releases the stock on, should it have reserved some meanwhile.
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.cancelled' });
      expect(event.data).toEqual({ orderId: order.id, reason: 'CUSTOMER_REQUEST' });
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancellation_requested' })).toBe(0);
    });

    it('asks the delivery of a confirmed order to cancel, cancels once it accepts, and refuses a cancellation after that', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.vase, quantity: 4 }]);
      await reserveStock(t, order);
      expect((await readOrder(t, shopper.token, order.id, 'status'))?.status).toBe('CONFIRMED');

      const requested = await cancelOrder(t, shopper, order.id);
      expect(requested).toEqual({
        order: { id: order.id, status: 'CANCELLATION_REQUESTED', cancellationReason: null },
        userErrors: [],
      });
      const request = await ordersDb().findOneOrFail(OutboxMessage, {
        key: order.id,
        type: 'order.cancellation_requested',
      });
      expect(request.data).toEqual({ orderId: order.id });
      // Asking again while deliveries decides answers the order as it is, and asks nothing more.
      expect((await cancelOrder(t, shopper, order.id)).order?.status).toBe('CANCELLATION_REQUESTED');
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancellation_requested' })).toBe(1);
      // Nothing is released before the delivery answers.
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancelled' })).toBe(0);

      await deliveryUpdate(order.id, 'CANCELLED');
      const cancelled = (await readOrder(t, shopper.token, order.id)) as OrderView;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'CUSTOMER_REQUEST' });
      expect(statuses(cancelled)).toEqual(['PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'CANCELLED']);
      // What catalog releases the stock on.
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.cancelled' });
      expect(event.data).toEqual({ orderId: order.id, reason: 'CUSTOMER_REQUEST' });

      expect(await cancelOrder(t, shopper, order.id)).toEqual({
        order: null,
        userErrors: [{ field: 'input.orderId', code: 'ORDER_NOT_CANCELLABLE' }],
      });
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancelled' })).toBe(1);
    });

    it('ships an order picked up while its cancellation was being asked, and tells the customer why', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 1 }]);
      await reserveStock(t, order);
      await cancelOrder(t, shopper, order.id);

      // Deliveries saw the pickup first: its IN_TRANSIT, then its refusal, on the order's key.
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      await refuseCancellationOf(order.id, 'IN_TRANSIT');
      const shipped = (await readOrder(t, shopper.token, order.id, `${orderFields} cancellationRefusal`)) as OrderView;
      expect(shipped).toMatchObject({
        status: 'SHIPPED',
        cancellationReason: null,
        cancellationRefusal: 'ALREADY_SHIPPED',
      });
      expect(statuses(shipped)).toEqual(['PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'SHIPPED']);
      // What catalog takes the units off the shelf on; nothing is released.
      expect(await eventsOf(order.id)).toEqual([
        'order.placed',
        'order.confirmed',
        'order.cancellation_requested',
        'order.shipped',
      ]);
    });

    it('ships an order whose refusal comes before its pickup was heard of', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 1 }]);
      await reserveStock(t, order);
      await cancelOrder(t, shopper, order.id);

      // The parcel left and a delivery attempt failed; its IN_TRANSIT never reached orders.
      await refuseCancellationOf(order.id, 'FAILED');
      const shipped = (await readOrder(t, shopper.token, order.id, 'status cancellationRefusal')) as OrderView;
      expect(shipped).toEqual({ status: 'SHIPPED', cancellationRefusal: 'ALREADY_SHIPPED' });
      // The refusal names no parcel: the order ships without one.
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.shipped' });
      expect(event.data).toEqual({ orderId: order.id, ...noParcel });
    });

    it('gives one outcome when the customer cancels while the stock is being reserved', async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 1 }]);
      // The cancellation and catalog's decision race: cancelled at once if it came first, else the
      // confirmed order's delivery is asked.
      const [cancelled, decision] = await Promise.all([cancelOrder(t, shopper, order.id), reserveStock(t, order)]);
      expect(cancelled?.userErrors).toEqual([]);
      expect(await handled(decision)).toBe(true);

      const final = (await readOrder(t, shopper.token, order.id)) as OrderView;
      const count = (type: string) => ordersDb().count(OutboxMessage, { key: order.id, type });
      if (final.status === 'CANCELLED') {
        expect(statuses(final)).toEqual(['PLACED', 'CANCELLED']);
        // One order.cancelled: catalog releases the stock once, whether it had reserved it or not.
        expect(await count('order.cancelled')).toBe(1);
        expect(await count('order.confirmed')).toBe(0);
      } else {
        expect(statuses(final)).toEqual(['PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED']);
        expect(await count('order.cancellation_requested')).toBe(1);
        expect(await count('order.cancelled')).toBe(0);
      }
    });
  });

  describe('deliveries moving orders on', () => {
    /** A CONFIRMED order of a new shopper: placed, then its stock reserved. */
    const confirmedOrder = async () => {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await reserveStock(t, order);
      expect((await readOrder(t, shopper.token, order.id, 'status'))?.status).toBe('CONFIRMED');
      return { shopper, order };
    };

    it('ships then delivers a confirmed order, and ignores what comes late', async () => {
      const { shopper, order } = await confirmedOrder();

      const parcel = { carrier: 'Colissimo', trackingNumber: '6A 123/456' };
      await deliveryUpdate(order.id, 'LABEL_CREATED', parcel);
      expect((await readOrder(t, shopper.token, order.id))?.status).toBe('CONFIRMED');
      await deliveryUpdate(order.id, 'IN_TRANSIT', parcel);
      expect((await readOrder(t, shopper.token, order.id))?.status).toBe('SHIPPED');
      // The customer is told how to follow the parcel the delivery announced.
      const shippedEvent = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.shipped' });
      expect(shippedEvent.data).toEqual({ orderId: order.id, ...parcel });
      expect((await cancelOrder(t, shopper, order.id))?.userErrors).toEqual([
        { field: 'input.orderId', code: 'ORDER_NOT_CANCELLABLE' },
      ]);
      await deliveryUpdate(order.id, 'OUT_FOR_DELIVERY');
      await deliveryUpdate(order.id, 'DELIVERED');
      // Stale and duplicate reports change nothing.
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      await deliveryUpdate(order.id, 'DELIVERED');

      const delivered = (await readOrder(t, shopper.token, order.id)) as OrderView;
      expect(delivered.status).toBe('DELIVERED');
      expect(statuses(delivered)).toEqual(['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
      expect(await eventsOf(order.id)).toEqual(['order.placed', 'order.confirmed', 'order.shipped', 'order.delivered']);
    });

    it('ships without a parcel on a delivery.status_changed 1.0 (deliveries not yet redeployed)', async () => {
      const { order } = await confirmedOrder();
      await deliverEventOfVersion(t.subgraph('orders').transport, {
        type: 'delivery.status_changed',
        subject: order.id,
        version: '1.0',
        data: {
          deliveryId,
          orderId: order.id,
          status: 'IN_TRANSIT',
          previousStatus: 'LABEL_CREATED',
          occurredAt: new Date().toISOString(),
        },
      });
      await waitFor(async () => (await eventsOf(order.id)).includes('order.shipped'), 'the order shipped');
      const shipped = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.shipped' });
      expect(shipped.data).toEqual({ orderId: order.id, ...noParcel });
    });

    it('records both steps when a confirmed order is reported delivered', async () => {
      const { shopper, order } = await confirmedOrder();
      await deliveryUpdate(order.id, 'DELIVERED');
      const delivered = (await readOrder(t, shopper.token, order.id)) as OrderView;
      expect(statuses(delivered)).toEqual(['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
      expect(await eventsOf(order.id)).toEqual(['order.placed', 'order.confirmed', 'order.shipped', 'order.delivered']);
    });

    it('does not ship a cancelled order', async () => {
      const { shopper, order } = await confirmedOrder();
      await cancelOrder(t, shopper, order.id);
      await deliveryUpdate(order.id, 'CANCELLED');
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      expect((await readOrder(t, shopper.token, order.id))?.status).toBe('CANCELLED');
    });
  });
});
