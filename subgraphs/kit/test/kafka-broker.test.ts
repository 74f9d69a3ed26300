import { randomUUID } from 'node:crypto';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitPartitionLeaders } from '../src/events/kafka-transport.ts';
import { requireKafkaBrokers } from '../src/testing/index.ts';
import { waitFor } from '../src/wait.ts';

// The broker tools/kafka.sh runs is the newest Apache Kafka release; this proves kafkajs works
// with it as a consumer group member: join, fetch, commit, and resume from committed offsets.
// Delivery is at least once: a member may see a message again (a rebalance, a commit that did not
// land), so only what is guaranteed is asserted — nothing lost, order per key, and no message
// below the group's committed offsets for a member that joins later.
describe('kafkajs against the broker', () => {
  const kafka = new Kafka({ brokers: requireKafkaBrokers().split(','), logLevel: logLevel.NOTHING });
  const topic = `compat-${randomUUID()}`;
  const groupId = `compat-group-${randomUUID()}`;
  const admin: Admin = kafka.admin();
  const producer = kafka.producer();

  beforeAll(async () => {
    await Promise.all([admin.connect(), producer.connect()]);
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });
    await awaitPartitionLeaders(admin, [topic]);
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  /** Sends `count` values per key, `<key>-<n>` from `from`, and returns them in send order. */
  async function send(keys: string[], from: number, count: number): Promise<string[]> {
    const values = Array.from({ length: count }, (_, n) => keys.map((key) => `${key}-${from + n}`)).flat();
    await producer.send({
      topic,
      messages: values.map((value) => ({ key: value.split('-')[0], value, headers: { source: 'compat' } })),
    });
    return values;
  }

  /** Offsets the group committed, by partition (0 where it committed none). */
  async function committedOffsets(): Promise<Map<number, number>> {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map(
      (offsets?.partitions ?? []).map(({ partition, offset }) => [partition, Math.max(0, Number(offset))]),
    );
  }

  /** Whether the group committed every message of the topic. */
  async function committedToTheEnd(): Promise<boolean> {
    const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), committedOffsets()]);
    return ends.every(({ partition, high }) => (committed.get(partition) ?? 0) === Number(high));
  }

  /**
   * A group member consuming until it saw every one of `expected` and the group committed all of
   * it; returns what it saw, duplicates included, with the partition and offset of each.
   */
  async function consumeAll(expected: string[]) {
    const consumer = kafka.consumer({ groupId });
    const seen: Array<{ value: string; key: string; partition: number; offset: number; source: string }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        seen.push({
          value: String(message.value),
          key: String(message.key),
          partition,
          offset: Number(message.offset),
          source: String(message.headers?.source),
        });
      },
    });
    try {
      await waitFor(async () => {
        const values = new Set(seen.map((message) => message.value));
        return expected.every((value) => values.has(value)) && (await committedToTheEnd());
      }, `${expected.length} messages consumed and committed`);
    } finally {
      await consumer.disconnect();
    }
    return [...seen];
  }

  /** The values of `key` in the order they were first seen: redeliveries only repeat earlier ones. */
  const firstSeenOrder = (seen: Array<{ key: string; value: string }>, key: string) => [
    ...new Set(seen.filter((message) => message.key === key).map((message) => message.value)),
  ];

  it('consumes with a group, commits, and a new member resumes after the committed offsets', async () => {
    const keys = ['a', 'b', 'c'];
    const firstRound = await send(keys, 1, 3);
    const first = await consumeAll(firstRound);

    expect([...new Set(first.map((message) => message.value))].sort()).toEqual([...firstRound].sort());
    for (const key of keys) expect(firstSeenOrder(first, key)).toEqual([`${key}-1`, `${key}-2`, `${key}-3`]);
    expect(first.every((message) => message.source === 'compat')).toBe(true);

    const committed = await committedOffsets();
    const secondRound = await send(keys, 4, 2);
    const second = await consumeAll(secondRound);

    expect([...new Set(second.map((message) => message.value))].sort()).toEqual([...secondRound].sort());
    for (const key of keys) expect(firstSeenOrder(second, key)).toEqual([`${key}-4`, `${key}-5`]);
    for (const message of second) expect(message.offset).toBeGreaterThanOrEqual(committed.get(message.partition) ?? 0);
  });
});
