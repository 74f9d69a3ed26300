import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deadLetterTopicFor, toMessage } from '../src/events/envelope.ts';
import type { EventTransport } from '../src/events/transport.ts';
import { deliverEvent } from '../src/testing/index.ts';
import { type EventTestbed, failingOn, startEventTestbed, testSource } from './event-testbed.ts';

// In-process, a delivery resolves once every group handled it: counts here are exact.
describe('a consumer group', () => {
  const retryBaseMs = 200;
  let bed: EventTestbed;
  let transport: EventTransport;

  beforeAll(async () => {
    bed = await startEventTestbed({ EVENT_RETRY_BASE_MS: String(retryBaseMs), EVENT_MAX_ATTEMPTS: '3' });
  });
  beforeEach(async () => {
    transport = await bed.transport('in-process');
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  /** Delivers a change of note `subject` as its subgraph would; `id` redelivers an earlier event. */
  const deliverChange = (label: string, subject: string, id?: string) =>
    deliverEvent(transport, {
      type: 'order.cancelled',
      subject,
      data: { orderId: subject, reason: label },
      source: testSource,
      ...(id ? { id } : {}),
    });

  it('applies an event once per group, however often it is delivered', async () => {
    await bed.consume(transport, 'kit.first');
    await bed.consume(transport, 'kit.second');
    const subject = uuidv7();

    const event = await deliverChange('delivered twice', subject);
    await deliverChange('delivered twice', subject, event.id);

    const effects = await bed.effects({ eventId: event.id });
    expect(effects.map((effect) => effect.consumer).sort()).toEqual(['kit.first', 'kit.second']);
    for (const group of ['kit.first', 'kit.second']) {
      expect(await bed.handled(group, 'applied')).toBe(1);
      expect(await bed.handled(group, 'duplicate')).toBe(1);
    }
  });

  it('rolls a failed attempt back with its effects, and retries with doubling delays until it succeeds', async () => {
    const attemptedAt: number[] = [];
    await bed.consume(transport, 'kit.flaky', () => {
      attemptedAt.push(performance.now());
      if (attemptedAt.length < 3) throw new Error('not yet');
    });

    const event = await deliverChange('third time lucky', uuidv7());

    expect(attemptedAt).toHaveLength(3);
    expect(await bed.effects({ eventId: event.id })).toHaveLength(1);
    expect(await bed.handled('kit.flaky', 'applied')).toBe(1);
    // Lower bounds only: a timer may fire up to 1 ms early, and how late depends on the machine.
    const [first = 0, second = 0, third = 0] = attemptedAt;
    expect(second - first).toBeGreaterThanOrEqual(retryBaseMs - 1);
    expect(third - second).toBeGreaterThanOrEqual(2 * retryBaseMs - 1);
  });

  it('dead-letters an event after EVENT_MAX_ATTEMPTS, and later events of the same key still flow', async () => {
    const deadLetters = await bed.receive(transport, [deadLetterTopicFor('kit.poisoned')]);
    const poison = failingOn('poison');
    await bed.consume(transport, 'kit.poisoned', poison.afterEffect);
    const subject = uuidv7();

    const poisoned = await deliverChange('poison', subject);
    const next = await deliverChange('next', subject);

    expect(poison.attempts).toBe(bed.env.EVENT_MAX_ATTEMPTS);
    expect(await bed.effects({ consumer: 'kit.poisoned' })).toEqual([
      expect.objectContaining({ eventId: next.id, label: 'next' }),
    ]);
    expect(deadLetters).toHaveLength(1);
    expect(JSON.parse(deadLetters[0]?.value ?? '')).toEqual(poisoned.data);
    expect(deadLetters[0]).toMatchObject({
      topic: 'dlq.kit.poisoned',
      key: subject,
      headers: {
        ce_id: poisoned.id,
        ce_type: 'order.cancelled',
        'dlq-reason': 'cannot apply poison',
        'dlq-original-topic': 'order',
        'dlq-consumer-group': 'kit.poisoned',
      },
    });
    expect(await bed.handled('kit.poisoned', 'dead-lettered')).toBe(1);
  });

  it('dead-letters a message that is not a valid event without calling the handler', async () => {
    const deadLetters = await bed.receive(transport, [deadLetterTopicFor('kit.strict')]);
    let calls = 0;
    await bed.consume(transport, 'kit.strict', () => {
      calls += 1;
    });
    const subject = uuidv7();
    const breaksContract = toMessage(
      {
        id: uuidv7(),
        source: testSource,
        type: 'order.cancelled',
        version: '1.0',
        aggregateVersion: 1,
        subject,
        time: new Date().toISOString(),
        data: { orderId: subject } as never,
      },
      'order',
    );

    await transport.publish([{ topic: 'order', key: subject, value: '{}', headers: {} }]);
    await transport.publish([breaksContract]);

    expect(calls).toBe(0);
    expect(deadLetters.map((message) => message.headers['dlq-reason'])).toEqual([
      'not a CloudEvent: missing header(s) ce_id, ce_source, ce_type, ce_subject, ce_time',
      `event ${breaksContract.headers.ce_id} (order.cancelled 1.0) does not match its contract 1.0`,
    ]);
    expect(await bed.handled('kit.strict', 'dead-lettered')).toBe(2);
  });

  it('ignores event types it has no handler for', async () => {
    await bed.consume(transport, 'kit.cancellations');
    const subject = uuidv7();

    await deliverEvent(transport, {
      type: 'order.shipped',
      subject,
      data: { orderId: subject, carrier: null, trackingNumber: null },
    });

    expect(await bed.handled('kit.cancellations', 'ignored')).toBe(1);
    expect(await bed.effects({ consumer: 'kit.cancellations' })).toEqual([]);
  });
});
