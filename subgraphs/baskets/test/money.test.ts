import { baskets } from '@comptoir/baskets';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basketApi, catalogEvents, lineOf, newCustomer, type Options, withToken } from './shopping.ts';

// Money in baskets, through the router on real PostgreSQL: exact 64-bit amounts, the platform's
// maximums (999 units a line, 100 lines), and one currency per basket.
describe('money in baskets', () => {
  let t: TestPlatform;
  const { mutate, add, readBasket } = basketApi(() => t);
  const catalog = catalogEvents(() => t);
  /** 101 products at 1.00 EUR: one more than a basket holds. */
  let products: string[];

  /** Adds one unit of each product, without reading the basket back each time. */
  const addEach = async (productIds: string[], options: Options) => {
    for (const productId of productIds) {
      const { body } = await t.graphql<{ addBasketItem: { userErrors: unknown[] } }>(
        'mutation ($input: AddBasketItemInput!) { addBasketItem(input: $input) { userErrors { code } } }',
        { input: { productId, quantity: 1 } },
        options,
      );
      expect(body.data?.addBasketItem.userErrors).toEqual([]);
    }
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [baskets] });
    products = await Promise.all(Array.from({ length: 101 }, (_, n) => catalog.create(`MONEY-LINE-${n}`, 100, 2000)));
  });
  afterAll(() => t?.stop());

  it('prices 30,000,000 minor units × 99 exactly, beyond 32 bits', async () => {
    const piano = await catalog.create('MONEY-PIANO', 30_000_000, 200);
    const added = await add(piano, 99);
    expect(added.payload.userErrors).toEqual([]);
    const expected = {
      itemCount: 99,
      subtotal: { amount: 2_970_000_000, currency: 'EUR' },
      items: [
        {
          quantity: 99,
          unitPrice: { amount: 30_000_000, currency: 'EUR' },
          lineTotal: { amount: 2_970_000_000, currency: 'EUR' },
          problem: null,
        },
      ],
    };
    expect(added.payload.basket).toMatchObject(expected);
    expect(await readBasket(withToken(added.payload.basketToken as string))).toMatchObject(expected);
  });

  it('refuses a line above 999 units and a 101st line, and keeps the basket as it was', async () => {
    const [first, ...rest] = products as [string, ...string[]];
    const opened = await add(first, 999);
    const basketToken = opened.payload.basketToken as string;
    const tooHigh = await add(first, 1, withToken(basketToken));
    expect(tooHigh.payload.userErrors).toMatchObject([{ field: 'input.quantity', code: 'QUANTITY_TOO_HIGH' }]);

    await addEach(rest.slice(0, 99), withToken(basketToken));
    const full = await readBasket(withToken(basketToken));
    expect(full?.items).toHaveLength(100);

    const hundredAndFirst = await add(rest[99] as string, 1, withToken(basketToken));
    expect(hundredAndFirst.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'TOO_MANY_LINES' }]);
    const after = await readBasket(withToken(basketToken));
    expect(after?.items).toHaveLength(100);
    expect(after?.version).toBe(full?.version);
    // More of a product already there is still fine.
    const more = await add(rest[0] as string, 5, withToken(basketToken));
    expect(more.payload.userErrors).toEqual([]);
    expect(lineOf(more.payload.basket, rest[0] as string)?.quantity).toBe(6);
    expect(more.payload.basket?.subtotal).toEqual({ amount: (999 + 99 + 5) * 100, currency: 'EUR' });
  });

  it('refuses a merge that would make more than 100 lines, leaving both baskets as they were', async () => {
    const customer = await newCustomer(t);
    await addEach(products.slice(0, 60), { token: customer.token });
    const [anonymousFirst, ...anonymousRest] = products.slice(60) as [string, ...string[]];
    const basketToken = (await add(anonymousFirst, 1)).payload.basketToken as string;
    await addEach(anonymousRest, withToken(basketToken));

    const merged = await mutate('mergeBasket', { basketToken }, { token: customer.token });
    expect(merged.payload.userErrors).toMatchObject([{ field: 'input.basketToken', code: 'TOO_MANY_LINES' }]);
    expect((await readBasket({ token: customer.token }))?.items).toHaveLength(60);
    expect((await readBasket(withToken(basketToken)))?.items).toHaveLength(41);
  });

  it('refuses a product in another currency than the basket’s (CURRENCY_MISMATCH); the basket still reads', async () => {
    const croissant = await catalog.create('MONEY-EUR', 250);
    const bagel = await catalog.create('MONEY-USD', 300, 500, 'USD');
    const opened = await add(croissant, 2);
    const basketToken = opened.payload.basketToken as string;

    const refused = await add(bagel, 1, withToken(basketToken));
    expect(refused.payload.userErrors).toMatchObject([{ field: 'input.productId', code: 'CURRENCY_MISMATCH' }]);
    const french = await add(bagel, 1, { headers: { ...withToken(basketToken).headers, 'accept-language': 'fr' } });
    expect(french.payload.userErrors[0]?.message).toContain('EUR');
    expect(await readBasket(withToken(basketToken))).toMatchObject({
      itemCount: 2,
      subtotal: { amount: 500, currency: 'EUR' },
      items: [{ product: { id: croissant }, problem: null }],
    });

    // A basket of USD products is fine on its own.
    const inDollars = await add(bagel, 3);
    expect(inDollars.payload.userErrors).toEqual([]);
    expect(inDollars.payload.basket?.subtotal).toEqual({ amount: 900, currency: 'USD' });
  });

  it('flags a line whose product the catalog repriced in another currency, and leaves it out of the subtotal', async () => {
    const tea = await catalog.create('MONEY-TEA', 800);
    const pot = await catalog.create('MONEY-POT', 2500);
    const opened = await add(tea, 1);
    const basketToken = opened.payload.basketToken as string;
    await add(pot, 2, withToken(basketToken));

    // The catalog now sells the pot in Swiss francs: the basket holds two currencies.
    await catalog.setPrice(pot, 2700, 'CHF');
    const basket = await readBasket(withToken(basketToken));
    expect(basket).toMatchObject({ itemCount: 1, subtotal: { amount: 800, currency: 'EUR' } });
    expect(lineOf(basket, pot)).toMatchObject({
      problem: 'CURRENCY_MISMATCH',
      unitPrice: { amount: 2700, currency: 'CHF' },
    });
    expect(lineOf(basket, tea)?.problem).toBeNull();
    // More of the mismatched product is refused too.
    expect((await add(pot, 1, withToken(basketToken))).payload.userErrors[0]?.code).toBe('CURRENCY_MISMATCH');
  });

  it('refuses to merge an anonymous basket in another currency into the customer’s, leaving both as they were', async () => {
    const customer = await newCustomer(t);
    const scarf = await catalog.create('MONEY-GBP', 4500, 500, 'GBP');
    const hat = await catalog.create('MONEY-EUR-HAT', 3000);
    await add(hat, 1, { token: customer.token });
    const anonymous = await add(scarf, 1);
    const basketToken = anonymous.payload.basketToken as string;

    const merged = await mutate('mergeBasket', { basketToken }, { token: customer.token });
    expect(merged.payload.userErrors).toMatchObject([{ field: 'input.basketToken', code: 'CURRENCY_MISMATCH' }]);
    expect((await readBasket({ token: customer.token }))?.items.map((item) => item.product.id)).toEqual([hat]);
    expect((await readBasket(withToken(basketToken)))?.items.map((item) => item.product.id)).toEqual([scarf]);
  });
});
