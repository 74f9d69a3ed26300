import { OutboxMessage, ProcessedEvent, type RunningSubgraph, recordEvent, waitFor } from '@comptoir/kit';
import { CustomerAddress, Order, ProductPrice } from '@comptoir/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awaitOrderStatus,
  checkout,
  createProducts,
  fillBasket,
  idempotencyKey,
  type OrderView,
  placeOrder,
  readOrder,
  type Shopper,
  shippingAddress,
  signIn,
  signUp,
} from './checkout-fixtures.ts';
import { startTestPlatform, type TestPlatform } from './platform-harness.ts';

// Checkout and the order's life through the router on real PostgreSQL, events in-process: the
// basket (baskets), prices and stock (catalog), the saga (catalog ⇄ orders), deliveries' updates.
describe('orders through the router', () => {
  let t: TestPlatform;
  let admin: Shopper;
  let products: Record<'candle' | 'vase' | 'lamp' | 'rare', string>;

  /** A fresh EntityManager on the orders subgraph's database. */
  const ordersDb = () => (t.platform.subgraphs.get('orders') as RunningSubgraph).orm.em.fork();
  let accounts = 0;
  const newShopper = () => {
    accounts += 1;
    return signUp(t, `shopper${accounts}@orders.test`);
  };
  const availableOf = async (productId: string) => {
    const { body } = await t.graphql<{ product: { stock: { available: number } } }>(
      'query ($id: ID!) { product(id: $id) { stock { available } } }',
      { id: productId },
    );
    return body.data?.product.stock.available as number;
  };
  const cancel = async (shopper: Shopper, orderId: string) =>
    (
      await t.graphql<{
        cancelOrder: {
          order: { id: string; status: string; cancellationReason: string | null } | null;
          userErrors: Array<{ field: string | null; code: string }>;
        };
      }>(
        'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { order { id status cancellationReason } userErrors { field code } } }',
        { id: orderId },
        { token: shopper.token },
      )
    ).body.data?.cancelOrder;
  const statuses = (order: OrderView) => order.statusHistory.map((change) => change.status);

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await signUp(t, 'admin@orders.test', ['ADMIN']);
    const [candle, vase, lamp, rare] = await createProducts(t, [
      { sku: 'ORD-CANDLE', amount: 1250, stock: 1000 },
      { sku: 'ORD-VASE', amount: 3900, stock: 1000 },
      { sku: 'ORD-LAMP', amount: 8900, stock: 1000 },
      { sku: 'ORD-RARE', amount: 2000, stock: 2 },
    ]);
    products = { candle, vase, lamp, rare } as typeof products;
  });
  afterAll(() => t?.stop());

  describe('placing an order from the basket', () => {
    it('ships to an address of the address book, with snapshots, totals, shipping, a number and history', async () => {
      const shopper = await newShopper();
      const added = await t.graphql<{ addAddress: { address: { id: string } } }>(
        'mutation ($input: AddAddressInput!) { addAddress(input: $input) { address { id } } }',
        { input: { address: { ...shippingAddress, name: 'Book Address', country: 'be' } } },
        { token: shopper.token },
      );
      const addressId = added.body.data?.addAddress.address.id as string;
      await waitFor(
        async () => (await ordersDb().count(CustomerAddress, { id: addressId })) === 1,
        'orders has the address',
      );

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
      await t.graphql(
        'mutation ($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id } } }',
        { input: { addressId, address: { ...shippingAddress, name: 'Moved Away' } } },
        { token: shopper.token },
      );
      await waitFor(
        async () => (await ordersDb().findOne(CustomerAddress, { id: addressId }))?.name === 'Moved Away',
        'orders has the new address',
      );
      expect((await readOrder(t, shopper, order.id))?.shippingAddress.name).toBe('Book Address');

      // The event carries the basket it was placed from, for baskets to empty it.
      const placed = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.placed' });
      expect(placed.data).toMatchObject({
        orderId: order.id,
        customerId: shopper.id,
        lines: [
          { productId: products.candle, quantity: 2 },
          { productId: products.vase, quantity: 1 },
        ],
        basketVersion: expect.any(Number),
        basketId: expect.any(String),
      });
    });

    it('ships to an address typed at checkout, normalised, and charges shipping under the threshold', async () => {
      const shopper = await newShopper();
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
      const shopper = await newShopper();
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
      const shopper = await newShopper();
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
        [{ idempotencyKey: key, addressId: 'not-an-id' }, 'input.addressId', 'ADDRESS_NOT_FOUND'],
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
      const shopper = await newShopper();
      const payload = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress });
      expect(payload).toEqual({
        order: null,
        userErrors: [{ field: null, code: 'EMPTY_BASKET', message: expect.any(String) }],
      });
    });

    it('refuses a basket holding a product withdrawn from sale, naming it', async () => {
      const [fragile] = await createProducts(t, [{ sku: 'ORD-FRAGILE', amount: 500 }]);
      const shopper = await newShopper();
      const basketVersion = await fillBasket(t, shopper, [{ productId: fragile as string, quantity: 1 }]);
      await t.graphql(
        'mutation ($id: ID!) { archiveProduct(input: { productId: $id }) { product { id } } }',
        { id: fragile },
        { token: admin.token },
      );
      await waitFor(
        async () => (await ordersDb().findOne(ProductPrice, { productId: fragile as string }))?.status === 'ARCHIVED',
        'orders knows the product is archived',
      );
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
      const shopper = await newShopper();
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
      const shopper = await newShopper();
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

    it('does not order the same basket twice under different keys', async () => {
      const shopper = await newShopper();
      const basketVersion = await fillBasket(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      const first = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(first.userErrors).toEqual([]);
      const second = await placeOrder(t, shopper, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(second.userErrors.map((error) => error.code)).toEqual(['EMPTY_BASKET']);
      expect(await ordersDb().count(Order, { customerId: shopper.id })).toBe(1);
    });
  });

  describe('the checkout saga', () => {
    it('confirms an order once catalog reserved its stock', async () => {
      const shopper = await newShopper();
      const before = await availableOf(products.lamp);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 3 }]);
      const confirmed = await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
      expect(statuses(confirmed)).toEqual(['PLACED', 'CONFIRMED']);
      expect(confirmed.cancellationReason).toBeNull();
      expect(await availableOf(products.lamp)).toBe(before - 3);
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
      const first = await newShopper();
      const second = await newShopper();
      await fillBasket(t, second, [
        { productId: products.candle, quantity: 1 },
        { productId: products.rare, quantity: 2 },
      ]);
      const served = await checkout(t, first, [{ productId: products.rare, quantity: 2 }]);
      await awaitOrderStatus(t, first, served.id, 'CONFIRMED');
      const basketVersion = await fillBasket(t, second, [{ productId: products.candle, quantity: 1 }]);
      const placed = await placeOrder(t, second, { idempotencyKey: idempotencyKey(), shippingAddress, basketVersion });
      expect(placed.userErrors).toEqual([]);

      const cancelled = await awaitOrderStatus(t, second, placed.order?.id as string, 'CANCELLED');
      expect(cancelled.cancellationReason).toBe('OUT_OF_STOCK');
      expect(statuses(cancelled)).toEqual(['PLACED', 'CANCELLED']);
      expect(cancelled.lines.map((line) => [line.sku, line.quantity, line.unavailability])).toEqual([
        ['ORD-CANDLE', 2, null],
        ['ORD-RARE', 2, { reason: 'OUT_OF_STOCK', availableQuantity: 0 }],
      ]);
      expect(await availableOf(products.rare)).toBe(0);
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: cancelled.id, type: 'order.cancelled' });
      expect(event.data).toEqual({ orderId: cancelled.id, reason: 'OUT_OF_STOCK' });
    });

    it('lets the customer cancel a confirmed order, gives the stock back, and refuses a second cancellation', async () => {
      const shopper = await newShopper();
      const before = await availableOf(products.vase);
      const order = await checkout(t, shopper, [{ productId: products.vase, quantity: 4 }]);
      await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
      expect(await availableOf(products.vase)).toBe(before - 4);

      const cancelled = await cancel(shopper, order.id);
      expect(cancelled).toEqual({
        order: { id: order.id, status: 'CANCELLED', cancellationReason: 'CUSTOMER_REQUEST' },
        userErrors: [],
      });
      await waitFor(async () => (await availableOf(products.vase)) === before, 'catalog released the stock');
      expect(statuses((await readOrder(t, shopper, order.id)) as OrderView)).toEqual([
        'PLACED',
        'CONFIRMED',
        'CANCELLED',
      ]);
      const event = await ordersDb().findOneOrFail(OutboxMessage, { key: order.id, type: 'order.cancelled' });
      expect(event.data).toEqual({ orderId: order.id, reason: 'CUSTOMER_REQUEST' });

      expect(await cancel(shopper, order.id)).toEqual({
        order: null,
        userErrors: [{ field: 'input.orderId', code: 'ORDER_NOT_CANCELLABLE' }],
      });
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancelled' })).toBe(1);
    });

    it('gives one outcome when the customer cancels while the stock is being reserved', async () => {
      const shopper = await newShopper();
      const before = await availableOf(products.lamp);
      const order = await checkout(t, shopper, [{ productId: products.lamp, quantity: 1 }]);
      expect((await cancel(shopper, order.id))?.userErrors).toEqual([]);

      // Wait until orders has applied catalog's decision, whichever came first.
      const catalogDb = (t.platform.subgraphs.get('catalog') as RunningSubgraph).orm.em;
      let decision: string | undefined;
      await waitFor(async () => {
        decision = (await catalogDb.fork().findOne(OutboxMessage, { key: order.id, type: 'stock.reserved' }))?.id;
        return decision !== undefined;
      }, 'catalog decided');
      await waitFor(
        async () => (await ordersDb().count(ProcessedEvent, { consumer: 'orders.checkout', eventId: decision })) === 1,
        'orders applied the decision',
      );
      await waitFor(async () => (await availableOf(products.lamp)) === before, 'catalog released the stock');

      const final = (await readOrder(t, shopper, order.id)) as OrderView;
      expect(final.status).toBe('CANCELLED');
      expect([
        ['PLACED', 'CANCELLED'],
        ['PLACED', 'CONFIRMED', 'CANCELLED'],
      ]).toContainEqual(statuses(final));
      expect(await ordersDb().count(OutboxMessage, { key: order.id, type: 'order.cancelled' })).toBe(1);
    });
  });

  describe('deliveries moving orders on', () => {
    /** Publishes a delivery update through the orders outbox and waits until orders applied it. */
    const deliveryUpdate = async (
      orderId: string,
      status: 'LABEL_CREATED' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED',
    ) => {
      const eventId = await ordersDb().transactional(async (em) =>
        recordEvent(em, {
          type: 'delivery.status_changed',
          subject: orderId,
          data: {
            deliveryId: '01900000-0000-7000-8000-0000000000d1',
            orderId,
            status,
            previousStatus: null,
            occurredAt: new Date().toISOString(),
          },
        }),
      );
      await waitFor(
        async () => (await ordersDb().count(ProcessedEvent, { consumer: 'orders.checkout', eventId })) === 1,
        `orders applied delivery ${status}`,
      );
    };
    const eventsOf = async (orderId: string) =>
      (await ordersDb().find(OutboxMessage, { key: orderId }, { orderBy: { position: 'asc' } }))
        .map((row) => row.type)
        .filter((type) => type.startsWith('order.'));

    it('ships then delivers a confirmed order, and ignores what comes late', async () => {
      const shopper = await newShopper();
      const order = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');

      await deliveryUpdate(order.id, 'LABEL_CREATED');
      expect((await readOrder(t, shopper, order.id))?.status).toBe('CONFIRMED');
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      expect((await readOrder(t, shopper, order.id))?.status).toBe('SHIPPED');
      expect((await cancel(shopper, order.id))?.userErrors).toEqual([
        { field: 'input.orderId', code: 'ORDER_NOT_CANCELLABLE' },
      ]);
      await deliveryUpdate(order.id, 'OUT_FOR_DELIVERY');
      await deliveryUpdate(order.id, 'DELIVERED');
      // Stale and duplicate reports change nothing.
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      await deliveryUpdate(order.id, 'DELIVERED');

      const delivered = (await readOrder(t, shopper, order.id)) as OrderView;
      expect(delivered.status).toBe('DELIVERED');
      expect(statuses(delivered)).toEqual(['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
      expect(await eventsOf(order.id)).toEqual(['order.placed', 'order.confirmed', 'order.shipped', 'order.delivered']);
    });

    it('records both steps when a confirmed order is reported delivered', async () => {
      const shopper = await newShopper();
      const order = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
      await deliveryUpdate(order.id, 'DELIVERED');
      const delivered = (await readOrder(t, shopper, order.id)) as OrderView;
      expect(statuses(delivered)).toEqual(['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
      expect(await eventsOf(order.id)).toEqual(['order.placed', 'order.confirmed', 'order.shipped', 'order.delivered']);
    });

    it('does not ship a cancelled order', async () => {
      const shopper = await newShopper();
      const order = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
      await cancel(shopper, order.id);
      await deliveryUpdate(order.id, 'IN_TRANSIT');
      expect((await readOrder(t, shopper, order.id))?.status).toBe('CANCELLED');
    });
  });

  describe('who reads and cancels what', () => {
    let owner: Shopper;
    let other: Shopper;
    let orderId: string;

    beforeAll(async () => {
      owner = await newShopper();
      other = await newShopper();
      orderId = (await checkout(t, owner, [{ productId: products.candle, quantity: 1 }])).id;
    });

    it('hides an order from another customer, who cannot cancel it either', async () => {
      expect(await readOrder(t, other, orderId, 'id')).toBeNull();
      expect(await readOrder(t, other, 'not-an-id', 'id')).toBeNull();
      expect(await cancel(other, orderId)).toEqual({
        order: null,
        userErrors: [{ field: 'input.orderId', code: 'ORDER_NOT_FOUND' }],
      });
      expect((await readOrder(t, owner, orderId, 'status'))?.status).not.toBe('CANCELLED');
      const anonymous = await t.graphql('query ($id: ID!) { order(id: $id) { id } }', { id: orderId });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('shows it to a support agent, with the customer’s orders', async () => {
      const agent = await signUp(t, 'agent@orders.test');
      const roles = await t.graphql<{ setUserRoles: { userErrors: unknown[] } }>(
        'mutation ($id: ID!) { setUserRoles(input: { userId: $id, roles: [SUPPORT_AGENT] }) { userErrors { code } } }',
        { id: agent.id },
        { token: admin.token },
      );
      expect(roles.body.data?.setUserRoles.userErrors).toEqual([]);
      const agentToken = await signIn(t, 'agent@orders.test');
      const { body } = await t.graphql<{
        order: {
          id: string;
          customer: { id: string; orders: { totalCount: number; edges: Array<{ node: { id: string } }> } };
        };
      }>(
        'query ($id: ID!) { order(id: $id) { id customer { id orders { totalCount edges { node { id } } } } } }',
        { id: orderId },
        { token: agentToken },
      );
      expect(body.data?.order).toEqual({
        id: orderId,
        customer: { id: owner.id, orders: { totalCount: 1, edges: [{ node: { id: orderId } }] } },
      });
      // Still, back-office listing is for admins.
      const listing = await t.graphql('{ orders { totalCount } }', {}, { token: agentToken });
      expect(listing.status).toBe(403);
    });

    it('gives a user’s orders to the user themself, to nobody else', async () => {
      const mine = await t.graphql<{ me: { orders: { totalCount: number } } }>(
        '{ me { orders { totalCount } } }',
        {},
        { token: owner.token },
      );
      expect(mine.body.data?.me.orders.totalCount).toBe(1);
      // Straight to the orders subgraph, as the router would fetch User.orders for another caller.
      const ordersUrl = t.platform.subgraphs.get('orders')?.url as string;
      const response = await fetch(ordersUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${other.token}` },
        body: JSON.stringify({
          query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { orders { totalCount } } } }',
          variables: { r: [{ __typename: 'User', id: owner.id }] },
        }),
      });
      expect(((await response.json()) as { data: unknown }).data).toEqual({ _entities: [{ orders: null }] });
    });
  });

  describe('listing orders', () => {
    it('lists the caller’s orders newest first, page by page', async () => {
      const shopper = await newShopper();
      const placed: string[] = [];
      for (const productId of [products.candle, products.vase, products.lamp]) {
        placed.push((await checkout(t, shopper, [{ productId, quantity: 1 }])).id);
      }
      type Page = {
        myOrders: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; lines: Array<{ sku: string }> } }>;
        };
      };
      const page = async (after?: string) =>
        (
          await t.graphql<Page>(
            'query ($after: String) { myOrders(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id lines { sku } } } } }',
            { after },
            { token: shopper.token },
          )
        ).body.data?.myOrders as Page['myOrders'];
      const first = await page();
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((edge) => edge.node.id)).toEqual([placed[2], placed[1]]);
      expect(first.edges[0]?.node.lines).toEqual([{ sku: 'ORD-LAMP' }]);
      const second = await page(first.pageInfo.endCursor);
      expect(second.edges.map((edge) => edge.node.id)).toEqual([placed[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('lets an admin filter every order by status and period; a customer is refused', async () => {
      const shopper = await newShopper();
      const since = new Date().toISOString();
      const kept = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await awaitOrderStatus(t, shopper, kept.id, 'CONFIRMED');
      const dropped = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await awaitOrderStatus(t, shopper, dropped.id, 'CONFIRMED');
      await cancel(shopper, dropped.id);

      type Listing = { orders: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> } };
      const list = async (filter: Record<string, unknown>, token = admin.token) =>
        t.graphql<Listing>(
          'query ($filter: OrdersFilter) { orders(filter: $filter, first: 100) { totalCount edges { node { id status } } } }',
          { filter },
          { token },
        );
      const cancelledSince = (await list({ status: 'CANCELLED', placedFrom: since })).body.data?.orders;
      expect(cancelledSince?.edges.map((edge) => edge.node)).toEqual([{ id: dropped.id, status: 'CANCELLED' }]);
      const confirmedSince = (await list({ status: 'CONFIRMED', placedFrom: since })).body.data?.orders;
      expect(confirmedSince?.edges.map((edge) => edge.node.id)).toEqual([kept.id]);
      const before = (await list({ placedTo: since })).body.data?.orders;
      expect(before?.edges.map((edge) => edge.node.id)).not.toContain(kept.id);
      const everything = (await list({})).body.data?.orders;
      expect(everything?.totalCount).toBe(await ordersDb().count(Order, {}));
      expect(everything?.edges[0]?.node.id).toBe(dropped.id);

      const refused = await list({}, shopper.token);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
