import { baskets } from '@comptoir/baskets';
import { waitFor } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basketApi } from './shopping.ts';

// A shopper adding a product the catalog created a moment ago, before its event reached baskets.
describe('a product just created by the catalog', () => {
  let t: TestPlatform;
  const { add } = basketApi(() => t);
  const announce = (productId: string) =>
    t.deliver({
      type: 'product.created',
      subject: productId,
      data: {
        productId,
        sku: `NEW-${productId.slice(-6)}`,
        name: 'New candle',
        nameFr: 'Nouvelle bougie',
        price: { amount: 1500, currency: 'EUR' },
        status: 'ACTIVE',
      },
    });

  /** Statements baskets has run against its copy of the catalog. */
  let productLookups = 0;

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [baskets],
      onQuery: (_, sql) => {
        if (sql.includes('basket_product')) productLookups += 1;
      },
    });
  });
  afterAll(() => t?.stop());

  it('is added once its announcement arrives, instead of being called unknown', async () => {
    const productId = uuidv7();
    const lookupsBefore = productLookups;
    const adding = add(productId, 2);
    // Announced only once baskets has looked for the product and not found it.
    await waitFor(async () => productLookups > lookupsBefore, 'baskets looked the product up');
    await announce(productId);
    const { payload } = await adding;
    expect(payload.userErrors).toEqual([]);
    expect(payload.basket?.items).toMatchObject([{ product: { id: productId }, quantity: 2 }]);
  });

  it('is a retryable PRODUCT_NOT_YET_AVAILABLE if the announcement is still late, and can be added after it', async () => {
    const productId = uuidv7();
    const { payload } = await add(productId, 1);
    expect(payload.userErrors).toEqual([
      { field: 'input.productId', code: 'PRODUCT_NOT_YET_AVAILABLE', message: expect.stringMatching(/try again/) },
    ]);
    expect(payload.basket).toBeNull();
    await announce(productId);
    expect((await add(productId, 1)).payload.userErrors).toEqual([]);
  });

  it('is UNKNOWN_PRODUCT at once for an id minted long ago that baskets never heard of', async () => {
    // A UUIDv7 from an hour ago: its first 48 bits are its creation time.
    const hourAgo = (Date.now() - 3_600_000).toString(16).padStart(12, '0');
    const productId = `${hourAgo.slice(0, 8)}-${hourAgo.slice(8)}${uuidv7().slice(13)}`;
    const { payload } = await add(productId, 1);
    expect(payload.userErrors.map((error) => error.code)).toEqual(['UNKNOWN_PRODUCT']);
  });
});
