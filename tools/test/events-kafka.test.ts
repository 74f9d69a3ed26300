import { catalog, createProduct, setProductPrice } from '@comptoir/catalog';
import {
  type ConsumerDefinition,
  type DomainEvent,
  OutboxMessage,
  type RunningSubgraph,
  startConsumer,
  startSubgraph,
  waitFor,
} from '@comptoir/kit';
import { createScratchDatabase, requireKafkaBrokers, testEnv, testServerUrl } from '@comptoir/kit/testing';
import { orders, ProductPrice } from '@comptoir/orders';
import { Kafka, logLevel } from 'kafkajs';
import { Counter, Gauge, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productInput } from './product-fixtures.ts';

// catalog publishes through its outbox to a real Kafka broker; orders consumes.
describe('events through real Kafka', () => {
  const brokers = requireKafkaBrokers();
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let catalogService: RunningSubgraph;
  let ordersService: RunningSubgraph;
  let env: ReturnType<typeof testEnv>;
  const create = async (sku: string, amount?: number) =>
    (await createProduct({ em: catalogService.orm.em.fork(), traceparent: undefined }, productInput(sku, amount)))
      .product;
  const priceOf = (productId: string) => ordersService.orm.em.fork().findOne(ProductPrice, { productId });

  beforeAll(async () => {
    database = await createScratchDatabase(testServerUrl);
    env = testEnv(database.url, { KAFKA_BROKERS: brokers });
    catalogService = await startSubgraph(catalog, { env, migrate: true, processMetrics: false });
    ordersService = await startSubgraph(orders, { env, migrate: true, processMetrics: false });
  });

  afterAll(async () => {
    await ordersService?.stop();
    await catalogService?.stop();
    await database?.drop();
  });

  it('carries a committed change from catalog to the orders read model', async () => {
    const product = await create('KAFKA-1', 1234);
    await waitFor(async () => (await priceOf(product.id))?.amount === 1234, 'orders saw product.created');
    expect(await priceOf(product.id)).toMatchObject({
      sku: 'KAFKA-1',
      name: 'Product KAFKA-1',
      nameFr: 'Produit KAFKA-1',
      currency: 'EUR',
      status: 'ACTIVE',
    });
  });

  it('applies a redelivered event exactly once', async () => {
    const product = await create('KAFKA-REDELIVERED');
    await waitFor(async () => (await priceOf(product.id)) !== null, 'first delivery applied');
    // Mark the read model so a second application would show: the upsert would restore the name.
    await ordersService.orm.em.fork().nativeUpdate(ProductPrice, { productId: product.id }, { name: 'applied once' });

    // Redeliver: the relay publishes the same outbox row (same event id) again.
    const catalogEm = catalogService.orm.em.fork();
    const row = await catalogEm.findOneOrFail(OutboxMessage, { key: product.id, type: 'product.created' });
    await catalogEm.nativeUpdate(OutboxMessage, { position: row.position }, { publishedAt: null });
    catalogService.relay.wake();

    const duplicates = async () => {
      const metrics = await fetch(ordersService.url.replace('/graphql', '/metrics')).then((response) =>
        response.text(),
      );
      const match =
        /events_handled_total\{group="orders.catalog-prices",outcome="duplicate",service="orders"\} (\d+)/.exec(
          metrics,
        );
      return Number(match?.[1] ?? 0);
    };
    await waitFor(async () => (await duplicates()) === 1, 'orders received the redelivered event');
    expect((await priceOf(product.id))?.name).toBe('applied once');
  });

  it('publishes nothing for a change whose transaction rolled back', async () => {
    // The product and its outbox row are flushed, then a later step of the same transaction fails.
    await expect(
      catalogService.orm.em.fork().transactional(async (em) => {
        await createProduct({ em, traceparent: undefined }, productInput('KAFKA-ROLLED-BACK'));
        expect(await em.count(OutboxMessage, { type: 'product.created' })).toBeGreaterThan(0);
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');
    const after = await create('KAFKA-AFTER-ROLLBACK');
    await waitFor(async () => (await priceOf(after.id)) !== null, 'the next committed event arrived');

    const outbox = await catalogService.orm.em.fork().find(OutboxMessage, {});
    expect(outbox.filter((row) => (row.data as { sku: string }).sku === 'KAFKA-ROLLED-BACK')).toEqual([]);
    expect(await ordersService.orm.em.fork().count(ProductPrice, { sku: 'KAFKA-ROLLED-BACK' })).toBe(0);
  });

  it('dead-letters an event whose handler keeps failing, and later events of the same key still flow', async () => {
    const attempts = new Map<string, number>();
    const handled: string[] = [];
    const flaky: ConsumerDefinition = {
      group: 'test.poison',
      handlers: {
        'product.created': async (_ctx, event: DomainEvent<'product.created'>) => {
          attempts.set(event.subject, (attempts.get(event.subject) ?? 0) + 1);
          if (event.data.sku === 'KAFKA-POISON') throw new Error('cannot apply this one');
        },
        // The next event of the poisoned product: same key, so same partition, behind it.
        'product.updated': async (_ctx, event: DomainEvent<'product.updated'>) => {
          handled.push(`${event.data.sku}@${event.data.price.amount}`);
        },
      },
    };
    const registry = new Registry();
    await startConsumer(flaky, {
      em: ordersService.orm.em,
      transport: ordersService.transport,
      log: ordersService.log,
      maxAttempts: env.EVENT_MAX_ATTEMPTS,
      retryBaseMs: env.EVENT_RETRY_BASE_MS,
      metrics: {
        handled: new Counter({ name: 'h', help: 'h', labelNames: ['group', 'outcome'], registers: [registry] }),
        lag: new Gauge({ name: 'l', help: 'l', labelNames: ['group', 'topic'], registers: [registry] }),
      },
    });

    const poison = await create('KAFKA-POISON');
    await setProductPrice({ em: catalogService.orm.em.fork(), traceparent: undefined }, poison.id, {
      amount: 4242,
      currency: 'EUR',
    });
    await waitFor(
      async () => handled.includes('KAFKA-POISON@4242'),
      'the event behind the poisoned one was handled',
      60_000,
    );
    expect(attempts.get(poison.id)).toBe(env.EVENT_MAX_ATTEMPTS);

    const deadLetters = await readTopic(brokers, `${env.EVENT_NAMESPACE}.dlq.test.poison`, 1);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]?.key).toBe(poison.id);
    expect(deadLetters[0]?.headers['dlq-reason']).toBe('cannot apply this one');
    expect(deadLetters[0]?.headers['dlq-original-topic']).toBe('product');
    expect(deadLetters[0]?.headers.ce_type).toBe('product.created');
  });
});

/** Reads `count` messages of a topic from the beginning with a throwaway consumer group. */
async function readTopic(brokers: string, topic: string, count: number) {
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${crypto.randomUUID()}` });
  const messages: Array<{ key: string | undefined; headers: Record<string, string> }> = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      messages.push({ key: message.key?.toString(), headers });
    },
  });
  try {
    await waitFor(async () => messages.length >= count, `${count} message(s) on ${topic}`, 30_000);
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
