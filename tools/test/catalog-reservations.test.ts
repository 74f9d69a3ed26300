import { randomUUID } from 'node:crypto';
import { catalog } from '@comptoir/catalog';
import {
  type DomainEvent,
  OutboxMessage,
  ProcessedEvent,
  type RunningSubgraph,
  startSubgraph,
  waitFor,
} from '@comptoir/kit';
import { createScratchDatabase, requireKafkaBrokers, testEnv, testServerUrl } from '@comptoir/kit/testing';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Product } from '../../subgraphs/catalog/src/domain/product.ts';
import { archiveProduct, createProduct } from '../../subgraphs/catalog/src/domain/products.ts';
import { releaseOrder, reserveOrder } from '../../subgraphs/catalog/src/domain/stock.ts';
import { StockReservation } from '../../subgraphs/catalog/src/domain/stock-reservation.ts';
import { orderEvents } from '../../subgraphs/catalog/src/events/order-events.ts';
import { toMessage } from '../../subgraphs/kit/src/events/envelope.ts';

type OrderEventType = 'order.placed' | 'order.cancelled' | 'order.shipped';
type RejectedLines = DomainEvent<'stock.rejected'>['data']['lines'];
interface TopicMessage {
  key: string;
  type: string;
  data: Record<string, unknown>;
}

