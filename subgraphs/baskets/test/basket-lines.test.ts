import { createHash, randomUUID } from 'node:crypto';
import { Basket, baskets } from '@comptoir/baskets';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basketApi, basketEvents, catalogEvents, lineOf, newCustomer, withToken } from './shopping.ts';

// A basket's lines through the router, baskets alone on real PostgreSQL: anonymous tokens (header
// and cookie), validation, prices and stock from the catalog's events, edits, concurrent writes.
describe('basket lines', () => {
  let t: TestPlatform;
  const { mutate, add, update, remove, readBasket } = basketApi(() => t);
  const catalog = catalogEvents(() => t);

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [baskets] });
  });
  afterAll(() => t?.stop());

  it('gives an anonymous shopper a token with the first item, in the payload and an httpOnly cookie', async () => {
    const candle = await catalog.create('ANON-1', 1250);
    const vase = await catalog.create('ANON-2', 400);

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
          product: { id: candle },
          quantity: 2,
          unitPrice: { amount: 1250, currency: 'EUR' },
          lineTotal: { amount: 2500, currency: 'EUR' },
          problem: null,
        },
      ],
    });
    // Only the token's hash is stored.
    const stored = await t.em('baskets').findOneOrFail(Basket, { id: first.payload.basket?.id as string });
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
    const events = await basketEvents(t, first.payload.basket?.id as string);
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

  it('refuses quantities outside 1 to 999, a line above 999, and unknown products, in the caller’s language', async () => {
    const candle = await catalog.create('LIMIT-1', 1000, 5000);
    for (const [quantity, code] of [
      [0, 'INVALID_QUANTITY'],
      [1000, 'QUANTITY_TOO_HIGH'],
      [-1, 'INVALID_QUANTITY'],
    ] as const) {
      const refused = await add(candle, quantity);
      expect(refused.payload).toMatchObject({ basket: null, basketToken: null });
      expect(refused.payload.userErrors).toMatchObject([{ field: 'input.quantity', code }]);
      // Nothing was created: no token, no cookie.
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    const french = await add(candle, 0, { headers: { 'accept-language': 'fr' } });
    expect(french.payload.userErrors[0]?.message).toBe('Choisissez une quantité de 1 à 999.');

    const first = await add(candle, 998);
    const basketToken = first.payload.basketToken as string;
    const beyond = await add(candle, 2, withToken(basketToken));
    expect(beyond.payload.userErrors).toMatchObject([{ field: 'input.quantity', code: 'QUANTITY_TOO_HIGH' }]);
    const reachesLimit = await add(candle, 1, withToken(basketToken));
    expect(lineOf(reachesLimit.payload.basket, candle)?.quantity).toBe(999);
    expect((await add(candle, 1, withToken(basketToken))).payload.userErrors[0]?.code).toBe('QUANTITY_TOO_HIGH');
    expect(lineOf(await readBasket(withToken(basketToken)), candle)?.quantity).toBe(999);
    // A refused change leaves the version alone.
    expect((await readBasket(withToken(basketToken)))?.version).toBe(2);

    const unknown = await add(randomUUID(), 1, withToken(basketToken));
    expect(unknown.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'UNKNOWN_PRODUCT' }]);
    // A malformed id is refused by the kit before the domain looks for it.
    const malformed = await add('not-an-id', 1, withToken(basketToken));
    expect(malformed.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'INVALID' }]);
    expect((await update(candle, 1000, withToken(basketToken))).payload.userErrors.map((error) => error.code)).toEqual([
      'QUANTITY_TOO_HIGH',
    ]);
  });

  it('refuses more than the stock the catalog announced, and flags a line stock no longer covers', async () => {
    const candle = await catalog.create('STOCK-1', 700, 50);
    await catalog.setStock(candle, 3);

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
    await catalog.setStock(candle, 1);
    expect(lineOf(await readBasket(withToken(basketToken)), candle)?.problem).toBe('INSUFFICIENT_STOCK');
    expect(await readBasket(withToken(basketToken))).toMatchObject({
      itemCount: 3,
      subtotal: { amount: 2100 },
      items: [{ availableQuantity: 1, problem: 'INSUFFICIENT_STOCK' }],
    });
  });

  it('shows a price change once the catalog announces it, and flags an archived product instead of dropping it', async () => {
    const candle = await catalog.create('PRICE-1', 1000);
    const vase = await catalog.create('PRICE-2', 300);
    const first = await add(candle, 2);
    const basketToken = first.payload.basketToken as string;
    await add(vase, 1, withToken(basketToken));

    await catalog.setPrice(candle, 1500);
    expect(lineOf(await readBasket(withToken(basketToken)), candle)?.unitPrice.amount).toBe(1500);
    expect((await readBasket(withToken(basketToken)))?.subtotal).toEqual({ amount: 3300, currency: 'EUR' });

    await catalog.archive(vase);
    expect(lineOf(await readBasket(withToken(basketToken)), vase)?.problem).toBe('ARCHIVED');
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
    const candle = await catalog.create('EDIT-1', 500);
    const vase = await catalog.create('EDIT-2', 200);
    const other = await catalog.create('EDIT-3', 100);
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

    const events = await basketEvents(t, first.payload.basket?.id as string);
    expect(events.map((event) => event.data.version)).toEqual([1, 2, 3, 4, 5]);
    expect(events.at(-1)?.data.items).toEqual([]);
  });

  it('keeps every unit of 20 concurrent adds by one customer (no lost update)', async () => {
    const candle = await catalog.create('RACE-1', 10);
    const racer = await newCustomer(t);
    const results = await Promise.all(Array.from({ length: 20 }, () => add(candle, 4, { token: racer.token })));
    expect(results.flatMap((result) => result.payload.userErrors)).toEqual([]);

    const basket = await readBasket({ token: racer.token });
    expect(lineOf(basket, candle)?.quantity).toBe(80);
    expect(basket?.version).toBe(20);
    // One basket however the first writes raced; each change announced once, in order.
    expect(await t.em('baskets').count(Basket, { customerId: racer.id })).toBe(1);
    const events = await basketEvents(t, basket?.id as string);
    expect(events.map((event) => event.data.version)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(events.map((event) => (event.data.items as Array<{ quantity: number }>)[0]?.quantity)).toEqual(
      Array.from({ length: 20 }, (_, index) => 4 * (index + 1)),
    );
  });
});
