import { BasketProduct, baskets } from '@comptoir/baskets';
import { catalog, createProduct } from '@comptoir/catalog';
import { orders, ProductPrice } from '@comptoir/orders';
import { productInput, requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What "ready" and every test's eventsSettled() rely on: settled means applied by every consumer,
// not merely acknowledged by the broker.
describe('events settled on real Kafka', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [catalog, baskets, orders],
      env: { KAFKA_BROKERS: requireKafkaBrokers() },
    });
  });
  afterAll(() => t?.stop());

  it('resolves only once every consumer group has applied what was published', async () => {
    const products = [];
    for (let index = 0; index < 10; index++) {
      const { product } = await createProduct(
        { em: t.em('catalog'), traceparent: undefined },
        productInput(`SETTLED-${index}`, 1000 + index),
      );
      products.push(product.id);
    }
    await t.eventsSettled();
    // No waiting past this point: both read models already hold every product.
    expect(await t.em('baskets').count(BasketProduct, { id: { $in: products } })).toBe(10);
    expect(await t.em('orders').count(ProductPrice, { productId: { $in: products } })).toBe(10);
  });
});
