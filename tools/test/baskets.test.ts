import { createHash, randomUUID } from 'node:crypto';
import { createAccount } from '@comptoir/auth';
import { Basket, BasketItem, BasketProduct, baskets as basketsSubgraph } from '@comptoir/baskets';
import { type DomainEvent, OutboxMessage, type RunningSubgraph, startSubgraph, waitFor } from '@comptoir/kit';
import { postGraphQL, testEnv } from '@comptoir/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMessage } from '../../subgraphs/kit/src/events/envelope.ts';
import { startTestPlatform, type TestPlatform } from './platform-harness.ts';

// Baskets through the router on real PostgreSQL: anonymous tokens (header and cookie), prices and
// stock from the catalog's events, validation, merge on sign-in, who sees a basket, concurrent
// writes, and checkout emptying what was ordered.
describe('baskets through the router', () => {
  let t: TestPlatform;
  let baskets: RunningSubgraph;
  let admin: string;

  type UserErrors = Array<{ field: string | null; code: string; message: string }>;
  interface Line {
    product: { id: string; name: string };
    quantity: number;
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number; currency: string };
    problem: 'ARCHIVED' | 'INSUFFICIENT_STOCK' | null;
    availableQuantity: number;
  }
  interface BasketView {
    id: string;
    version: number;
    itemCount: number;
    subtotal: { amount: number; currency: string };
    items: Line[];
  }
  interface Payload {
    basket: BasketView | null;
    basketToken: string | null;
    userErrors: UserErrors;
  }
  type Options = { token?: string; headers?: Record<string, string> };

  const ERRORS = 'userErrors { field code message }';
  const BASKET = `id version itemCount subtotal { amount currency }
    items { product { id name } quantity unitPrice { amount currency } lineTotal { amount currency } problem availableQuantity }`;
  const PAYLOAD = `basket { ${BASKET} } basketToken ${ERRORS}`;

  const mutate = async (mutation: string, input: Record<string, unknown> | null, options: Options = {}) => {
    const inputType = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const response = await t.graphql<Record<string, Payload>>(
      input
        ? `mutation ($input: ${inputType}Input!) { ${mutation}(input: $input) { ${PAYLOAD} } }`
        : `mutation { ${mutation} { ${PAYLOAD} } }`,
      input ? { input } : {},
      options,
    );
    expect(response.body.errors).toBeUndefined();
    return { payload: response.body.data?.[mutation] as Payload, headers: response.headers };
  };
  const add = (productId: string, quantity: number, options: Options = {}) =>
    mutate('addBasketItem', { productId, quantity }, options);
  const update = (productId: string, quantity: number, options: Options = {}) =>
    mutate('updateBasketItemQuantity', { productId, quantity }, options);
  const remove = (productId: string, options: Options = {}) => mutate('removeBasketItem', { productId }, options);
  const readBasket = async (options: Options = {}) => {
    const { body } = await t.graphql<{ basket: BasketView | null }>(`{ basket { ${BASKET} } }`, {}, options);
    expect(body.errors).toBeUndefined();
    return body.data?.basket ?? null;
  };
  const withToken = (basketToken: string): Options => ({ headers: { 'x-basket-token': basketToken } });
  const lineOf = (basket: BasketView | null, productId: string) =>
    basket?.items.find((item) => item.product.id === productId);

  const catalogWrite = async (mutation: string, input: Record<string, unknown>) => {
    const { body } = await t.graphql<Record<string, { product: { id: string } | null; userErrors: UserErrors }>>(
      `mutation ($input: ${mutation.charAt(0).toUpperCase() + mutation.slice(1)}Input!) {
        ${mutation}(input: $input) { product { id } ${ERRORS} } }`,
      { input },
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.[mutation]?.userErrors).toEqual([]);
    return body.data?.[mutation]?.product?.id as string;
  };
  const readModel = (productId: string) => baskets.orm.em.fork().findOne(BasketProduct, { id: productId });
  /** A product at `amount` cents, once baskets knows it and its stock (product.created and stock.changed arrived). */
  const newProduct = async (sku: string, amount = 1000, stock = 500) => {
    const id = await catalogWrite('createProduct', {
      sku,
      slug: sku.toLowerCase(),
      name: { fr: `Bougie ${sku}`, en: `Candle ${sku}` },
      description: { fr: 'Cire de soja', en: 'Soy wax' },
      price: { amount, currency: 'EUR' },
      stock,
    });
    await waitFor(async () => (await readModel(id))?.available === stock, `baskets knows ${sku}`);
    return id;
  };

  const register = async (email: string) => {
    const { body } = await t.graphql<{ register: { user: { id: string }; session: { accessToken: string } } }>(
      `mutation ($input: RegisterInput!) { register(input: $input) { user { id } session { accessToken } ${ERRORS} } }`,
      { input: { email, password: 'correct horse battery', name: email.split('@')[0] } },
    );
    expect(body.errors).toBeUndefined();
    const registered = body.data?.register as { user: { id: string }; session: { accessToken: string } };
    return { id: registered.user.id, token: registered.session.accessToken };
  };

  const basketEvents = (basketId: string) =>
    baskets.orm.em
      .fork()
      .find(OutboxMessage, { key: basketId, type: 'basket.changed' }, { orderBy: { position: 'asc' } });

  beforeAll(async () => {
    t = await startTestPlatform();
    baskets = t.platform.subgraphs.get('baskets') as RunningSubgraph;
    await t.platform.subgraphs
      .get('auth')
      ?.orm.em.fork()
      .transactional((em) =>
        createAccount(em, { email: 'admin@shop.test', name: 'Admin', password: 'a long password', roles: ['ADMIN'] }),
      );
    const { body } = await t.graphql<{ login: { session: { accessToken: string } } }>(
      'mutation { login(input: { email: "admin@shop.test", password: "a long password" }) { session { accessToken } } }',
    );
    admin = body.data?.login.session.accessToken as string;
  });
  afterAll(() => t?.stop());

  it('gives an anonymous shopper a token with the first item, in the payload and an httpOnly cookie', async () => {
    const candle = await newProduct('ANON-1', 1250);
    const vase = await newProduct('ANON-2', 400);

    const first = await add(candle, 2);
    expect(first.payload.userErrors).toEqual([]);
    const basketToken = first.payload.basketToken as string;
    expect(basketToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = first.headers.get('set-cookie') as string;
    expect(cookie).toContain(`comptoir_basket=${basketToken}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(first.payload.basket).toMatchObject({
      version: 1,
      itemCount: 2,
      subtotal: { amount: 2500, currency: 'EUR' },
      items: [
        {
          product: { id: candle, name: 'Candle ANON-1' },
          quantity: 2,
          unitPrice: { amount: 1250, currency: 'EUR' },
          lineTotal: { amount: 2500, currency: 'EUR' },
          problem: null,
        },
      ],
    });
    // Only the token's hash is stored.
    const stored = await baskets.orm.em.fork().findOneOrFail(Basket, { id: first.payload.basket?.id as string });
    expect(stored.tokenHash).toBe(createHash('sha256').update(basketToken).digest('hex'));

    // The token in a header (mobile): the same basket, no new token.
    const second = await add(vase, 3, withToken(basketToken));
    expect(second.payload.basketToken).toBeNull();
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.payload.basket).toMatchObject({
      id: first.payload.basket?.id,
      version: 2,
      itemCount: 5,
      subtotal: { amount: 3700, currency: 'EUR' },
    });

    // Read back through the header, and through the web cookie.
    const byHeader = await readBasket(withToken(basketToken));
    const byCookie = await readBasket({ headers: { cookie: `theme=dark; comptoir_basket=${basketToken}` } });
    expect(byHeader?.id).toBe(first.payload.basket?.id);
    expect(byCookie).toEqual(byHeader);
    expect(byHeader?.items.map((item) => [item.product.id, item.quantity, item.lineTotal.amount])).toEqual([
      [candle, 2, 2500],
      [vase, 3, 1200],
    ]);
    expect(await readBasket()).toBeNull();
    expect(await readBasket(withToken('not-a-real-token'))).toBeNull();

    // Every change is announced with the whole basket.
    const events = await basketEvents(first.payload.basket?.id as string);
    expect(events.map((event) => event.data)).toEqual([
      { basketId: first.payload.basket?.id, customerId: null, version: 1, items: [{ productId: candle, quantity: 2 }] },
      {
        basketId: first.payload.basket?.id,
        customerId: null,
        version: 2,
        items: [
          { productId: candle, quantity: 2 },
          { productId: vase, quantity: 3 },
        ],
      },
    ]);

    // A token that names no basket gets a fresh basket and token.
    const stale = await add(candle, 1, withToken('forgotten-token'));
    expect(stale.payload.basketToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stale.payload.basket?.id).not.toBe(first.payload.basket?.id);
  });

  it('refuses quantities outside 1 to 99, a line above 99, and unknown products, in the caller’s language', async () => {
    const candle = await newProduct('LIMIT-1');
    for (const quantity of [0, 100, -1]) {
      const refused = await add(candle, quantity);
      expect(refused.payload).toMatchObject({ basket: null, basketToken: null });
      expect(refused.payload.userErrors).toMatchObject([{ field: 'input.quantity', code: 'INVALID_QUANTITY' }]);
      // Nothing was created: no token, no cookie.
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    const french = await add(candle, 0, { headers: { 'accept-language': 'fr' } });
    expect(french.payload.userErrors[0]?.message).toBe('Choisissez une quantité de 1 à 99.');

    const first = await add(candle, 98);
    const basketToken = first.payload.basketToken as string;
    const beyond = await add(candle, 2, withToken(basketToken));
    expect(beyond.payload.userErrors).toMatchObject([{ field: 'input.quantity', code: 'QUANTITY_LIMIT' }]);
    const reachesLimit = await add(candle, 1, withToken(basketToken));
    expect(lineOf(reachesLimit.payload.basket, candle)?.quantity).toBe(99);
    expect((await add(candle, 1, withToken(basketToken))).payload.userErrors[0]?.code).toBe('QUANTITY_LIMIT');
    expect(lineOf(await readBasket(withToken(basketToken)), candle)?.quantity).toBe(99);
    // A refused change leaves the version alone.
    expect((await readBasket(withToken(basketToken)))?.version).toBe(2);

    for (const productId of [randomUUID(), 'not-an-id']) {
      const unknown = await add(productId, 1, withToken(basketToken));
      expect(unknown.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'UNKNOWN_PRODUCT' }]);
    }
    expect((await update(candle, 100, withToken(basketToken))).payload.userErrors.map((error) => error.code)).toEqual([
      'INVALID_QUANTITY',
    ]);
  });

  it('refuses more than the stock the catalog announced, and flags a line stock no longer covers', async () => {
    const candle = await newProduct('STOCK-1', 700, 50);
    // stock 50 → 3 available once stock.changed reaches baskets.
    await catalogWrite('adjustStock', { productId: candle, delta: -47 });
    await waitFor(async () => (await readModel(candle))?.available === 3, 'baskets saw stock.changed');

    const tooMany = await add(candle, 4);
    expect(tooMany.payload.userErrors).toMatchObject([{ field: 'input.quantity', code: 'INSUFFICIENT_STOCK' }]);
    expect(tooMany.payload.userErrors[0]?.message).toBe('Only 3 left in stock.');
    const fine = await add(candle, 2);
    const basketToken = fine.payload.basketToken as string;
    expect(lineOf(fine.payload.basket, candle)).toMatchObject({ quantity: 2, availableQuantity: 3, problem: null });
    // The line in total, not the units added, is compared with the stock.
    expect((await add(candle, 2, withToken(basketToken))).payload.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');
    expect((await update(candle, 4, withToken(basketToken))).payload.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');
    expect(lineOf((await update(candle, 3, withToken(basketToken))).payload.basket, candle)?.quantity).toBe(3);

    // Stock falls below the line: flagged, still counted (advisory; checkout reserves).
    await catalogWrite('adjustStock', { productId: candle, delta: -2 });
    await waitFor(
      async () => lineOf(await readBasket(withToken(basketToken)), candle)?.problem === 'INSUFFICIENT_STOCK',
      'the line is flagged',
    );
    expect(await readBasket(withToken(basketToken))).toMatchObject({
      itemCount: 3,
      subtotal: { amount: 2100 },
      items: [{ availableQuantity: 1, problem: 'INSUFFICIENT_STOCK' }],
    });
  });

  it('shows a price change within seconds, and flags an archived product instead of dropping it', async () => {
    const candle = await newProduct('PRICE-1', 1000);
    const vase = await newProduct('PRICE-2', 300);
    const first = await add(candle, 2);
    const basketToken = first.payload.basketToken as string;
    await add(vase, 1, withToken(basketToken));

    await catalogWrite('setProductPrice', { productId: candle, price: { amount: 1500, currency: 'EUR' } });
    await waitFor(
      async () => lineOf(await readBasket(withToken(basketToken)), candle)?.unitPrice.amount === 1500,
      'the new price reached the basket',
      5_000,
    );
    expect((await readBasket(withToken(basketToken)))?.subtotal).toEqual({ amount: 3300, currency: 'EUR' });

    await catalogWrite('archiveProduct', { productId: vase });
    await waitFor(
      async () => lineOf(await readBasket(withToken(basketToken)), vase)?.problem === 'ARCHIVED',
      'the archived product is flagged',
      5_000,
    );
    const flagged = await readBasket(withToken(basketToken));
    expect(flagged?.items).toHaveLength(2);
    expect(flagged).toMatchObject({ itemCount: 2, subtotal: { amount: 3000, currency: 'EUR' } });
    expect(lineOf(flagged, vase)).toMatchObject({ quantity: 1, availableQuantity: 0, problem: 'ARCHIVED' });

    const refused = await add(vase, 1, withToken(basketToken));
    expect(refused.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'PRODUCT_ARCHIVED' }]);
    const frenchly = await add(vase, 1, { headers: { 'x-basket-token': basketToken, 'accept-language': 'fr' } });
    expect(frenchly.payload.userErrors[0]?.message).toBe('Ce produit n’est plus en vente.');
    expect((await update(vase, 2, withToken(basketToken))).payload.userErrors[0]?.code).toBe('PRODUCT_ARCHIVED');
    // It can still be removed.
    expect((await remove(vase, withToken(basketToken))).payload.basket?.items).toHaveLength(1);
  });

  it('updates, removes and clears lines, each change a new version', async () => {
    const candle = await newProduct('EDIT-1', 500);
    const vase = await newProduct('EDIT-2', 200);
    const other = await newProduct('EDIT-3', 100);
    const first = await add(candle, 1);
    const basketToken = first.payload.basketToken as string;
    const options = withToken(basketToken);
    await add(vase, 1, options);

    const updated = await update(candle, 5, options);
    expect(updated.payload.userErrors).toEqual([]);
    expect(updated.payload.basket).toMatchObject({ version: 3, itemCount: 6, subtotal: { amount: 2700 } });
    expect((await update(other, 2, options)).payload.userErrors).toMatchObject([
      { field: 'input.productId', code: 'NOT_IN_BASKET' },
    ]);

    const removed = await remove(vase, options);
    expect(removed.payload.basket).toMatchObject({ version: 4, itemCount: 5 });
    expect(removed.payload.basket?.items.map((item) => item.product.id)).toEqual([candle]);
    expect((await remove(vase, options)).payload.userErrors[0]?.code).toBe('NOT_IN_BASKET');

    const cleared = await mutate('clearBasket', null, options);
    expect(cleared.payload.basket).toMatchObject({ version: 5, items: [], itemCount: 0, subtotal: { amount: 0 } });
    // Without a basket: nothing to edit, nothing to clear.
    expect((await update(candle, 1)).payload.userErrors[0]?.code).toBe('NOT_IN_BASKET');
    expect((await remove(candle)).payload.userErrors[0]?.code).toBe('NOT_IN_BASKET');
    expect((await mutate('clearBasket', null)).payload).toEqual({ basket: null, basketToken: null, userErrors: [] });

    const events = await basketEvents(first.payload.basket?.id as string);
    expect(events.map((event) => event.data.version)).toEqual([1, 2, 3, 4, 5]);
    expect(events.at(-1)?.data.items).toEqual([]);
  });

  it('merges the anonymous basket into the customer’s on sign-in, at most 99 a line, and drops its cookie', async () => {
    const candle = await newProduct('MERGE-1', 100);
    const vase = await newProduct('MERGE-2', 1000);
    const customer = await register('merge@shop.test');

    const own = await add(candle, 60, { token: customer.token });
    expect(own.payload.basketToken).toBeNull();
    expect(own.headers.get('set-cookie')).toBeNull();
    const anonymous = await add(candle, 50);
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
      [candle, 99],
      [vase, 2],
    ]);
    expect(merged.payload.basket).toMatchObject({ itemCount: 101, subtotal: { amount: 11900 } });
    const cleared = merged.headers.get('set-cookie') as string;
    expect(cleared).toMatch(/^comptoir_basket=;/);
    expect(cleared).toMatch(/Max-Age=0/i);

    // The anonymous basket is gone: its token names nothing.
    expect(await readBasket(withToken(basketToken))).toBeNull();
    expect(await baskets.orm.em.fork().count(Basket, { id: anonymous.payload.basket?.id as string })).toBe(0);
    expect(await baskets.orm.em.fork().count(BasketItem, { basket: anonymous.payload.basket?.id as string })).toBe(0);
    const again = await mutate('mergeBasket', { basketToken }, { token: customer.token });
    expect(again.payload.userErrors).toMatchObject([{ field: 'input.basketToken', code: 'BASKET_NOT_FOUND' }]);
    expect((await mutate('mergeBasket', {}, { token: customer.token })).payload.userErrors[0]?.code).toBe(
      'BASKET_NOT_FOUND',
    );
    const anonymousEvents = await basketEvents(anonymous.payload.basket?.id as string);
    expect(anonymousEvents.at(-1)?.data).toMatchObject({ customerId: null, version: 3, items: [] });

    // A mobile app passes the token in the input.
    const mobile = await add(vase, 1);
    const fromApp = await mutate('mergeBasket', { basketToken: mobile.payload.basketToken }, { token: customer.token });
    expect(lineOf(fromApp.payload.basket, vase)?.quantity).toBe(3);

    // The customer's basket, as the customer sees it on their profile.
    const { body } = await t.graphql<{ me: { id: string; basket: BasketView } }>(
      `{ me { id basket { ${BASKET} } } }`,
      {},
      { token: customer.token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toMatchObject({ id: customer.id, basket: { id: own.payload.basket?.id, itemCount: 102 } });
  });

  it('shows a user’s basket to the user and to staff, and to nobody else', async () => {
    const candle = await newProduct('SEEN-1');
    const owner = await register('owner@shop.test');
    const other = await register('other@shop.test');
    const ownBasket = (await add(candle, 1, { token: owner.token })).payload.basket?.id;

    // Staff reach any user through the user list.
    const { body } = await t.graphql<{ users: { edges: Array<{ node: { id: string; basket: { id: string } } }> } }>(
      '{ users(email: "owner@shop.test") { edges { node { id basket { id } } } } }',
      {},
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.users.edges[0]?.node).toEqual({ id: owner.id, basket: { id: ownBasket } });

    // No public operation takes a customer to someone else's User: ask the subgraph for the reference.
    const reference = (token: string) =>
      postGraphQL<{ _entities: Array<{ basket: { id: string } | null }> }>(
        baskets.url,
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { basket { id } } } }',
        { representations: [{ __typename: 'User', id: owner.id }] },
        { authorization: `Bearer ${token}` },
      );
    expect((await reference(other.token)).body.data?._entities).toEqual([{ basket: null }]);
    expect((await reference(owner.token)).body.data?._entities).toEqual([{ basket: { id: ownBasket } }]);
    expect((await reference(admin)).body.data?._entities).toEqual([{ basket: { id: ownBasket } }]);
    // The other user's own basket query never shows the owner's.
    expect(await readBasket({ token: other.token })).toBeNull();
  });

  it('reads baskets, their lines and prices in one statement each, whatever their size (no N+1)', async () => {
    const products = await Promise.all([1, 2, 3, 4, 5].map((n) => newProduct(`BATCH-${n}`, n * 100)));
    const customers = await Promise.all([1, 3, 5].map((n) => register(`batch-${n}@shop.test`)));
    for (const [index, customer] of customers.entries()) {
      for (const productId of products.slice(0, [1, 3, 5][index])) await add(productId, 1, { token: customer.token });
    }

    // A second instance of the subgraph on the same database, to see its SQL; `Bearer <user id>`
    // signs in as that user, `Bearer staff` as staff.
    const statements: string[] = [];
    const observed = await startSubgraph(basketsSubgraph, {
      env: testEnv(baskets.orm.config.get('clientUrl') as string),
      processMetrics: false,
      verifyClaims: async (authorization) => {
        const who = authorization?.replace(/^Bearer /, '');
        if (!who) return null;
        return who === 'staff'
          ? { sub: randomUUID(), roles: ['SUPPORT_AGENT'], scopes: ['orders:read'] }
          : { sub: who, roles: ['CUSTOMER'], scopes: [] };
      },
      onQuery: (sql) => {
        if (!/outbox_message|processed_event/.test(sql)) statements.push(sql);
      },
    });
    try {
      const lines =
        'items { product { id } quantity unitPrice { amount } lineTotal { amount } problem availableQuantity }';
      const statementsFor = async (query: string, who: string, variables: Record<string, unknown> = {}) => {
        statements.length = 0;
        const { body } = await postGraphQL<Record<string, unknown>>(observed.url, query, variables, {
          authorization: `Bearer ${who}`,
        });
        expect(body.errors).toBeUndefined();
        return { body, count: statements.length };
      };
      const ownBasket = `{ basket { id itemCount subtotal { amount } ${lines} } }`;
      const small = await statementsFor(ownBasket, customers[0]?.id as string);
      const large = await statementsFor(ownBasket, customers[2]?.id as string);
      expect(large.body.data?.basket).toMatchObject({ itemCount: 5, subtotal: { amount: 1500 } });
      expect(small.count).toBe(3);
      expect(large.count).toBe(3);

      const references = await statementsFor(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on User { basket { itemCount subtotal { amount } ${lines} } } } }`,
        'staff',
        { representations: customers.map((customer) => ({ __typename: 'User', id: customer.id })) },
      );
      expect(
        ((references.body.data?._entities ?? []) as Array<{ basket: { itemCount: number } }>).map(
          (user) => user.basket.itemCount,
        ),
      ).toEqual([1, 3, 5]);
      expect(references.count).toBe(3);
    } finally {
      await observed.stop();
    }
  });

  it('keeps every unit of 20 concurrent adds by one customer (no lost update)', async () => {
    const candle = await newProduct('RACE-1', 10);
    const racer = await register('racer@shop.test');
    const results = await Promise.all(Array.from({ length: 20 }, () => add(candle, 4, { token: racer.token })));
    expect(results.flatMap((result) => result.payload.userErrors)).toEqual([]);

    const basket = await readBasket({ token: racer.token });
    expect(lineOf(basket, candle)?.quantity).toBe(80);
    expect(basket?.version).toBe(20);
    // One basket however the first writes raced; each change announced once, in order.
    expect(await baskets.orm.em.fork().count(Basket, { customerId: racer.id })).toBe(1);
    const events = await basketEvents(basket?.id as string);
    expect(events.map((event) => event.data.version)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(events.map((event) => (event.data.items as Array<{ quantity: number }>)[0]?.quantity)).toEqual(
      Array.from({ length: 20 }, (_, index) => 4 * (index + 1)),
    );
  });

  it('empties the ordered lines when the order is placed, keeping lines changed since', async () => {
    const candle = await newProduct('ORDER-1', 100);
    const vase = await newProduct('ORDER-2', 200);
    const lamp = await newProduct('ORDER-3', 300);
    const shopper = await register('orderer@shop.test');
    const options = { token: shopper.token };
    await add(candle, 2, options);
    const ordered = (await add(vase, 1, options)).payload.basket as BasketView;
    // After the order was built from version 2: a new line, and a change to an ordered one.
    await add(lamp, 1, options);
    await update(vase, 3, options);

    /** Delivers order.placed through the platform's event transport, as the orders relay would. */
    const placeOrder = async (data: DomainEvent<'order.placed'>['data'], id: string = randomUUID()) => {
      const event: DomainEvent<'order.placed'> = {
        id,
        source: '/comptoir/orders',
        type: 'order.placed',
        version: 1,
        subject: data.orderId,
        time: new Date().toISOString(),
        data,
      };
      await baskets.transport.publish([toMessage(event as DomainEvent, 'order')]);
      return id;
    };
    const order = {
      orderId: randomUUID(),
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
    const events = await basketEvents(ordered.id);
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
    expect(await basketEvents(ordered.id)).toHaveLength(events.length);
  });
});
