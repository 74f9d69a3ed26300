import type { EventContract } from '@comptoir/schema/events';
import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConsumerDefinition } from '../src/events/consumer.ts';
import { DeadLetter } from '../src/events/entities.ts';
import { toMessage } from '../src/events/envelope.ts';
import type { EventTransport } from '../src/events/transport.ts';
import { type EventTestbed, startEventTestbed, testSource } from './event-testbed.ts';

/** `order.cancelled` as released first (1.0), and after an additive change (1.1: `refundable`). */
const released: EventContract = {
  topic: 'order',
  version: 1,
  data: z.object({ orderId: z.string(), reason: z.string() }),
};
const withRefundable: EventContract = {
  topic: 'order',
  version: 1,
  minor: 1,
  data: z.object({ orderId: z.string(), reason: z.string(), refundable: z.boolean() }),
  // What 1.0 producers meant: refunds were decided by hand.
  upcasters: { 0: (data) => ({ ...data, refundable: false }) },
};

/** A consumer group keeping the data its handler was given, as its deployment reads it. */
function recordingGroup(group: string): { definition: ConsumerDefinition; seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    definition: {
      group,
      handlers: {
        'order.cancelled': async (_ctx, event) => {
          seen.push(event.data);
        },
      },
    },
  };
}

// In-process, a publication resolves once every group handled it: what they saw is final.
describe('a rolling upgrade of an event contract', () => {
  let bed: EventTestbed;
  let transport: EventTransport;

  beforeAll(async () => {
    bed = await startEventTestbed({ EVENT_MAX_ATTEMPTS: '2', EVENT_RETRY_BASE_MS: '10' });
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  /** Publishes as a producer built with a contract at `version` would. */
  const produce = (version: string, data: Record<string, unknown>) => {
    const subject = uuidv7();
    return transport.publish([
      toMessage(
        {
          id: uuidv7(),
          source: testSource,
          type: 'order.cancelled',
          version,
          aggregateVersion: 1,
          subject,
          time: new Date().toISOString(),
          data: { orderId: subject, ...data } as never,
        },
        'order',
      ),
    ]);
  };

  it('old producer + new consumer, new producer + old consumer: every event applied, none dead-lettered', async () => {
    transport = await bed.transport('in-process');
    const oldConsumer = recordingGroup('kit.old-deployment');
    const newConsumer = recordingGroup('kit.new-deployment');
    await bed.runConsumer(transport, oldConsumer.definition, { 'order.cancelled': released });
    await bed.runConsumer(transport, newConsumer.definition, { 'order.cancelled': withRefundable });

    await produce('1.0', { reason: 'from the old producer' });
    await produce('1.1', { reason: 'from the new producer', refundable: true });

    expect(newConsumer.seen).toEqual([
      expect.objectContaining({ reason: 'from the old producer', refundable: false }),
      expect.objectContaining({ reason: 'from the new producer', refundable: true }),
    ]);
    // The old deployment reads 1.1 as the 1.0 it knows: the new field is dropped, not refused.
    expect(oldConsumer.seen).toEqual([
      { orderId: expect.any(String), reason: 'from the old producer' },
      { orderId: expect.any(String), reason: 'from the new producer' },
    ]);
    for (const group of ['kit.old-deployment', 'kit.new-deployment']) {
      expect(await bed.handled(group, 'applied')).toBe(2);
      expect(await bed.handled(group, 'dead-lettered')).toBe(0);
    }
    expect(await bed.orm.em.fork().count(DeadLetter)).toBe(0);
  });

  it('reads a bare major from before minors existed as its .0', async () => {
    transport = await bed.transport('in-process');
    const consumer = recordingGroup('kit.reads-legacy');
    await bed.runConsumer(transport, consumer.definition, { 'order.cancelled': withRefundable });

    await produce('1', { reason: 'legacy header' });

    expect(consumer.seen).toEqual([expect.objectContaining({ reason: 'legacy header', refundable: false })]);
  });

  it('dead-letters another major, and an older minor no upcaster reads', async () => {
    transport = await bed.transport('in-process');
    const consumer = recordingGroup('kit.strict-versions');
    const withoutUpcaster: EventContract = { ...withRefundable, upcasters: {} };
    await bed.runConsumer(transport, consumer.definition, { 'order.cancelled': withoutUpcaster });

    await produce('2.0', { reason: 'a breaking change published in place' });
    await produce('1.0', { reason: 'nothing fills refundable' });

    expect(consumer.seen).toEqual([]);
    const reasons = (await bed.orm.em.fork().find(DeadLetter, {}, { orderBy: { deadLetteredAt: 'asc' } })).map(
      (deadLetter) => deadLetter.reason.replace(/^event \S+ /, ''),
    );
    expect(reasons).toEqual([
      '(order.cancelled 2.0) major version 2 is not known here (reads 1.1)',
      '(order.cancelled 1.0) no upcaster from 1.0 to 1.1',
    ]);
  });
});