// The catalog's side of the checkout saga on real PostgreSQL and Kafka: order events are produced
// onto the order topic exactly as the orders subgraph's relay would, catalog consumes them.
describe('stock reservations for placed orders', () => {
  const brokers = requireKafkaBrokers();
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let env: ReturnType<typeof testEnv>;
  let service: RunningSubgraph;
  let producer: Producer;

  beforeAll(async () => {
    database = await createScratchDatabase(testServerUrl);
    // Enough connections for the direct race to really run transactions side by side.
    env = testEnv(database.url, { KAFKA_BROKERS: brokers, DATABASE_POOL_MAX: '20' });
    service = await startSubgraph(
      { ...catalog, consumers: [orderEvents] },
      { env, migrate: true, processMetrics: false },
    );
    // Same partitioner as the kit's producer: one order's events land on one partition, in order.
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
    await database?.drop();
  });

  const newProduct = async (sku: string, stock: number) => {
    const { product } = await createProduct(
      { em: service.orm.em.fork(), traceparent: undefined },
      {
        sku,
        slug: sku.toLowerCase(),
        name: { fr: `Produit ${sku}`, en: `Product ${sku}` },
        description: { fr: `Description de ${sku}`, en: `Description of ${sku}` },
        price: { amount: 1500, currency: 'EUR' },
        stock,
      },
    );
    return product.id;
  };

  const stockOf = async (productId: string) => {
    const product = await service.orm.em.fork().findOneOrFail(Product, { id: productId });
    return {
      onHand: product.stockOnHand,
      reserved: product.stockReserved,
      available: product.stockOnHand - product.stockReserved,
    };
  };

  /** Reservations that hold or held stock (a rejected order's REJECTED marks excluded). */
  const reservationsOf = (filter: { orderId: string } | { productId: string }) =>
    service.orm.em
      .fork()
      .find(StockReservation, { ...filter, status: { $ne: 'REJECTED' } }, { orderBy: { productId: 'asc' } });

  const outbox = (filter: { key: string; type?: string }) =>
    service.orm.em.fork().find(OutboxMessage, filter, { orderBy: { position: 'asc' } });

  /** Produces an order event with the kit's CloudEvents headers; resolves to its event id. */
  const publish = async <T extends OrderEventType>(
    type: T,
    data: DomainEvent<T>['data'],
    id: string = randomUUID(),
  ): Promise<string> => {
    const event = {
      id,
      source: '/comptoir/orders',
      type,
      version: 1,
      subject: data.orderId,
      time: new Date().toISOString(),
      data,
    };
    const message = toMessage(event as DomainEvent, 'order');
    await producer.send({
      topic: `${env.EVENT_NAMESPACE}.${message.topic}`,
      messages: [{ key: message.key, value: message.value, headers: message.headers }],
    });
    return id;
  };

  const placeOrder = (lines: Array<{ productId: string; quantity: number }>, orderId: string = randomUUID()) =>
    publish('order.placed', { orderId, customerId: randomUUID(), lines });

  /** Waits until catalog applied the event: its processed mark commits with the handler's effects. */
  const applied = (eventId: string) =>
    waitFor(
      async () => (await service.orm.em.fork().count(ProcessedEvent, { consumer: orderEvents.group, eventId })) > 0,
      `catalog applied event ${eventId}`,
    );

  /** The decision catalog committed for an order: stock.reserved or stock.rejected. */
  const decisionFor = async (orderId: string) => {
    let decisions: Awaited<ReturnType<typeof outbox>> = [];
    await waitFor(async () => {
      decisions = (await outbox({ key: orderId })).filter((row) => row.type.startsWith('stock.'));
      return decisions.length > 0;
    }, `catalog decided on order ${orderId}`);
    expect(decisions).toHaveLength(1);
    return decisions[0] as (typeof decisions)[number];
  };

  /** Reads topics from the beginning, with a throwaway consumer group, until `enough` holds. */
  const readTopics = async (topics: string[], enough: (messages: TopicMessage[]) => boolean) => {
    const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
    const messages: TopicMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: topics.map((topic) => `${env.EVENT_NAMESPACE}.${topic}`), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push({
          key: message.key?.toString() ?? '',
          type: message.headers?.ce_type?.toString() ?? '',
          data: JSON.parse(message.value?.toString() ?? 'null') as Record<string, unknown>,
        });
      },
    });
    try {
      await waitFor(async () => enough(messages), `enough messages on ${topics.join(', ')}`);
      return messages;
    } finally {
      await consumer.disconnect();
    }
  };

  it('reserves exactly the 10 available units for 50 orders placed at once, and rejects the other 40', async () => {
    const productId = await newProduct('RACE-KAFKA', 10);
    const orderIds = Array.from({ length: 50 }, (): string => randomUUID());

    await Promise.all(orderIds.map((orderId) => placeOrder([{ productId, quantity: 1 }], orderId)));

    // The reservation topic exists once the relay published a decision.
    await waitFor(
      async () =>
        (await service.orm.em.fork().count(OutboxMessage, { key: { $in: orderIds }, publishedAt: { $ne: null } })) ===
        50,
      'catalog published a decision for every order',
    );
    const ours = new Set(orderIds);
    const isDecision = (message: TopicMessage) => ours.has(message.key);
    const isStockChange = (message: TopicMessage) => message.key === productId && message.type === 'stock.changed';
    const messages = await readTopics(
      ['reservation', 'product'],
      // The product's creation announced its stock too: 11 levels in all.
      (read) => read.filter(isDecision).length >= 50 && read.filter(isStockChange).length >= 11,
    );
    const decisions = messages.filter(isDecision);
    expect(decisions).toHaveLength(50);
    const reserved = decisions.filter((message) => message.type === 'stock.reserved');
    const rejected = decisions.filter((message) => message.type === 'stock.rejected');
    expect(reserved).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const message of rejected) {
      expect(message.data.lines).toEqual([{ productId, quantity: 1, available: 0, reason: 'OUT_OF_STOCK' }]);
    }

    const reservations = await reservationsOf({ productId });
    expect(reservations).toHaveLength(10);
    expect(reservations.every((reservation) => reservation.status === 'RESERVED')).toBe(true);
    expect(new Set(reservations.map((reservation) => reservation.orderId))).toEqual(
      new Set(reserved.map((message) => message.key)),
    );
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 10, available: 0 });

    // Every stock level announced on the way was a real one: 0 at creation, then 1, 2, … 10 reserved, never oversold.
    const changes = messages.filter(isStockChange);
    expect(changes.map((message) => message.data.reserved)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(changes.every((message) => (message.data.available as number) >= 0)).toBe(true);
  });

  it('never oversells when 50 reservations race in their own transactions', async () => {
    const productId = await newProduct('RACE-DIRECT', 10);

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        service.orm.em
          .fork()
          .transactional((em) =>
            reserveOrder(em, { orderId: randomUUID(), lines: [{ productId, quantity: 1 }] }, undefined),
          ),
      ),
    );

    expect(outcomes.filter((outcome) => outcome === 'reserved')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'rejected')).toHaveLength(40);
    // A lost update would leave fewer units reserved than reservations made.
    expect(await reservationsOf({ productId })).toHaveLength(10);
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 10, available: 0 });
  });

  describe('all or nothing', () => {
    it('reserves no line when one is out of stock, and says why line by line', async () => {
      const plenty = await newProduct('PLENTY', 10);
      const scarce = await newProduct('SCARCE', 1);
      // Ids are UUIDv7, so `plenty` sorts first: it is reserved, then rolled back when `scarce` fails.
      expect(plenty < scarce).toBe(true);
      const orderId = randomUUID();

      await placeOrder(
        [
          { productId: scarce, quantity: 5 },
          { productId: plenty, quantity: 2 },
        ],
        orderId,
      );

      const decision = await decisionFor(orderId);
      expect(decision.type).toBe('stock.rejected');
      expect(decision.data.lines).toEqual([
        { productId: plenty, quantity: 2, available: 10, reason: null },
        { productId: scarce, quantity: 5, available: 1, reason: 'OUT_OF_STOCK' },
      ]);
      expect(await stockOf(plenty)).toEqual({ onHand: 10, reserved: 0, available: 10 });
      expect(await stockOf(scarce)).toEqual({ onHand: 1, reserved: 0, available: 1 });
      expect(await reservationsOf({ orderId })).toEqual([]);
      // Only the level announced at creation: the rejected order changed nothing.
      expect(await outbox({ key: plenty, type: 'stock.changed' })).toHaveLength(1);
    });

    it('rejects unknown and archived products', async () => {
      const onSale = await newProduct('ON-SALE', 10);
      const withdrawn = await newProduct('WITHDRAWN', 10);
      await archiveProduct({ em: service.orm.em.fork(), traceparent: undefined }, withdrawn);
      const missing = randomUUID();
      const unknownOrder = randomUUID();
      const archivedOrder = randomUUID();

      await placeOrder(
        [
          { productId: onSale, quantity: 1 },
          { productId: missing, quantity: 1 },
          { productId: 'not-a-product-id', quantity: 1 },
        ],
        unknownOrder,
      );
      await placeOrder([{ productId: withdrawn, quantity: 1 }], archivedOrder);

      const unknown = await decisionFor(unknownOrder);
      expect(unknown.type).toBe('stock.rejected');
      expect(new Set(unknown.data.lines as RejectedLines)).toEqual(
        new Set([
          { productId: onSale, quantity: 1, available: 10, reason: null },
          { productId: missing, quantity: 1, available: 0, reason: 'UNKNOWN_PRODUCT' },
          { productId: 'not-a-product-id', quantity: 1, available: 0, reason: 'UNKNOWN_PRODUCT' },
        ]),
      );
      const archived = await decisionFor(archivedOrder);
      expect(archived.data.lines).toEqual([{ productId: withdrawn, quantity: 1, available: 0, reason: 'ARCHIVED' }]);
      expect(await stockOf(onSale)).toMatchObject({ reserved: 0 });
      expect(await stockOf(withdrawn)).toMatchObject({ reserved: 0 });
    });

    it('holds the sum of lines naming the same product as one reservation', async () => {
      const productId = await newProduct('TWICE', 3);
      const orderId = randomUUID();

      await placeOrder(
        [
          { productId, quantity: 2 },
          { productId, quantity: 1 },
        ],
        orderId,
      );

      const decision = await decisionFor(orderId);
      expect(decision.type).toBe('stock.reserved');
      expect(decision.data.lines).toEqual([{ productId, quantity: 3 }]);
      expect((await reservationsOf({ orderId })).map(({ quantity, status }) => ({ quantity, status }))).toEqual([
        { quantity: 3, status: 'RESERVED' },
      ]);
      expect(await stockOf(productId)).toEqual({ onHand: 3, reserved: 3, available: 0 });
    });
  });

  it('gives the stock back when the order is cancelled, once', async () => {
    const productId = await newProduct('CANCELLED', 10);
    const orderId = randomUUID();
    await applied(await placeOrder([{ productId, quantity: 4 }], orderId));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 4, available: 6 });

    await applied(await publish('order.cancelled', { orderId, reason: 'customer changed their mind' }));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    expect((await reservationsOf({ orderId })).map((reservation) => reservation.status)).toEqual(['RELEASED']);

    // A second cancellation (another event) finds nothing left to release.
    await applied(await publish('order.cancelled', { orderId, reason: 'again' }));
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    // Creation, reservation, release: nothing more for the second cancellation.
    expect(await outbox({ key: productId, type: 'stock.changed' })).toHaveLength(3);
  });

  it('releases once when two cancellations race in their own transactions', async () => {
    const productId = await newProduct('DOUBLE-CANCELLED', 10);
    const order = { orderId: randomUUID(), lines: [{ productId, quantity: 4 }] };
    await service.orm.em.fork().transactional((em) => reserveOrder(em, order, undefined));
    const release = () => service.orm.em.fork().transactional((em) => releaseOrder(em, order, undefined));

    // Both claim the reservation with a conditional update; the second finds it released.
    expect((await Promise.all([release(), release()])).sort()).toEqual([0, 1]);
    expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('takes shipped stock off the shelf, and a later cancellation changes nothing', async () => {
    const productId = await newProduct('SHIPPED', 10);
    const orderId = randomUUID();
    await applied(await placeOrder([{ productId, quantity: 3 }], orderId));

    await applied(await publish('order.shipped', { orderId }));
    expect(await stockOf(productId)).toEqual({ onHand: 7, reserved: 0, available: 7 });
    expect((await reservationsOf({ orderId })).map((reservation) => reservation.status)).toEqual(['CONSUMED']);

    await applied(await publish('order.cancelled', { orderId, reason: 'too late' }));
    expect(await stockOf(productId)).toEqual({ onHand: 7, reserved: 0, available: 7 });
  });

  describe('an order placed more than once', () => {
    it('is reserved once, whether the same event is redelivered or the order is placed again', async () => {
      const productId = await newProduct('REDELIVERED', 10);
      const orderId = randomUUID();
      const eventId = await placeOrder([{ productId, quantity: 2 }], orderId);
      await applied(eventId);

      // The same event again, then a new event placing the same order: same key, so in this order.
      await publish(
        'order.placed',
        { orderId, customerId: randomUUID(), lines: [{ productId, quantity: 2 }] },
        eventId,
      );
      await applied(await placeOrder([{ productId, quantity: 5 }], orderId));

      expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 2, available: 8 });
      expect((await reservationsOf({ orderId })).map(({ quantity }) => quantity)).toEqual([2]);
      expect(await outbox({ key: orderId, type: 'stock.reserved' })).toHaveLength(1);
    });

    it('stays rejected when placed again after stock came back', async () => {
      const productId = await newProduct('REJECTED-TWICE', 1);
      const order = { orderId: randomUUID(), lines: [{ productId, quantity: 2 }] };
      const reserve = () => service.orm.em.fork().transactional((em) => reserveOrder(em, order, undefined));
      expect(await reserve()).toBe('rejected');
      await service.orm.em
        .fork()
        .getConnection()
        .execute('update catalog.product set stock_on_hand = 5 where id = ?', [productId]);
      expect(await reserve()).toBe('already-handled');
      expect((await stockOf(productId)).reserved).toBe(0);
      expect(await outbox({ key: order.orderId, type: 'stock.rejected' })).toHaveLength(1);
    });

    it('is reserved once when two placements race in their own transactions', async () => {
      const productId = await newProduct('DOUBLE-PLACED', 10);
      const order = { orderId: randomUUID(), lines: [{ productId, quantity: 1 }] };
      const reserve = () => service.orm.em.fork().transactional((em) => reserveOrder(em, order, undefined));

      // The loser fails on unique (order_id, product_id) and rolls back; the consumer would retry it.
      const settled = await Promise.allSettled([reserve(), reserve()]);
      expect(settled.filter((result) => result.status === 'fulfilled' && result.value === 'reserved')).toHaveLength(1);
      expect(await reserve()).toBe('already-handled');
      expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 1, available: 9 });
    });
  });
});
