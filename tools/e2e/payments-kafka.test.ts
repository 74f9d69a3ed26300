import { execute, waitFor } from '@comptoir/kit';
import {
  failFirstInsert,
  requireKafkaBrokers,
  shippingAddress,
  startTestPlatform,
  type TestPlatform,
  testCards,
} from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitBasketAtCheckout,
  awaitOrderStatus,
  checkout,
  createProducts,
  fillBasket,
  idempotencyKey,
  type OrderView,
  placeOrder,
  readOrder,
  type Shopper,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';

type UserErrors = Array<{ field: string | null; code: string }>;

interface PaymentView {
  status: string;
  amountAuthorized: number;
  amountCaptured: number;
  amountRefunded: number;
  method: { brand: string; last4: string } | null;
  actionUrl: string | null;
  failureReason: string | null;
  events: Array<{ type: string; amount: number | null; reason: string | null }>;
}
const PAYMENT =
  'payment { status amountAuthorized amountCaptured amountRefunded method { brand last4 } actionUrl failureReason events { type amount reason } }';

/** The saga with payment, every subgraph on real Kafka and PostgreSQL, through the router. */
function paying(t: () => TestPlatform) {
  let shoppers = 0;
  const newShopper = () => signUp(t(), `payer-${++shoppers}-${uuidv7()}@example.com`);
  const paymentOf = async (viewer: Shopper | string, orderId: string) =>
    ((await readOrder(t(), viewer, orderId, `status cancellationReason ${PAYMENT}`)) as unknown as {
      status: string;
      cancellationReason: string | null;
      payment: PaymentView;
    }) ?? null;
  const awaitPayment = async (viewer: Shopper | string, orderId: string, status: string) => {
    let seen: PaymentView | null = null;
    await waitFor(async () => {
      seen = (await paymentOf(viewer, orderId))?.payment ?? null;
      return seen?.status === status;
    }, `the payment of ${orderId} is ${status}`);
    return seen as unknown as PaymentView;
  };
  /** The customer answers the provider's 3-D Secure page, as their browser posts it. */
  const authenticate = async (actionUrl: string, outcome: 'complete' | 'fail') => {
    const answered = await fetch(actionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `outcome=${outcome}`,
    });
    expect(answered.status).toBe(200);
  };
  return { newShopper, paymentOf, awaitPayment, authenticate };
}

