import { randomUUID } from 'node:crypto';
import { waitFor } from '@comptoir/kit';
import { requireKafkaBrokers } from '@comptoir/kit/testing';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';

// The broker tools/kafka.sh runs is the newest Apache Kafka release; this proves kafkajs works
// with it as a consumer group member: join, fetch, commit, and resume from committed offsets.
describe('kafkajs against the broker', () => {
  const kafka = new Kafka({ brokers: requireKafkaBrokers().split(','), logLevel: logLevel.NOTHING });
  const topic = `compat-${randomUUID()}`;
  const groupId = `compat-group-${randomUUID()}`;

  async function consumeUntil(expected: number): Promise<string[]> {
    const consumer = kafka.consumer({ groupId });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(String(message.value)) });
    try {
      await waitFor(async () => seen.length >= expected, `${expected} messages consumed`, 30_000);
      return seen;
    } finally {
      await consumer.disconnect(); // commits the offsets of what it consumed
    }
  }

  it('consumes with a group, commits, and a new member resumes after the committed offsets', async () => {
    const admin = kafka.admin();
    const producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
      const send = (values: string[]) =>
        producer.send({
          topic,
          messages: values.map((value) => ({ key: value, value, headers: { source: 'compat' } })),
        });

      await send(['a', 'b', 'c']);
      expect((await consumeUntil(3)).sort()).toEqual(['a', 'b', 'c']);

      await send(['d', 'e']);
      expect((await consumeUntil(2)).sort()).toEqual(['d', 'e']);
    } finally {
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    }
  });
});
