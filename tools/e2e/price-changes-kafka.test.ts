import { BasketProduct } from '@comptoir/baskets';
import { ProductPrice } from '@comptoir/orders';
import { productInput, requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';

type UserErrors = Array<{ field: string | null; code: string }>;

// Per product, events publish in commit order and carry the product's version; read models skip
// older versions. Whatever order the 200 transactions commit in, the copies end on the last price.
describe('concurrent price changes of one product, on Kafka', () => {
  let t: TestPlatform;
  let admin: string;

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs,
      env: { KAFKA_BROKERS: requireKafkaBrokers(), DATABASE_POOL_MAX: '10' },
    });
    admin = await t.token({ sub: uuidv7(), roles: ['ADMIN'], scope: 'catalog:write catalog:admin' });
  });
  afterAll(() => t?.stop());

  it('200 setProductPrice at once: orders and baskets end on the price the catalog has', async () => {
    const { body: created } = await t.graphql<{
      createProduct: { product: { id: string } | null; userErrors: UserErrors };
    }>(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { field code } } }',
      { input: productInput('RACE-PRICE', 1000, 5) },
      { token: admin },
    );
    expect(created.data?.createProduct.userErrors).toEqual([]);
    const productId = created.data?.createProduct.product?.id as string;

    const changes = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        t.graphql<{ setProductPrice: { userErrors: UserErrors } }>(
          'mutation ($id: ID!, $amount: MinorUnits!) { setProductPrice(input: { productId: $id, price: { amount: $amount, currency: "EUR" } }) { userErrors { field code } } }',
          { id: productId, amount: 2000 + n },
          { token: admin },
        ),
      ),
    );
    for (const { body } of changes) expect(body.errors ?? body.data?.setProductPrice.userErrors).toEqual([]);
    await t.eventsSettled();

    const [catalog] = await t
      .em('catalog')
      .getConnection()
      .execute<Array<{ amount: string }>>('select price_amount::text as amount from catalog.product where id = ?', [
        productId,
      ]);
    const ordersCopy = await t.em('orders').findOneOrFail(ProductPrice, { productId });
    const basketsCopy = await t.em('baskets').findOneOrFail(BasketProduct, { id: productId });
    expect(Number(ordersCopy.amount)).toBe(Number(catalog?.amount));
    expect(Number(basketsCopy.amount)).toBe(Number(catalog?.amount));
    // product.created (1), its initial stock.changed (2), then one version per price change.
    expect(ordersCopy.productVersion).toBe(202);
    expect(basketsCopy.productVersion).toBe(202);
  });
});
