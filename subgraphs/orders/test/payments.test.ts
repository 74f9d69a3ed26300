import { DeadLetter, execute, OutboxMessage, ProcessedEvent, waitFor } from '@comptoir/kit';
import { orders, Payment } from '@comptoir/orders';
import { failFirstInsert, startTestPlatform, type TestPlatform, testCards } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  cancelOrder,
  checkout,
  fillBasket,
  idempotencyKey,
  newShopper,
  type OrderView,
  paymentDecided,
  placeOrder,
  readOrder,
  rejectStock,
  reserveStock,
  type Shopper,
  shippingAddress,
  staffToken,
} from './checkout.ts';

const paymentFields =
  'status amountAuthorized amountCaptured amountRefunded method { brand last4 } actionUrl failureReason events { type amount reason at }';

interface PaymentView {
  status: string;
  amountAuthorized: number;
  amountCaptured: number;
  amountRefunded: number;
  method: { brand: string; last4: string } | null;
  actionUrl: string | null;
  failureReason: string | null;
  events: Array<{ type: string; amount: number | null; reason: string | null; at: string }>;
}

// Orders' payments, orders alone on real PostgreSQL with the test provider in-process: every
// provider call is made by orders' own consumer of its events; catalog's and deliveries' answers
// are delivered as their events.
describe('payments', () => {
  let t: TestPlatform;
  let candle: string;
  let lamp: string;
  let admin: string;

  const ordersDb = () => t.em('orders');
  const outboxTypes = async (orderId: string) =>
    (await ordersDb().find(OutboxMessage, { key: orderId }, { orderBy: { position: 'asc' } })).map((row) => row.type);
  const paymentOf = async (token: string, orderId: string) =>
    (await readOrder(t, token, orderId, `status cancellationReason payment { ${paymentFields} }`)) as unknown as {
      status: string;
      cancellationReason: string | null;
      payment: PaymentView;
    };
  const paymentStatus = async (orderId: string) => (await ordersDb().findOne(Payment, { orderId }))?.status;
  const awaitPaymentStatus = (orderId: string, status: string) =>
    waitFor(async () => (await paymentStatus(orderId)) === status, `the payment of ${orderId} is ${status}`);
  const deliveryUpdate = async (orderId: string, status: 'IN_TRANSIT' | 'DELIVERED' | 'CANCELLED') => {
    const event = await t.deliver({
      type: 'delivery.status_changed',
      subject: orderId,
      data: {
        deliveryId: '01900000-0000-7000-8000-0000000000d2',
        orderId,
        status,
        previousStatus: null,
        occurredAt: new Date().toISOString(),
        carrier: null,
        trackingNumber: null,
      },
      source: '/comptoir/deliveries',
    });
    await waitFor(
      async () => (await ordersDb().count(ProcessedEvent, { consumer: 'orders.checkout', eventId: event.id })) === 1,
      `orders applied delivery ${status}`,
    );
  };
  const refund = async (token: string, input: { orderId: string; amount: number; reason: string }) => {
    const { body } = await t.graphql<{
      refundPayment: { order: { id: string } | null; userErrors: Array<{ field: string; code: string }> };
    }>(
      'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { order { id } userErrors { field code } } }',
      { input },
      { token },
    );
    return body;
  };
  /** A confirmed order, paid with the approved card: what ships. */
  const confirmedOrder = async (shopper: Shopper, productId = candle): Promise<OrderView> => {
    const order = await checkout(t, shopper, [{ productId, quantity: 2 }]);
    await reserveStock(t, order);
    await waitFor(
      async () => (await readOrder(t, shopper.token, order.id, 'status'))?.status === 'CONFIRMED',
      'the order is confirmed',
    );
    return order;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
    [candle, lamp] = (await announceProducts(t, [
      { sku: 'PAY-CANDLE', amount: 1250 },
      { sku: 'PAY-LAMP', amount: 7331 },
    ])) as [string, string];
    admin = await staffToken(t, 'ADMIN');
  });
  afterAll(() => t?.stop());

  it('authorizes the total of an approved card, announces it with the lines, and captures it when the order ships', async () => {
    const shopper = await newShopper(t);
    const order = await confirmedOrder(shopper);

    const authorized = await paymentOf(shopper.token, order.id);
    expect(authorized.payment).toMatchObject({
      status: 'AUTHORIZED',
      amountAuthorized: order.total.amount,
      amountCaptured: 0,
      method: { brand: 'visa', last4: '4242' },
      actionUrl: null,
    });
    expect(authorized.payment.events.map((event) => event.type)).toEqual(['AUTHORIZATION_REQUESTED', 'AUTHORIZED']);
    const announced = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'payment.authorized' });
    expect(announced.data).toMatchObject({
      orderId: order.id,
      amount: order.total,
      lines: [{ productId: candle, quantity: 2 }],
    });
    // Staff read it too.
    expect((await paymentOf(admin, order.id)).payment.status).toBe('AUTHORIZED');

    await deliveryUpdate(order.id, 'IN_TRANSIT');
    await awaitPaymentStatus(order.id, 'CAPTURED');
    const captured = await paymentOf(shopper.token, order.id);
    expect(captured.payment).toMatchObject({ amountCaptured: order.total.amount, amountRefunded: 0 });
    expect(await outboxTypes(order.id)).toContain('payment.captured');
  });

  it('cancels the order of a declined card with PAYMENT_DECLINED and the provider’s reason, and announces no authorization', async () => {
    for (const [token, reason] of [
      [testCards.declined, 'card_declined'],
      [testCards.insufficientFunds, 'insufficient_funds'],
    ] as const) {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: candle, quantity: 1 }], { payment: { token } });
      await paymentDecided(t, order.id);
      const declined = await paymentOf(shopper.token, order.id);
      expect(declined).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'PAYMENT_DECLINED',
        payment: { status: 'FAILED', failureReason: reason, amountAuthorized: 0 },
      });
      expect(declined.payment.events.at(-1)).toMatchObject({ type: 'FAILED', reason });
      expect(await outboxTypes(order.id)).toEqual(['order.placed', 'payment.failed', 'order.cancelled']);
    }
  });

  it('refuses a payment token that is no token, and places nothing', async () => {
    const shopper = await newShopper(t);
    const basketVersion = await fillBasket(t, shopper, [{ productId: candle, quantity: 1 }]);
    for (const token of ['', 'tok 4242', 'x'.repeat(256)]) {
      const refused = await placeOrder(t, shopper, {
        shippingAddress,
        idempotencyKey: idempotencyKey(),
        basketVersion,
        payment: { token },
      });
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ field: 'input.payment.token', code: 'INVALID_PAYMENT_TOKEN' }),
      ]);
    }
  });

  it('retries an unreachable provider, dead-letters the authorization after the last attempt, and closes the payment on cancellation', async () => {
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: candle, quantity: 1 }], {
      payment: { token: testCards.networkError },
    });
    await waitFor(
      async () => (await ordersDb().count(DeadLetter, { consumer: 'orders.payments', key: order.id })) === 1,
      'the authorization was dead-lettered after its retries',
    );
    const [deadLetter] = await ordersDb().find(DeadLetter, { consumer: 'orders.payments', key: order.id });
    expect(deadLetter?.type).toBe('order.placed');
    expect(deadLetter?.reason).toMatch(/could not reach/);
    expect(await paymentOf(shopper.token, order.id)).toMatchObject({
      status: 'PLACED',
      payment: { status: 'PENDING' },
    });

    // Cancelled (by the customer here; by the timeout sweep otherwise): closed, the token erased.
    expect((await cancelOrder(t, shopper, order.id)).userErrors).toEqual([]);
    await awaitPaymentStatus(order.id, 'VOIDED');
    const closed = await ordersDb().findOneOrFail(Payment, { orderId: order.id });
    expect(closed.authorizationToken).toBeNull();
    expect(await outboxTypes(order.id)).toEqual(['order.placed', 'order.cancelled']);
  });

  it('voids the authorization of an order catalog could not serve', async () => {
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: candle, quantity: 1 }]);
    await rejectStock(t, {
      orderId: order.id,
      lines: [{ productId: candle, quantity: 1, available: 0, reason: 'OUT_OF_STOCK' }],
    });
    await awaitPaymentStatus(order.id, 'VOIDED');
    expect(await outboxTypes(order.id)).toEqual([
      'order.placed',
      'payment.authorized',
      'order.cancelled',
      'payment.voided',
    ]);
  });

  it('voids the authorization when the customer cancels before shipping, placed or confirmed', async () => {
    const early = await newShopper(t);
    const placed = await checkout(t, early, [{ productId: candle, quantity: 1 }]);
    await paymentDecided(t, placed.id);
    expect((await cancelOrder(t, early, placed.id)).userErrors).toEqual([]);
    await awaitPaymentStatus(placed.id, 'VOIDED');

    const late = await newShopper(t);
    const confirmed = await confirmedOrder(late);
    expect((await cancelOrder(t, late, confirmed.id)).order?.status).toBe('CANCELLATION_REQUESTED');
    expect(await paymentStatus(confirmed.id)).toBe('AUTHORIZED');
    await deliveryUpdate(confirmed.id, 'CANCELLED');
    await awaitPaymentStatus(confirmed.id, 'VOIDED');
    const voided = await paymentOf(late.token, confirmed.id);
    expect(voided.payment.events.at(-1)).toMatchObject({ type: 'VOIDED', reason: 'order_cancelled' });
  });

  it('refunds a captured payment in parts up to the captured amount, for orders:admin only', async () => {
    const shopper = await newShopper(t);
    const order = await confirmedOrder(shopper);
    const total = order.total.amount;
    for (const [input, field, code] of [
      [{ orderId: order.id, amount: 0, reason: 'nothing' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ orderId: order.id, amount: 100, reason: '  ' }, 'input.reason', 'INVALID_REASON'],
      [{ orderId: order.id, amount: 100, reason: 'x'.repeat(501) }, 'input.reason', 'INVALID_REASON'],
      [{ orderId: 'not-an-id', amount: 100, reason: 'malformed' }, 'input.orderId', 'INVALID'],
      [
        { orderId: '01900000-0000-7000-8000-000000000000', amount: 100, reason: 'unknown' },
        'input.orderId',
        'ORDER_NOT_FOUND',
      ],
    ] as const) {
      expect((await refund(admin, input)).data?.refundPayment.userErrors).toEqual([{ field, code }]);
    }
    const notCaptured = await refund(admin, { orderId: order.id, amount: 100, reason: 'goodwill' });
    expect(notCaptured.data?.refundPayment.userErrors).toEqual([
      { field: 'input.orderId', code: 'PAYMENT_NOT_CAPTURED' },
    ]);

    await deliveryUpdate(order.id, 'DELIVERED');
    await awaitPaymentStatus(order.id, 'CAPTURED');
    const asCustomer = await refund(shopper.token, { orderId: order.id, amount: 100, reason: 'mine' });
    expect(asCustomer.data?.refundPayment ?? null).toBeNull();
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await refund(admin, { orderId: order.id, amount: 1000, reason: 'one candle broken' })).data).toEqual({
      refundPayment: { order: { id: order.id }, userErrors: [] },
    });
    await awaitPaymentStatus(order.id, 'PARTIALLY_REFUNDED');
    const beyond = await refund(admin, { orderId: order.id, amount: total - 999, reason: 'too much' });
    expect(beyond.data?.refundPayment.userErrors).toEqual([{ field: 'input.amount', code: 'REFUND_EXCEEDS_CAPTURED' }]);
    await refund(admin, { orderId: order.id, amount: total - 1000, reason: 'order returned' });
    await awaitPaymentStatus(order.id, 'REFUNDED');

    const refunded = await paymentOf(admin, order.id);
    expect(refunded.payment).toMatchObject({ amountCaptured: total, amountRefunded: total });
    expect(refunded.payment.events.filter((event) => event.type === 'REFUNDED')).toEqual([
      expect.objectContaining({ amount: 1000, reason: 'one candle broken' }),
      expect.objectContaining({ amount: total - 1000, reason: 'order returned' }),
    ]);
    expect((await outboxTypes(order.id)).filter((type) => type === 'payment.refunded')).toHaveLength(2);
    const more = await refund(admin, { orderId: order.id, amount: 1, reason: 'again' });
    expect(more.data?.refundPayment.userErrors).toEqual([{ field: 'input.amount', code: 'REFUND_EXCEEDS_CAPTURED' }]);
  });

  it('waits for the customer’s authentication (3-D Secure), then goes on to the stock once they complete it', async () => {
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: candle, quantity: 1 }], {
      payment: { token: testCards.authenticationRequired },
    });
    await paymentDecided(t, order.id);
    const waiting = await paymentOf(shopper.token, order.id);
    expect(waiting).toMatchObject({ status: 'PAYMENT_ACTION_REQUIRED', payment: { status: 'ACTION_REQUIRED' } });
    const actionUrl = waiting.payment.actionUrl as string;
    expect(actionUrl).toMatch(/^http:\/\//);
    expect(await outboxTypes(order.id)).toEqual(['order.placed']);

    // The customer completes the challenge on the provider's page, as their browser would post it.
    const completed = await fetch(actionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=complete',
    });
    expect(completed.status).toBe(200);
    await awaitPaymentStatus(order.id, 'AUTHORIZED');
    const authorized = await paymentOf(shopper.token, order.id);
    expect(authorized).toMatchObject({ status: 'PLACED', payment: { actionUrl: null } });
    expect(await outboxTypes(order.id)).toEqual(['order.placed', 'payment.authorized']);
    await reserveStock(t, order);
    await waitFor(
      async () => (await readOrder(t, shopper.token, order.id, 'status'))?.status === 'CONFIRMED',
      'the authenticated order is confirmed',
    );
  });

  it('cancels the order with PAYMENT_DECLINED when the customer fails the authentication', async () => {
    const shopper = await newShopper(t);
    const order = await checkout(t, shopper, [{ productId: candle, quantity: 1 }], {
      payment: { token: testCards.authenticationRequired },
    });
    await awaitPaymentStatus(order.id, 'ACTION_REQUIRED');
    const { payment } = await paymentOf(shopper.token, order.id);
    const failed = await fetch(payment.actionUrl as string, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=fail',
    });
    expect(failed.status).toBe(200);
    await awaitPaymentStatus(order.id, 'FAILED');
    expect(await paymentOf(shopper.token, order.id)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'PAYMENT_DECLINED',
      payment: { failureReason: 'authentication_failed', actionUrl: null },
    });
    expect(await outboxTypes(order.id)).toEqual(['order.placed', 'payment.failed', 'order.cancelled']);
  });

  it('authorizes once when orders fails to commit after the provider answered: the retry gets the same answer', async () => {
    // Stands in for a crash between the provider's answer and our commit: the first transaction
    // recording this order's authorization fails.
    const db = ordersDb();
    const crash = await failFirstInsert(db, 'orders.payment_event', "new.type = 'AUTHORIZED' and new.amount = 7331");
    try {
      const shopper = await newShopper(t);
      const order = await checkout(t, shopper, [{ productId: lamp, quantity: 1 }]);
      expect(order.total.amount).toBe(7331);
      await awaitPaymentStatus(order.id, 'AUTHORIZED');
      expect(await crash.failures()).toBe(1);

      // One authorization at the provider for this order, one announced, nothing dead-lettered.
      const [held] = await execute<{ count: string }>(
        db,
        'select count(*) from orders.test_provider_authorization where reference = ?',
        [order.number],
      );
      expect(Number(held?.count)).toBe(1);
      expect((await outboxTypes(order.id)).filter((type) => type === 'payment.authorized')).toHaveLength(1);
      expect(await db.count(DeadLetter, { consumer: 'orders.payments', key: order.id })).toBe(0);
    } finally {
      await crash.remove();
    }
  });

  it('keeps nothing card-like: no 13 to 19 digit run in any orders table after these checkouts', async () => {
    await t.eventsSettled();
    const tables = await execute<{ table_name: string }>(
      ordersDb(),
      // Migration names are timestamps, not card numbers.
      `select table_name from information_schema.tables
        where table_schema = 'orders' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const { table_name } of tables) {
      const [found] = await execute<{ count: string }>(
        ordersDb(),
        `select count(*) from orders."${table_name}" as row where row::text ~ '(^|[^0-9])[0-9]{13,19}([^0-9]|$)'`,
      );
      expect(Number(found?.count), `orders.${table_name}`).toBe(0);
    }
  });
});
