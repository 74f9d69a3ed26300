import { Delivery } from '@comptoir/deliveries';
import { OutboxMessage, waitFor } from '@comptoir/kit';
import { requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitOrderStatus,
  checkout,
  createProducts,
  readOrder,
  type Shopper,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';

type UserErrors = Array<{ field: string | null; code: string }>;
interface Settled {
  status: string;
  cancellationReason: string | null;
  cancellationRefusal: string | null;
  delivery: { id: string; status: string } | null;
}

const lanes = 10;
const roundsPerLane = 5;
/**
 * When the carrier's pickup is sent, relative to the customer's cancelOrder sent at the same moment:
 * at once (the carrier reaches deliveries first, orders hears both), once orders published the
 * cancellation request (it races the request at deliveries), or once deliveries accepted it.
 */
const pickups = ['at once', 'with the request on Kafka', 'after the cancellation'] as const;
type Pickup = (typeof pickups)[number];
const quantity = 2;
const initialStock = 100;

/*
 * The customer's cancelOrder races the carrier's IN_TRANSIT, 50 times, on real Kafka through the
 * router, the pickup sent at one of three moments (no sleep: each waits for an effect). Whichever wins, order, delivery and stock end up telling the same story: cancelled
 * before pickup (order and delivery CANCELLED, stock back) or shipped (order SHIPPED, parcel
 * IN_TRANSIT, the units taken off stock, the customer told why the cancellation was refused).
 */
describe('cancellation racing pickup, on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let t: TestPlatform;
  let carrierToken: string;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: brokers, DATABASE_POOL_MAX: '10' } });
    carrierToken = (await signUp(t, 'race-carrier@comptoir.test', ['ADMIN'])).token;
  });
  afterAll(() => t?.stop());

  const carrier = async (mutation: 'assignCarrier' | 'addTrackingEvent', input: Record<string, unknown>) => {
    const inputType = `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await t.graphql<Record<string, { delivery: { status: string } | null; userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { delivery { status } userErrors { field code } } }`,
      { input },
      { token: carrierToken },
    );
    const payload = body.data?.[mutation];
    if (!payload) throw new Error(`${mutation} failed: ${JSON.stringify(body)}`);
    return payload;
  };

  const cancel = async (shopper: Shopper, orderId: string) => {
    const { body } = await t.graphql<{ cancelOrder: { order: { status: string } | null; userErrors: UserErrors } }>(
      'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { order { status } userErrors { field code } } }',
      { id: orderId },
      { token: shopper.token },
    );
    if (!body.data) throw new Error(`cancelOrder failed: ${JSON.stringify(body)}`);
    return body.data.cancelOrder;
  };

  const settledView = (shopper: Shopper, orderId: string) =>
    readOrder(
      t,
      shopper,
      orderId,
      'status cancellationReason cancellationRefusal delivery { id status }',
    ) as unknown as Promise<Settled | null>;

  /** Resolves once the cancellation request of the order reached the moment `pickup` names. */
  const requestReached = async (pickup: Pickup, orderId: string, deliveryId: string) => {
    if (pickup === 'with the request on Kafka') {
      await waitFor(async () => {
        const request = await t
          .em('orders')
          .findOne(OutboxMessage, { key: orderId, type: 'order.cancellation_requested' });
        return request?.publishedAt != null;
      }, `order ${orderId}'s cancellation request is on Kafka`);
    } else if (pickup === 'after the cancellation') {
      await waitFor(
        async () => (await t.em('deliveries').findOne(Delivery, { id: deliveryId }))?.status === 'CANCELLED',
        `deliveries accepted order ${orderId}'s cancellation`,
      );
    }
  };

  /** One round: a confirmed order whose parcel has its label, then cancellation and pickup. */
  async function round(lane: number, n: number, shopper: Shopper, productId: string) {
    const pickup = pickups[(lane + n) % pickups.length] as Pickup;
    const order = await checkout(t, shopper, [{ productId, quantity }]);
    await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
    let deliveryId = '';
    await waitFor(async () => {
      deliveryId = (await settledView(shopper, order.id))?.delivery?.id ?? '';
      return deliveryId !== '';
    }, `order ${order.id} has its delivery`);
    const labelled = await carrier('assignCarrier', {
      deliveryId,
      carrier: 'Colissimo',
      trackingNumber: `RACE-${lane}-${n}-${uuidv7()}`,
    });
    expect(labelled.userErrors).toEqual([]);
    const before = await stockOf(t, productId);

    const [cancelled, pickedUp] = await Promise.all([
      cancel(shopper, order.id),
      requestReached(pickup, order.id, deliveryId).then(() =>
        carrier('addTrackingEvent', { deliveryId, status: 'IN_TRANSIT', location: 'Lyon' }),
      ),
    ]);

    let settled: Settled | null = null;
    await waitFor(
      async () => {
        settled = await settledView(shopper, order.id);
        const stock = await stockOf(t, productId);
        return ['CANCELLED', 'SHIPPED'].includes(settled?.status ?? '') && stock?.reserved === 0;
      },
      `order ${order.id} settled (pickup ${pickup})`,
      60_000,
    );
    const final = settled as unknown as Settled;
    const stock = await stockOf(t, productId);
    const onHand = before?.onHand ?? 0;
    if (final.status === 'CANCELLED') {
      // Cancelled before pickup: the parcel never leaves, the carrier was refused, the stock is back.
      expect(final).toMatchObject({ cancellationReason: 'CUSTOMER_REQUEST', delivery: { status: 'CANCELLED' } });
      expect(cancelled.userErrors).toEqual([]);
      expect(pickedUp.userErrors).toEqual([{ field: 'input.status', code: 'ILLEGAL_TRANSITION' }]);
      expect(stock).toEqual({ onHand, reserved: 0, available: onHand });
    } else {
      // Picked up first: the parcel travels, the order ships, the units leave the shelf.
      expect(final).toMatchObject({ cancellationReason: null, delivery: { status: 'IN_TRANSIT' } });
      expect(pickedUp.userErrors).toEqual([]);
      if (cancelled.userErrors.length > 0) {
        expect(cancelled.userErrors).toEqual([{ field: 'input.orderId', code: 'ORDER_NOT_CANCELLABLE' }]);
      } else {
        expect(final.cancellationRefusal).toBe('ALREADY_SHIPPED');
      }
      expect(stock).toEqual({ onHand: onHand - quantity, reserved: 0, available: onHand - quantity });
    }
    return final.status;
  }

  it('order, delivery and stock agree in each of 50 races between cancelOrder and IN_TRANSIT', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const [productId] = (await createProducts(t, [{ sku: `RACE-${lane}`, amount: 1500, stock: initialStock }])) as [
          string,
        ];
        const shopper = await signUp(t, `race-${lane}@example.com`);
        const statuses: string[] = [];
        for (let n = 0; n < roundsPerLane; n++) statuses.push(await round(lane, n, shopper, productId));
        return statuses;
      }),
    );
    const statuses = outcomes.flat();
    expect(statuses).toHaveLength(lanes * roundsPerLane);
    // Both stories were told: picked up first, and cancelled first.
    expect(new Set(statuses)).toEqual(new Set(['SHIPPED', 'CANCELLED']));
  }, 240_000);
});
