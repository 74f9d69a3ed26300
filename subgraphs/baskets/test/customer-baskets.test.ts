import { randomUUID } from 'node:crypto';
import { Basket, BasketItem, baskets } from '@comptoir/baskets';
import type { EventData } from '@comptoir/schema/events';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASKET,
  type BasketView,
  basketApi,
  basketEvents,
  catalogEvents,
  lineOf,
  newCustomer,
  withToken,
} from './shopping.ts';

// Signed-in customers' baskets, baskets alone on real PostgreSQL: merge on sign-in, who sees a
// basket, statements per read, and checkout (order.placed) emptying what was ordered.
describe('customers’ baskets', () => {
  let t: TestPlatform;
  let admin: string;
  const { mutate, add, update, readBasket } = basketApi(() => t);
  const catalog = catalogEvents(() => t);
  /** The baskets subgraph's SQL, outbox relay and consumer bookkeeping left out. */
  const statements: string[] = [];

  /** Asks the baskets subgraph for users' baskets, as the router resolves `User.basket` for `token`'s caller. */
  const basketsOfUsers = (token: string, userIds: string[], selection = 'basket { id }') =>
    t.subgraphGraphql<{ _entities: Array<{ id: string; basket: BasketView | null }> }>(
      'baskets',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id ${selection} } } }`,
      { representations: userIds.map((id) => ({ __typename: 'User', id })) },
      { token: token },
    );

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [baskets],
      onQuery: (_subgraph, sql) => {
        if (!/outbox_message|processed_event/.test(sql)) statements.push(sql);
      },
    });
    admin = await t.token({
      sub: randomUUID(),
      roles: ['ADMIN'],
      scope:
        'catalog:write deliveries:write orders:admin orders:read support:admin support:agent users:admin users:read',
    });
  });
  afterAll(() => t?.stop());

  it('merges the anonymous basket into the customer’s on sign-in, at most 999 a line, and drops its cookie', async () => {
    const candle = await catalog.create('MERGE-1', 100, 2000);
    const vase = await catalog.create('MERGE-2', 1000);
    const customer = await newCustomer(t);

    const own = await add(candle, 600, { token: customer.token });
    expect(own.payload.basketToken).toBeNull();
    expect(own.headers.get('set-cookie')).toBeNull();
    const anonymous = await add(candle, 500);
    const basketToken = anonymous.payload.basketToken as string;
    await add(vase, 2, withToken(basketToken));

    // A signed-in caller sending a token still gets their own basket.
    const cookie = `comptoir_basket=${basketToken}`;
    const signedIn = await readBasket({ token: customer.token, headers: { cookie } });
    expect(signedIn?.id).toBe(own.payload.basket?.id);

    // Anonymous callers cannot merge.
    const anonymousMerge = await t.graphql(
      'mutation { mergeBasket(input: {}) { basket { id } } }',
      {},
      withToken(basketToken),
    );
    expect(anonymousMerge.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const merged = await mutate('mergeBasket', {}, { token: customer.token, headers: { cookie } });
    expect(merged.payload.userErrors).toEqual([]);
    expect(merged.payload.basket?.id).toBe(own.payload.basket?.id);
    expect(merged.payload.basket?.items.map((item) => [item.product.id, item.quantity])).toEqual([
      [candle, 999],
      [vase, 2],
    ]);
    expect(merged.payload.basket).toMatchObject({ itemCount: 1001, subtotal: { amount: 101900 } });
    const cleared = merged.headers.get('set-cookie') as string;
    expect(cleared).toMatch(/^comptoir_basket=;/);
    expect(cleared).toMatch(/Max-Age=0/i);

    // The anonymous basket is gone: its token names nothing.
    expect(await readBasket(withToken(basketToken))).toBeNull();
    expect(await t.em('baskets').count(Basket, { id: anonymous.payload.basket?.id as string })).toBe(0);
    expect(await t.em('baskets').count(BasketItem, { basket: anonymous.payload.basket?.id as string })).toBe(0);
    const again = await mutate('mergeBasket', { basketToken }, { token: customer.token });
    expect(again.payload.userErrors).toMatchObject([{ field: 'input.basketToken', code: 'BASKET_NOT_FOUND' }]);
    expect((await mutate('mergeBasket', {}, { token: customer.token })).payload.userErrors[0]?.code).toBe(
      'BASKET_NOT_FOUND',
    );
    const anonymousEvents = await basketEvents(t, anonymous.payload.basket?.id as string);
    expect(anonymousEvents.at(-1)?.data).toMatchObject({ customerId: null, version: 3, items: [] });

    // A mobile app passes the token in the input.
    const mobile = await add(vase, 1);
    const fromApp = await mutate('mergeBasket', { basketToken: mobile.payload.basketToken }, { token: customer.token });
    expect(lineOf(fromApp.payload.basket, vase)?.quantity).toBe(3);

    // The customer's basket, as the customer sees it on their profile (User.basket).
    const { body } = await basketsOfUsers(customer.token, [customer.id], `basket { ${BASKET} }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities[0]).toMatchObject({
      id: customer.id,
      basket: { id: own.payload.basket?.id, itemCount: 1002 },
    });
  });

  it('shows a user’s basket to the user and to staff, and to nobody else', async () => {
    const candle = await catalog.create('SEEN-1');
    const owner = await newCustomer(t);
    const other = await newCustomer(t);
    const ownBasket = (await add(candle, 1, { token: owner.token })).payload.basket?.id;

    // Staff reach any user's basket (a support agent here, an admin below).
    const agent = await t.token({
      sub: randomUUID(),
      roles: ['SUPPORT_AGENT'],
      scope: 'orders:read support:agent users:read',
    });
    const { body } = await basketsOfUsers(agent, [owner.id]);
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities[0]).toEqual({ id: owner.id, basket: { id: ownBasket } });

    // No public operation takes a customer to someone else's User: ask the subgraph for the reference.
    const reference = async (token: string) => (await basketsOfUsers(token, [owner.id])).body.data?._entities;
    expect(await reference(other.token)).toEqual([{ id: owner.id, basket: null }]);
    expect(await reference(owner.token)).toEqual([{ id: owner.id, basket: { id: ownBasket } }]);
    expect(await reference(admin)).toEqual([{ id: owner.id, basket: { id: ownBasket } }]);
    // The other user's own basket query never shows the owner's.
    expect(await readBasket({ token: other.token })).toBeNull();
  });

  it('reads baskets, their lines and prices in one statement each, whatever their size (no N+1)', async () => {
    const products = await Promise.all([1, 2, 3, 4, 5].map((n) => catalog.create(`BATCH-${n}`, n * 100)));
    const customers = await Promise.all([1, 3, 5].map(() => newCustomer(t)));
    for (const [index, customer] of customers.entries()) {
      for (const productId of products.slice(0, [1, 3, 5][index])) await add(productId, 1, { token: customer.token });
    }
    const staff = await t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'orders:read' });

    const lines =
      'items { product { id } quantity unitPrice { amount } lineTotal { amount } problem availableQuantity }';
    /** The statements baskets runs to answer `query` for `token`'s caller, straight to the subgraph. */
    const statementsFor = async (query: string, token: string, variables: Record<string, unknown> = {}) => {
      statements.length = 0;
      const { body } = await t.subgraphGraphql<Record<string, unknown>>('baskets', query, variables, { token });
      expect(body.errors).toBeUndefined();
      return { body, count: statements.length };
    };
    const ownBasket = `{ basket { id itemCount subtotal { amount } ${lines} } }`;
    const small = await statementsFor(ownBasket, customers[0]?.token as string);
    const large = await statementsFor(ownBasket, customers[2]?.token as string);
    expect(large.body.data?.basket).toMatchObject({ itemCount: 5, subtotal: { amount: 1500 } });
    expect(small.count).toBe(3);
    expect(large.count).toBe(3);

    const references = await statementsFor(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on User { basket { itemCount subtotal { amount } ${lines} } } } }`,
      staff,
      { representations: customers.map((customer) => ({ __typename: 'User', id: customer.id })) },
    );
    expect(
      ((references.body.data?._entities ?? []) as Array<{ basket: { itemCount: number } }>).map(
        (user) => user.basket.itemCount,
      ),
    ).toEqual([1, 3, 5]);
    expect(references.count).toBe(3);
  });

  it('empties the ordered lines when the order is placed, keeping lines changed since', async () => {
    const candle = await catalog.create('ORDER-1', 100);
    const vase = await catalog.create('ORDER-2', 200);
    const lamp = await catalog.create('ORDER-3', 300);
    const shopper = await newCustomer(t);
    const options = { token: shopper.token };
    await add(candle, 2, options);
    const ordered = (await add(vase, 1, options)).payload.basket as BasketView;
    // After the order was built from version 2: a new line, and a change to an ordered one.
    await add(lamp, 1, options);
    await update(vase, 3, options);

    /** Delivers order.placed as the orders relay would; resolves once baskets handled it. */
    const placeOrder = async (data: EventData<'order.placed'>, id?: string) =>
      (await t.deliver({ type: 'order.placed', subject: data.orderId, data, source: '/comptoir/orders', id })).id;
    const order = {
      orderId: randomUUID(),
      number: 'CPT-000001',
      customerId: shopper.id,
      lines: [
        { productId: candle, quantity: 2 },
        { productId: vase, quantity: 1 },
      ],
      basketId: ordered.id,
      basketVersion: ordered.version,
    };

    // Someone else's order naming this basket changes nothing.
    await placeOrder({ ...order, orderId: randomUUID(), customerId: randomUUID() });
    expect((await readBasket(options))?.version).toBe(4);

    const eventId = await placeOrder(order);
    const after = await readBasket(options);
    expect(after?.items.map((item) => [item.product.id, item.quantity])).toEqual([
      [vase, 3],
      [lamp, 1],
    ]);
    expect(after?.version).toBe(5);
    const events = await basketEvents(t, ordered.id);
    expect(events.at(-1)?.data).toEqual({
      basketId: ordered.id,
      customerId: shopper.id,
      version: 5,
      items: [
        { productId: vase, quantity: 3 },
        { productId: lamp, quantity: 1 },
      ],
    });

    // Redelivered: applied once. An order without a basket, or of an unknown basket: nothing.
    await placeOrder(order, eventId);
    await placeOrder({ ...order, orderId: randomUUID(), basketId: undefined, basketVersion: undefined });
    await placeOrder({ ...order, orderId: randomUUID(), basketId: randomUUID() });
    expect((await readBasket(options))?.version).toBe(5);
    expect(await basketEvents(t, ordered.id)).toHaveLength(events.length);
  });
});
