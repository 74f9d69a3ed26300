import { setTimeout } from 'node:timers/promises';
import { waitFor } from '@comptoir/kit';
import { Order } from '@comptoir/orders';
import { requireKafkaBrokers, shippingAddress, startTestPlatform, type TestPlatform } from '@comptoir/testing';
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

type UserErrors = Array<{ field: string | null; code: string; message: string }>;
interface BasketView {
  id: string;
  version: number;
  subtotal: { amount: number };
  items: Array<{ product: { id: string }; quantity: number; unitPrice: { amount: number } }>;
}
const BASKET = 'id version subtotal { amount } items { product { id } quantity unitPrice { amount } }';

/** What the storefront and apps do, through the router, with every subgraph on real Kafka and PostgreSQL. */
function shopping(t: () => TestPlatform) {
  const basketOf = async (auth: { token?: string; basketToken?: string }) => {
    const { body } = await t().graphql<{ basket: BasketView | null }>(
      `{ basket { ${BASKET} } }`,
      {},
      {
        ...(auth.token ? { token: auth.token } : {}),
        headers: auth.basketToken ? { 'x-basket-token': auth.basketToken } : {},
      },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.basket ?? null;
  };
  const cancel = async (shopper: Shopper, orderId: string) => {
    const { body } = await t().graphql<{ cancelOrder: { order: OrderView | null; userErrors: UserErrors } }>(
      'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { order { id status cancellationReason } userErrors { field code } } }',
      { id: orderId },
      { token: shopper.token },
    );
    return body.data?.cancelOrder;
  };
  return { basketOf, cancel };
}

describe('checkout on Kafka, through the router', () => {
  const brokers = requireKafkaBrokers();
  let platform: TestPlatform;
  const t = () => platform;
  const { basketOf, cancel } = shopping(t);

  beforeAll(async () => {
    platform = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: brokers, DATABASE_POOL_MAX: '10' } });
  });
  afterAll(() => platform?.stop());

  it('anonymous basket → register → merge → place order → CONFIRMED by the saga → basket empty', async () => {
    const [lamp] = await createProducts(t(), [{ sku: 'E2E-LAMP', amount: 2450, stock: 5 }]);
    const productId = lamp as string;

    // An anonymous visitor fills a basket; the app keeps the token it is given.
    let basketToken = '';
    await waitFor(async () => {
      const { body } = await t().graphql<{ addBasketItem: { basketToken: string | null; userErrors: UserErrors } }>(
        'mutation ($id: ID!) { addBasketItem(input: { productId: $id, quantity: 2 }) { basketToken userErrors { code } } }',
        { id: productId },
      );
      basketToken = body.data?.addBasketItem.basketToken ?? '';
      return basketToken !== '';
    }, 'baskets knows the lamp');
    expect((await basketOf({ basketToken }))?.items).toMatchObject([{ product: { id: productId }, quantity: 2 }]);

    // They register, and the basket follows them.
    const { body: registered } = await t().graphql<{ register: { session: { accessToken: string } } }>(
      'mutation { register(input: { email: "e2e-shopper@example.com", password: "a long password", name: "Noa" }) { session { accessToken } } }',
    );
    const token = registered.data?.register.session.accessToken as string;
    const { body: merged } = await t().graphql<{ mergeBasket: { basket: BasketView; userErrors: UserErrors } }>(
      `mutation { mergeBasket(input: {}) { basket { ${BASKET} } userErrors { code } } }`,
      {},
      { token, headers: { 'x-basket-token': basketToken } },
    );
    expect(merged.data?.mergeBasket.userErrors).toEqual([]);
    const basket = merged.data?.mergeBasket.basket as BasketView;
    expect(basket.items).toMatchObject([{ product: { id: productId }, quantity: 2, unitPrice: { amount: 2450 } }]);
    expect(await basketOf({ basketToken })).toBeNull();

    const { body: me } = await t().graphql<{ me: { id: string } }>('{ me { id } }', {}, { token });
    const shopper: Shopper = { id: me.data?.me.id as string, token };
    await awaitBasketAtCheckout(t(), shopper.id, basket.version);
    const placed = await placeOrder(t(), shopper, {
      shippingAddress,
      idempotencyKey: idempotencyKey(),
      basketVersion: basket.version,
    });
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({ status: 'PLACED', subtotal: { amount: 4900 }, lines: [{ quantity: 2 }] });

    const confirmed = await awaitOrderStatus(t(), shopper, placed.order?.id as string, 'CONFIRMED');
    expect(confirmed.statusHistory.map((change) => change.status)).toEqual(['PLACED', 'CONFIRMED']);
    expect(await stockOf(t(), productId)).toEqual({ onHand: 5, reserved: 2, available: 3 });
    await waitFor(async () => (await basketOf({ token }))?.items.length === 0, 'the basket is empty');
  });

  it('shows a catalog price change in an open basket', async () => {
    const [vase] = await createProducts(t(), [{ sku: 'E2E-VASE', amount: 1800, stock: 20 }]);
    const shopper = await signUp(t(), 'e2e-price@example.com');
    await fillBasket(t(), shopper, [{ productId: vase as string, quantity: 3 }]);
    expect((await basketOf(shopper))?.subtotal.amount).toBe(5400);

    const { body } = await t().graphql<{ setProductPrice: { userErrors: UserErrors } }>(
      'mutation ($id: ID!) { setProductPrice(input: { productId: $id, price: { amount: 1500, currency: "EUR" } }) { userErrors { code } } }',
      { id: vase },
      { token: (await signUp(t(), 'e2e-price-admin@comptoir.test', ['ADMIN'])).token },
    );
    expect(body.data?.setProductPrice.userErrors).toEqual([]);
    await waitFor(async () => (await basketOf(shopper))?.subtotal.amount === 4500, 'the basket shows the new price');
    expect((await basketOf(shopper))?.items[0]?.unitPrice.amount).toBe(1500);
  });

  it('50 shoppers order at once a product with 10 in stock: exactly 10 CONFIRMED, 40 CANCELLED with the reason', async () => {
    const [kettle] = await createProducts(t(), [{ sku: 'E2E-KETTLE', amount: 3900, stock: 10 }]);
    const productId = kettle as string;
    const shoppers = await Promise.all(Array.from({ length: 50 }, (_, n) => signUp(t(), `e2e-rush-${n}@example.com`)));
    const versions = await Promise.all(
      shoppers.map((shopper) => fillBasket(t(), shopper, [{ productId, quantity: 1 }])),
    );
    // The race under test is for the stock, not for 50 baskets to reach checkout.
    await Promise.all(shoppers.map((shopper, n) => awaitBasketAtCheckout(t(), shopper.id, versions[n] as number)));

    // Stock is watched while the saga runs: it never goes below zero.
    let watching = true;
    const lowest = { available: Number.POSITIVE_INFINITY };
    const watcher = (async () => {
      while (watching) {
        const stock = await stockOf(t(), productId);
        if (stock) lowest.available = Math.min(lowest.available, stock.available);
        // A pause between looks, so that watching does not starve the saga it watches.
        await setTimeout(20);
      }
    })();

    const placed = await Promise.all(
      shoppers.map((shopper, n) =>
        placeOrder(
          t(),
          shopper,
          { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion: versions[n] },
          { fields: 'id status' },
        ),
      ),
    );
    expect(placed.flatMap((payload) => payload.userErrors)).toEqual([]);

    // One count per look while the saga runs (50 reads each time would compete with it), then
    // every order read as its customer reads it.
    const orderIds = placed.map((payload) => payload.order?.id as string);
    await waitFor(
      async () =>
        (await t()
          .em('orders')
          .count(Order, { id: { $in: orderIds }, status: { $ne: 'PLACED' } })) === 50,
      'the saga settled all 50 orders',
      100_000,
    );
    watching = false;
    await watcher;
    const settled = (await Promise.all(
      orderIds.map((id, n) => readOrder(t(), shoppers[n] as Shopper, id)),
    )) as OrderView[];

    const confirmed = settled.filter((order) => order.status === 'CONFIRMED');
    const cancelled = settled.filter((order) => order.status === 'CANCELLED');
    expect(confirmed).toHaveLength(10);
    expect(cancelled).toHaveLength(40);
    for (const order of cancelled) {
      expect(order.cancellationReason).toBe('OUT_OF_STOCK');
      expect(order.lines).toMatchObject([{ quantity: 1, unavailability: { reason: 'OUT_OF_STOCK' } }]);
    }
    expect(await stockOf(t(), productId)).toEqual({ onHand: 10, reserved: 10, available: 0 });
    expect(lowest.available).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('the same idempotency key, twice in a row and five times at once, makes one order', async () => {
    const [mug] = await createProducts(t(), [{ sku: 'E2E-MUG', amount: 900, stock: 50 }]);
    const shopper = await signUp(t(), 'e2e-retry@example.com');
    const version = await fillBasket(t(), shopper, [{ productId: mug as string, quantity: 1 }]);
    await awaitBasketAtCheckout(t(), shopper.id, version);
    const input = { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion: version };

    const first = await placeOrder(t(), shopper, input, { fields: 'id' });
    const again = await placeOrder(t(), shopper, input, { fields: 'id' });
    expect(again.order?.id).toBe(first.order?.id);

    const nextVersion = await fillBasket(t(), shopper, [{ productId: mug as string, quantity: 2 }]);
    await awaitBasketAtCheckout(t(), shopper.id, nextVersion);
    const raceInput = { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion: nextVersion };
    const raced = await Promise.all(
      Array.from({ length: 5 }, () => placeOrder(t(), shopper, raceInput, { fields: 'id' })),
    );
    expect(raced.flatMap((payload) => payload.userErrors)).toEqual([]);
    expect(new Set(raced.map((payload) => payload.order?.id)).size).toBe(1);

    const { body } = await t().graphql<{ myOrders: { totalCount: number } }>(
      '{ myOrders { totalCount } }',
      {},
      { token: shopper.token },
    );
    expect(body.data?.myOrders.totalCount).toBe(2);
  });

  it('a customer cancels a confirmed order and its stock returns', async () => {
    const [chair] = await createProducts(t(), [{ sku: 'E2E-CHAIR', amount: 12900, stock: 4 }]);
    const productId = chair as string;
    const shopper = await signUp(t(), 'e2e-cancel@example.com');
    const order = await checkout(t(), shopper, [{ productId, quantity: 3 }]);
    await awaitOrderStatus(t(), shopper, order.id, 'CONFIRMED');
    expect(await stockOf(t(), productId)).toEqual({ onHand: 4, reserved: 3, available: 1 });

    // Confirmed, its delivery open: the cancellation is a request the delivery accepts before pickup.
    const requested = await cancel(shopper, order.id);
    expect(requested).toMatchObject({ userErrors: [], order: { status: 'CANCELLATION_REQUESTED' } });
    const cancelled = await awaitOrderStatus(t(), shopper, order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('CUSTOMER_REQUEST');
    await waitFor(async () => (await stockOf(t(), productId))?.available === 4, 'the stock came back');
    expect(await stockOf(t(), productId)).toEqual({ onHand: 4, reserved: 0, available: 4 });
    // Cancelled is final.
    expect((await cancel(shopper, order.id))?.userErrors[0]?.code).toBe('ORDER_NOT_CANCELLABLE');
  });

  it("user B can neither read nor cancel user A's order, nor touch A's basket", async () => {
    const [plate] = await createProducts(t(), [{ sku: 'E2E-PLATE', amount: 1200, stock: 30 }]);
    const productId = plate as string;
    const alice = await signUp(t(), 'e2e-alice@example.com');
    const bob = await signUp(t(), 'e2e-bob@example.com');
    const order = await checkout(t(), alice, [{ productId, quantity: 1 }]);
    await fillBasket(t(), alice, [{ productId, quantity: 4 }]);

    expect(await readOrder(t(), bob, order.id)).toBeNull();
    const refused = await cancel(bob, order.id);
    expect(refused?.order ?? null).toBeNull();
    expect(refused?.userErrors[0]?.code).toBe('ORDER_NOT_FOUND');
    expect((await readOrder(t(), alice, order.id))?.status).not.toBe('CANCELLED');

    // Bob's basket is his own (none yet); his changes never reach Alice's.
    expect(await basketOf(bob)).toBeNull();
    const { body } = await t().graphql<{ removeBasketItem: { userErrors: UserErrors } }>(
      'mutation ($id: ID!) { removeBasketItem(input: { productId: $id }) { userErrors { code } } }',
      { id: productId },
      { token: bob.token },
    );
    expect(body.data?.removeBasketItem.userErrors[0]?.code).toMatch(/NOT_IN_BASKET|BASKET_NOT_FOUND/);
    expect((await basketOf(alice))?.items).toMatchObject([{ quantity: 4 }]);
  });
});
