import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../src/events/entities.ts';
import { deadLetterTopicFor } from '../src/events/envelope.ts';
import { createKafkaTransport } from '../src/events/kafka-transport.ts';
import type { EventTransport } from '../src/events/transport.ts';
import { requireKafkaBrokers } from '../src/testing/index.ts';
import { waitFor } from '../src/wait.ts';
import { type EventTestbed, failingOn, startEventTestbed } from './event-testbed.ts';

// Outbox, relay, Kafka and a consumer group, as between two subgraphs. Kafka delivers at least
// once: a message may come again (after a rebalance, a failed commit), so these tests assert what
// holds whatever the redeliveries — nothing lost, each event applied once, order per key.
describe('events through real Kafka', () => {
  let bed: EventTestbed;
  let transport: EventTransport;
  const labelsApplied = async (consumer: string) => (await bed.effects({ consumer })).map((effect) => effect.label);

  beforeAll(async () => {
    bed = await startEventTestbed();
  });
  beforeEach(async () => {
    transport = await bed.transport('kafka');
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  // Six subgraphs starting at once on a new namespace each create the same topics.
  it('lets processes starting at once create the same new topics, then subscribe and publish', async () => {
    const namespace = `race-${uuidv7()}`;
    const processes = await Promise.all(
      [1, 2, 3, 4].map(() =>
        createKafkaTransport({
          brokers: requireKafkaBrokers().split(','),
          clientId: 'race',
          namespace,
          logger: bed.log,
        }),
      ),
    );
    try {
      const received: string[] = [];
      await Promise.all(
        processes.map((process, n) =>
          process.subscribe({
            groupId: `race-${n}`,
            topics: ['alpha', 'beta', 'gamma'],
            handle: async (message) => {
              received.push(`${n}:${message.value}`);
            },
          }),
        ),
      );
      await Promise.all(
        processes.map((process, n) => process.publish([{ topic: 'beta', key: `k${n}`, value: `v${n}`, headers: {} }])),
      );
      // Every group sees every process's message (at least once).
      await waitFor(async () => new Set(received).size === 16, 'each group received the four messages');
    } finally {
      await Promise.all(processes.map((process) => process.close()));
    }
  });

  it('carries committed events to a consumer group, each applied once, in order per key', async () => {
    await bed.consume(transport, 'kit.notes');
    bed.relay(transport);
    const [one, other] = [uuidv7(), uuidv7()];
    for (const step of [1, 2, 3]) {
      await bed.commitNote(`one ${step}`, one);
      await bed.commitNote(`other ${step}`, other);
    }

    await waitFor(async () => (await labelsApplied('kit.notes')).length >= 6, 'every event was applied');
    const applied = await labelsApplied('kit.notes');
    expect(applied.filter((label) => label.startsWith('one'))).toEqual(['one 1', 'one 2', 'one 3']);
    expect(applied.filter((label) => label.startsWith('other'))).toEqual(['other 1', 'other 2', 'other 3']);
  });

  it('publishes nothing for a change whose transaction rolled back', async () => {
    await bed.consume(transport, 'kit.notes');
    bed.relay(transport);

    const { subject, queuedBeforeRollback } = await bed.rollBackChange('rolled back');
    const after = await bed.commitNote('committed after the rollback');
    await waitFor(async () => (await bed.effects({ eventId: after })).length > 0, 'the next committed event arrived');

    expect(queuedBeforeRollback).toBe(1);
    expect(await bed.orm.em.fork().count(OutboxMessage, { key: subject })).toBe(0);
    expect(await labelsApplied('kit.notes')).toEqual(['committed after the rollback']);
  });

  it('dead-letters an event whose handler keeps failing, and later events of the same key still flow', async () => {
    const poison = failingOn('poison');
    await bed.consume(transport, 'kit.poisoned', poison.afterEffect);
    const deadLetters = await bed.receive(transport, [deadLetterTopicFor('kit.poisoned')]);
    bed.relay(transport);
    const subject = uuidv7();
    const poisonId = await bed.commitNote('poison', subject);
    // The next change of the same note: same key, so same partition, queued behind the poison.
    const nextId = await bed.commitNote('next', subject);

    await waitFor(
      async () => (await bed.effects({ eventId: nextId })).length > 0,
      'the event behind the poisoned one was applied',
    );
    await waitFor(async () => deadLetters.length > 0, 'the poisoned event reached the dead-letter topic');

    // Each delivery of the poison is tried EVENT_MAX_ATTEMPTS times; a redelivery tries again.
    expect(poison.attempts).toBeGreaterThanOrEqual(bed.env.EVENT_MAX_ATTEMPTS);
    expect(await labelsApplied('kit.poisoned')).toEqual(['next']);
    for (const deadLetter of deadLetters) {
      expect(deadLetter).toMatchObject({
        key: subject,
        headers: {
          ce_id: poisonId,
          ce_type: 'order.cancelled',
          'dlq-reason': 'cannot apply poison',
          'dlq-original-topic': 'order',
          'dlq-consumer-group': 'kit.poisoned',
        },
      });
    }
  });
});
