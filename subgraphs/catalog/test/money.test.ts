import { randomUUID } from 'node:crypto';
import { catalog } from '@comptoir/catalog';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Prices through the router, catalog alone on real PostgreSQL: MinorUnits takes safe integers
// only, a unit price is at most 1,000,000,000 minor units, currencies are ISO 4217 codes.
describe('catalog prices', () => {
  let t: TestPlatform;
  let admin: string;
  type Price = { amount: unknown; currency: string };
  type Body = {
    data?: {
      createProduct: {
        product: { id: string; price: Price } | null;
        userErrors: Array<{ field: string; code: string }>;
      };
    };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };

  const create = async (sku: string, price: Price) =>
    (
      await t.graphql<Body['data'] & object>(
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id price { amount currency } } userErrors { field code } } }',
        { input: { ...productInput(sku), price } },
        { token: admin },
      )
    ).body as Body;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
  });
  afterAll(() => t?.stop());

  it('takes a unit price up to 1,000,000,000 minor units and refuses more with PRICE_TOO_HIGH', async () => {
    const highest = await create('PRICE-MAX', { amount: 1_000_000_000, currency: 'EUR' });
    expect(highest.data?.createProduct).toMatchObject({
      product: { price: { amount: 1_000_000_000, currency: 'EUR' } },
      userErrors: [],
    });
    const beyond = await create('PRICE-BEYOND', { amount: 1_000_000_001, currency: 'EUR' });
    expect(beyond.errors).toBeUndefined();
    expect(beyond.data?.createProduct).toEqual({
      product: null,
      userErrors: [{ field: 'input.price.amount', code: 'PRICE_TOO_HIGH' }],
    });

    const productId = highest.data?.createProduct.product?.id;
    const repriced = await t.graphql<{ setProductPrice: { userErrors: Array<{ field: string; code: string }> } }>(
      'mutation ($id: ID!, $amount: MinorUnits!) { setProductPrice(input: { productId: $id, price: { amount: $amount, currency: "EUR" } }) { userErrors { field code } } }',
      { id: productId, amount: 2_000_000_000 },
      { token: admin },
    );
    expect(repriced.body.data?.setProductPrice.userErrors).toEqual([
      { field: 'input.price.amount', code: 'PRICE_TOO_HIGH' },
    ]);
  });

  it('refuses a float, a string or an unsafe integer amount as BAD_USER_INPUT, in variables and in the operation', async () => {
    for (const amount of [10.5, '1000', 2 ** 53, 1e21]) {
      const refused = await create(`PRICE-BAD-${randomUUID()}`, { amount, currency: 'EUR' });
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(refused.errors)).toBe('BAD_USER_INPUT');
      expect(refused.data?.createProduct ?? null).toBeNull();
    }
    for (const literal of ['10.5', '"1000"', '9007199254740993']) {
      const { body } = await t.graphql(
        `mutation { setProductPrice(input: { productId: "${randomUUID()}", price: { amount: ${literal}, currency: "EUR" } }) { userErrors { code } } }`,
        {},
        { token: admin },
      );
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe('BAD_USER_INPUT');
    }
    const filtered = await t.graphql(
      'query ($min: MinorUnits) { products(filter: { minPrice: $min }) { totalCount } }',
      {
        min: 0.5,
      },
    );
    expect(filtered.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts ISO 4217 currencies only: JPY yes, XYZ and eur no (INVALID_CURRENCY)', async () => {
    const yen = await create('PRICE-JPY', { amount: 4800, currency: 'JPY' });
    expect(yen.data?.createProduct).toMatchObject({
      product: { price: { amount: 4800, currency: 'JPY' } },
      userErrors: [],
    });
    for (const currency of ['XYZ', 'eur', 'EURO']) {
      const refused = await create(`PRICE-${currency}`, { amount: 4800, currency });
      expect(refused.data?.createProduct).toEqual({
        product: null,
        userErrors: [{ field: 'input.price.currency', code: 'INVALID_CURRENCY' }],
      });
    }
  });
});
