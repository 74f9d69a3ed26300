import { randomUUID } from 'node:crypto';
import { catalog } from '@comptoir/catalog';
import { OutboxMessage, waitFor } from '@comptoir/kit';
import { requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockReservationProbes } from './stock-reservation-probes.ts';

interface TopicMessage {
  key: string;
  type: string;
  data: Record<string, unknown>;
}

// What Kafka adds to the catalog's side of the checkout saga: order events produced onto the order
// topic as the orders subgraph's relay would, consumed by catalog's consumer group, its decisions
// and stock levels read back from the topics. Kafka delivers at least once, so what is read back is
// counted once per event id.
describe('stock reservations for orders placed on Kafka', () => {
  let t: TestPlatform;
  let probes: ReturnType<typeof stockReservationProbes>;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog], env: { KAFKA_BROKERS: requireKafkaBrokers() } });
    probes = stockReservationProbes(t);
  });
  afterAll(() => t?.stop());

  /** Reads topics from the beginning, with a consumer group of its own, until `enough` holds. */
  const readTopics = async (topics: string[], enough: (messages: TopicMessage[]) => boolean) => {
    const byEventId = new Map<string, TopicMessage>();
    await t.subgraph('catalog').transport.subscribe({
      groupId: `reader-${randomUUID()}`,
      topics,
      handle: async ({ key, headers, value }) => {
        const id = headers.ce_id as string;
        if (!byEventId.has(id)) byEventId.set(id, { key, type: headers.ce_type ?? '', data: JSON.parse(value) });
      },
    });
    await waitFor(async () => enough([...byEventId.values()]), `enough messages on ${topics.join(', ')}`);
    return [...byEventId.values()];
  };

  it('reserves exactly the 10 available units for 50 orders placed at once, and rejects the other 40', async () => {
    const { newProduct, placeOrder, reservationsOf, stockOf } = probes;
    const productId = await newProduct('RACE-KAFKA', 10);
    const orderIds = Array.from({ length: 50 }, (): string => randomUUID());

    await Promise.all(orderIds.map((orderId) => placeOrder([{ productId, quantity: 1 }], orderId)));

    // The reservation topic exists once the relay published a decision.
    await waitFor(
      async () =>
        (await t.em('catalog').count(OutboxMessage, { key: { $in: orderIds }, publishedAt: { $ne: null } })) === 50,
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

  describe('an order placed more than once', () => {
    it('is reserved once, whether the same event is redelivered or the order is placed again', async () => {
      const { applied, newProduct, outbox, placeOrder, publish, reservationsOf, stockOf } = probes;
      const productId = await newProduct('REDELIVERED', 10);
      const orderId = randomUUID();
      const eventId = await placeOrder([{ productId, quantity: 2 }], orderId);
      await applied(eventId);

      // The same event again, then a new event placing the same order: same key, so in this order.
      await publish(
        'payment.authorized',
        {
          orderId,
          paymentId: randomUUID(),
          amount: { amount: 3000, currency: 'EUR' },
          lines: [{ productId, quantity: 2 }],
        },
        eventId,
      );
      await applied(await placeOrder([{ productId, quantity: 5 }], orderId));

      expect(await stockOf(productId)).toEqual({ onHand: 10, reserved: 2, available: 8 });
      expect((await reservationsOf({ orderId })).map(({ quantity }) => quantity)).toEqual([2]);
      expect(await outbox({ key: orderId, type: 'stock.reserved' })).toHaveLength(1);
    });
  });
});