describe('payments in the checkout saga on Kafka, through the router', () => {
  const brokers = requireKafkaBrokers();
  let platform: TestPlatform;
  const t = () => platform;
  const { newShopper, paymentOf, awaitPayment, authenticate } = paying(t);
  let lamp: string;
  let admin: string;
  const carrierOrganization = uuidv7();
  let carrierToken: string;

  const carrier = async (mutation: string, input: Record<string, unknown>) => {
    const { body } = await t().graphql<Record<string, { delivery: { status: string } | null; userErrors: UserErrors }>>(
      `mutation ($input: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { delivery { status } userErrors { code } } }`,
      { input },
      { token: carrierToken },
    );
    expect(body.data?.[mutation]?.userErrors).toEqual([]);
  };
  /** Deliveries opens the confirmed order's delivery; staff give it to the carrier, who picks it up. */
  const ship = async (shopper: Shopper, orderId: string) => {
    let deliveryId = '';
    await waitFor(async () => {
      const read = (await readOrder(t(), shopper, orderId, 'delivery { id }')) as unknown as {
        delivery: { id: string } | null;
      };
      deliveryId = read.delivery?.id ?? '';
      return deliveryId !== '';
    }, 'deliveries opened a delivery');
    const staff = await t().token({ sub: uuidv7(), roles: ['ADMIN'], scope: 'deliveries:admin' });
    const { body } = await t().graphql<{ assignDeliveryToCarrier: { userErrors: UserErrors } }>(
      'mutation ($input: AssignDeliveryToCarrierInput!) { assignDeliveryToCarrier(input: $input) { userErrors { code } } }',
      { input: { deliveryId, carrierOrganizationId: carrierOrganization } },
      { token: staff },
    );
    expect(body.data?.assignDeliveryToCarrier.userErrors).toEqual([]);
    await carrier('assignCarrier', { deliveryId, carrier: 'Colissimo', trackingNumber: `PAY-${uuidv7()}` });
    await carrier('addTrackingEvent', { deliveryId, status: 'IN_TRANSIT', location: 'Lyon' });
    return deliveryId;
  };
  const refund = async (input: { orderId: string; amount: number; reason: string }) => {
    const { body } = await t().graphql<{ refundPayment: { userErrors: UserErrors } }>(
      'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { order { id } userErrors { field code } } }',
      { input },
      { token: admin },
    );
    return body.data?.refundPayment.userErrors;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: brokers, DATABASE_POOL_MAX: '10' } });
    [lamp] = (await createProducts(t(), [{ sku: 'PAY-E2E-LAMP', amount: 2450, stock: 50 }])) as [string];
    admin = await t().token({ sub: uuidv7(), roles: ['ADMIN'], scope: 'orders:admin orders:read' });
    carrierToken = await t().token({
      sub: uuidv7(),
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: carrierOrganization, kind: 'CARRIER' },
    });
    await t().deliver({
      type: 'partner_organization.created',
      subject: carrierOrganization,
      data: { organizationId: carrierOrganization, name: 'Colissimo', kind: 'CARRIER' },
    });
  });
  afterAll(() => platform?.stop());

  it('approved card → CONFIRMED → shipped → captured; delivered → refunded in parts, never beyond the capture', async () => {
    const shopper = await newShopper();
    const order = await checkout(t(), shopper, [{ productId: lamp, quantity: 2 }]);
    await awaitOrderStatus(t(), shopper, order.id, 'CONFIRMED');
    const authorized = await awaitPayment(shopper, order.id, 'AUTHORIZED');
    expect(authorized).toMatchObject({
      amountAuthorized: order.total.amount,
      method: { brand: 'visa', last4: '4242' },
    });

    const deliveryId = await ship(shopper, order.id);
    await awaitOrderStatus(t(), shopper, order.id, 'SHIPPED');
    expect(await awaitPayment(shopper, order.id, 'CAPTURED')).toMatchObject({ amountCaptured: order.total.amount });

    await carrier('markDelivered', { deliveryId, location: 'Lyon 2e' });
    await awaitOrderStatus(t(), shopper, order.id, 'DELIVERED');
    expect(await refund({ orderId: order.id, amount: 500, reason: 'scratched' })).toEqual([]);
    await awaitPayment(admin, order.id, 'PARTIALLY_REFUNDED');
    expect(await refund({ orderId: order.id, amount: order.total.amount, reason: 'too much' })).toEqual([
      { field: 'input.amount', code: 'REFUND_EXCEEDS_CAPTURED' },
    ]);
    expect(await refund({ orderId: order.id, amount: order.total.amount - 500, reason: 'returned' })).toEqual([]);
    const refunded = await awaitPayment(shopper, order.id, 'REFUNDED');
    expect(refunded.amountRefunded).toBe(order.total.amount);
    expect(refunded.events.map((event) => event.type)).toEqual([
      'AUTHORIZATION_REQUESTED',
      'AUTHORIZED',
      'CAPTURED',
      'REFUND_REQUESTED',
      'REFUNDED',
      'REFUND_REQUESTED',
      'REFUNDED',
    ]);
  });

  it('declined card → CANCELLED with PAYMENT_DECLINED and the reason, stock untouched', async () => {
    const shopper = await newShopper();
    const before = await stockOf(t(), lamp);
    const order = await checkout(t(), shopper, [{ productId: lamp, quantity: 1 }], {
      payment: { token: testCards.insufficientFunds },
    });
    const cancelled = await awaitOrderStatus(t(), shopper, order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('PAYMENT_DECLINED');
    expect((await paymentOf(shopper, order.id))?.payment).toMatchObject({
      status: 'FAILED',
      failureReason: 'insufficient_funds',
    });
    await t().eventsSettled();
    expect(await stockOf(t(), lamp)).toEqual(before);
  });

  it('3-D Secure → PAYMENT_ACTION_REQUIRED → the customer completes it → CONFIRMED with stock reserved', async () => {
    const shopper = await newShopper();
    const before = await stockOf(t(), lamp);
    const order = await checkout(t(), shopper, [{ productId: lamp, quantity: 1 }], {
      payment: { token: testCards.authenticationRequired },
    });
    await awaitOrderStatus(t(), shopper, order.id, 'PAYMENT_ACTION_REQUIRED');
    const waiting = await awaitPayment(shopper, order.id, 'ACTION_REQUIRED');
    expect(await stockOf(t(), lamp)).toEqual(before);

    await authenticate(waiting.actionUrl as string, 'complete');
    const confirmed = await awaitOrderStatus(t(), shopper, order.id, 'CONFIRMED');
    expect(confirmed.statusHistory.map((step) => step.status)).toEqual([
      'PLACED',
      'PAYMENT_ACTION_REQUIRED',
      'PLACED',
      'CONFIRMED',
    ]);
    expect((await stockOf(t(), lamp))?.reserved).toBe((before?.reserved ?? 0) + 1);
  });

  it('stock rejected after authorization → the authorization is voided', async () => {
    const [scarce] = (await createProducts(t(), [{ sku: 'PAY-E2E-SCARCE', amount: 1990, stock: 1 }])) as [string];
    // The last one is in this shopper's basket when another shopper orders it first.
    const shopper = await newShopper();
    const basketVersion = await fillBasket(t(), shopper, [{ productId: scarce, quantity: 1 }]);
    const first = await newShopper();
    await awaitOrderStatus(
      t(),
      first,
      (await checkout(t(), first, [{ productId: scarce, quantity: 1 }])).id,
      'CONFIRMED',
    );
    await awaitBasketAtCheckout(t(), shopper.id, basketVersion);
    const placed = await placeOrder(t(), shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
    expect(placed.userErrors).toEqual([]);
    const order = placed.order as OrderView;
    const cancelled = await awaitOrderStatus(t(), shopper, order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('OUT_OF_STOCK');
    const voided = await awaitPayment(shopper, order.id, 'VOIDED');
    expect(voided.events.map((event) => event.type)).toEqual(['AUTHORIZATION_REQUESTED', 'AUTHORIZED', 'VOIDED']);
  });

  it('cancelled before shipping → the authorization is voided and the stock released', async () => {
    const shopper = await newShopper();
    const before = await stockOf(t(), lamp);
    const order: OrderView = await checkout(t(), shopper, [{ productId: lamp, quantity: 1 }]);
    await awaitOrderStatus(t(), shopper, order.id, 'CONFIRMED');
    const { body } = await t().graphql<{ cancelOrder: { userErrors: UserErrors } }>(
      'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { userErrors { code } } }',
      { id: order.id },
      { token: shopper.token },
    );
    expect(body.data?.cancelOrder.userErrors).toEqual([]);
    await awaitOrderStatus(t(), shopper, order.id, 'CANCELLED');
    expect((await awaitPayment(shopper, order.id, 'VOIDED')).amountCaptured).toBe(0);
    await waitFor(async () => (await stockOf(t(), lamp))?.reserved === before?.reserved, 'catalog released the stock');
  });

  it('a commit failing after the provider captured → the event comes again, the capture is made once', async () => {
    // Stands in for the process dying between the provider's answer and our commit: the first
    // transaction recording a capture of this amount fails.
    const [clock] = (await createProducts(t(), [{ sku: 'PAY-E2E-CLOCK', amount: 6131, stock: 5 }])) as [string];
    const db = t().em('orders');
    const crash = await failFirstInsert(db, 'orders.payment_event', "new.type = 'CAPTURED' and new.amount = 6131");
    try {
      const shopper = await newShopper();
      const order = await checkout(t(), shopper, [{ productId: clock, quantity: 1 }]);
      expect(order.total.amount).toBe(6131);
      await awaitOrderStatus(t(), shopper, order.id, 'CONFIRMED');
      await ship(shopper, order.id);
      expect(await awaitPayment(shopper, order.id, 'CAPTURED')).toMatchObject({ amountCaptured: 6131 });
      expect(await crash.failures()).toBe(1);
      // The provider captured 6131 once, whatever the number of calls with the key.
      const [held] = await execute<{ captured_amount: string }>(
        db,
        'select captured_amount from orders.test_provider_authorization where reference = ?',
        [order.number],
      );
      expect(Number(held?.captured_amount)).toBe(6131);
      const captured = await paymentOf(shopper, order.id);
      expect(captured?.payment.events.filter((event) => event.type === 'CAPTURED')).toHaveLength(1);
    } finally {
      await crash.remove();
    }
  });

  it('keeps nothing card-like: no 13 to 19 digit run in any orders table after these checkouts', async () => {
    await t().eventsSettled();
    const db = t().em('orders');
    // Migration names are timestamps, not card numbers.
    const tables = await execute<{ table_name: string }>(
      db,
      `select table_name from information_schema.tables
        where table_schema = 'orders' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
    );
    for (const { table_name } of tables) {
      const [found] = await execute<{ count: string }>(
        db,
        // The client's idempotency keys are its own strings (these tests put a Date.now() in them).
        `select count(*) from orders."${table_name}" as row
          where (to_jsonb(row) - 'idempotency_key')::text ~ '(^|[^0-9A-Za-z])[0-9]{13,19}([^0-9]|$)'`,
      );
      expect(Number(found?.count), `orders.${table_name}`).toBe(0);
    }
  });
});

describe('a payment never authenticated, on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let platform: TestPlatform;
  const t = () => platform;
  const { newShopper, awaitPayment } = paying(t);

  beforeAll(async () => {
    platform = await startTestPlatform({
      subgraphs,
      env: { KAFKA_BROKERS: brokers, DATABASE_POOL_MAX: '10' },
      rawEnv: { ORDER_RESERVATION_TIMEOUT_SECONDS: '3' },
    });
  });
  afterAll(() => platform?.stop());

  it('is cancelled after the timeout (RESERVATION_TIMEOUT) and its authorization voided; stock untouched', async () => {
    const [vase] = (await createProducts(t(), [{ sku: 'PAY-E2E-VASE', amount: 3900, stock: 5 }])) as [string];
    const shopper = await newShopper();
    const order = await checkout(t(), shopper, [{ productId: vase, quantity: 1 }], {
      payment: { token: testCards.authenticationRequired },
    });
    const cancelled = await awaitOrderStatus(t(), shopper, order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('RESERVATION_TIMEOUT');
    expect(cancelled.statusHistory.map((step) => step.status)).toEqual([
      'PLACED',
      'PAYMENT_ACTION_REQUIRED',
      'CANCELLED',
    ]);
    await awaitPayment(shopper, order.id, 'VOIDED');
    await t().eventsSettled();
    expect(await stockOf(t(), vase)).toEqual({ onHand: 5, reserved: 0, available: 5 });
  });
});
