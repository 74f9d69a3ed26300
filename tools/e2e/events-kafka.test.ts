import { catalog, createProduct, setProductPrice } from '@comptoir/catalog';
import { waitFor } from '@comptoir/kit';
import { orders, ProductPrice } from '@comptoir/orders';
import { productInput, requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Catalog publishes a product change through its outbox to a real Kafka broker; orders keeps its
// price list from it. The kit's own tests cover the outbox, relay and consumer in depth.
describe('events between subgraphs through real Kafka', () => {
  let t: TestPlatform;
  const priceOf = (productId: string) => t.em('orders').findOne(ProductPrice, { productId });

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog, orders], env: { KAFKA_BROKERS: requireKafkaBrokers() } });
  });
  afterAll(() => t?.stop());

  it('carries a committed change from catalog to the orders read model', async () => {
    const { product } = await createProduct(
      { em: t.em('catalog'), traceparent: undefined },
      productInput('KAFKA-1', 1234),
    );

    await waitFor(async () => (await priceOf(product.id))?.amount === 1234, 'orders saw product.created');
    expect(await priceOf(product.id)).toMatchObject({
      sku: 'KAFKA-1',
      name: 'Product KAFKA-1',
      nameFr: 'Produit KAFKA-1',
      currency: 'EUR',
      status: 'ACTIVE',
    });
  });

  it('reprices the orders read model when catalog changes a price', async () => {
    const ctx = () => ({ em: t.em('catalog'), traceparent: undefined });
    const { product } = await createProduct(ctx(), productInput('KAFKA-2', 1500));
    await waitFor(async () => (await priceOf(product.id))?.amount === 1500, 'orders saw product.created');

    await setProductPrice(ctx(), product.id, { amount: 1990, currency: 'EUR' });
    await waitFor(async () => (await priceOf(product.id))?.amount === 1990, 'orders repriced');
  });
});
