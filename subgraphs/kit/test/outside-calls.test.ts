import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutsideCallHandler } from '../src/events/consumer.ts';
import { replayDeadLetters } from '../src/events/dead-letters.ts';
import type { EventTransport } from '../src/events/transport.ts';
import { deliverEvent } from '../src/testing/index.ts';
import { type EventTestbed, startEventTestbed, testSource } from './event-testbed.ts';
import { HandlerEffect } from './test-database.ts';

// A handler asking an outside service (a payment provider) before it applies anything.
describe('a handler that calls an outside service', () => {
  let bed: EventTestbed;
  let transport: EventTransport;
  /** Per call: whether it ran inside a transaction. */
  let calls: boolean[];
  /** How many of the next applies fail. */
  let failingApplies: number;

  const handler: OutsideCallHandler<'order.cancelled', string> = {
    async call({ em }, event) {
      calls.push(em.getTransactionContext() !== undefined);
      return `answer to ${event.data.reason}`;
    },
    async apply({ em }, event, answer) {
      em.create(HandlerEffect, { id: uuidv7(), consumer: 'kit.outside', eventId: event.id, label: answer });
      await em.flush();
      if (failingApplies > 0) {
        failingApplies -= 1;
        throw new Error('the commit fails');
      }
    },
  };

  beforeAll(async () => {
    bed = await startEventTestbed({ EVENT_RETRY_BASE_MS: '10', EVENT_MAX_ATTEMPTS: '2' });
  });
  beforeEach(async () => {
    calls = [];
    failingApplies = 0;
    transport = await bed.transport('in-process');
    await bed.runConsumer(transport, { group: 'kit.outside', handlers: { 'order.cancelled': handler } });
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  const deliver = (label: string, id?: string) =>
    deliverEvent(transport, {
      type: 'order.cancelled',
      subject: uuidv7(),
      data: { orderId: uuidv7(), reason: label },
      source: testSource,
      ...(id ? { id } : {}),
    });

  it('calls outside any transaction, applies the answer once, and does not call again for a redelivery', async () => {
    const event = await deliver('paid');
    await deliver('paid', event.id);
    expect(calls).toEqual([false]);
    expect((await bed.effects({ eventId: event.id })).map((effect) => effect.label)).toEqual(['answer to paid']);
    expect(await bed.handled('kit.outside', 'duplicate')).toBe(1);
  });

  it('calls again when applying failed (the call must be idempotent), and keeps one effect', async () => {
    failingApplies = 1;
    const event = await deliver('retried');
    expect(calls).toEqual([false, false]);
    expect(await bed.effects({ eventId: event.id })).toHaveLength(1);
  });

  it('replays a dead letter the same way: the call outside, the answer applied once', async () => {
    failingApplies = 2;
    const event = await deliver('dead-lettered');
    expect(await bed.handled('kit.outside', 'dead-lettered')).toBe(1);
    const outcomes = await replayDeadLetters(
      bed.consumerRuntime,
      [{ group: 'kit.outside', handlers: { 'order.cancelled': handler } }],
      { group: 'kit.outside' },
    );
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['applied']);
    expect(calls).toEqual([false, false, false]);
    expect((await bed.effects({ eventId: event.id })).map((effect) => effect.label)).toEqual([
      'answer to dead-lettered',
    ]);
  });
});
