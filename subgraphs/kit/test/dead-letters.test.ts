import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsumerDefinition } from '../src/events/consumer.ts';
import { listDeadLetters, replayDeadLetters } from '../src/events/dead-letters.ts';
import { deadLetterTopicFor } from '../src/events/envelope.ts';
import { waitFor } from '../src/wait.ts';
import { type EventTestbed, startEventTestbed } from './event-testbed.ts';
import { HandlerEffect } from './test-database.ts';

describe.each(['in-process', 'kafka'] as const)('dead letters on the %s transport', (kind) => {
  let bed: EventTestbed;

  beforeAll(async () => {
    bed = await startEventTestbed({ EVENT_MAX_ATTEMPTS: '3', EVENT_RETRY_BASE_MS: '10' });
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  /** A group whose handler fails while `broken` holds, as a bug fixed by a later deployment. */
  function fragileGroup(group: string) {
    const state = { broken: true, attempts: 0 };
    const definition: ConsumerDefinition = {
      group,
      handlers: {
        'order.cancelled': async ({ em }, event) => {
          state.attempts += 1;
          if (state.broken) throw new Error(`cannot apply ${event.data.reason} yet`);
          em.create(HandlerEffect, { id: uuidv7(), consumer: group, eventId: event.id, label: event.data.reason });
          await em.flush();
        },
      },
    };
    return { state, definition };
  }

  it('keeps a dead-lettered event, replays it once after the fix, and lists it replayed', async () => {
    const transport = await bed.transport(kind);
    const dlq = await bed.receive(transport, [deadLetterTopicFor('kit.fragile')]);
    const { state, definition } = fragileGroup('kit.fragile');
    await bed.runConsumer(transport, definition);
    bed.relay(transport);

    const eventId = await bed.commitNote('refund');
    await waitFor(async () => (await listDeadLetters(bed.orm.em)).length > 0, 'the event is dead-lettered');

    // At least: Kafka may deliver a message again (a rebalance), each delivery retried in full.
    expect(state.attempts).toBeGreaterThanOrEqual(bed.env.EVENT_MAX_ATTEMPTS);
    const [kept] = await listDeadLetters(bed.orm.em, { group: 'kit.fragile' });
    expect(kept).toMatchObject({
      consumer: 'kit.fragile',
      eventId,
      type: 'order.cancelled',
      topic: 'order',
      reason: 'cannot apply refund yet',
      replayedAt: null,
    });
    expect(await listDeadLetters(bed.orm.em, { group: 'kit.other' })).toEqual([]);
    await waitFor(async () => dlq.length > 0, 'the dead letter is on the dlq topic too');

    // Replaying before the fix fails again and leaves it to replay later.
    const stillBroken = await replayDeadLetters(bed.consumerRuntime, [definition], { ids: [kept?.id as string] });
    expect(stillBroken).toEqual([{ id: kept?.id, outcome: 'failed', reason: 'cannot apply refund yet' }]);
    expect((await listDeadLetters(bed.orm.em))[0]?.replayedAt).toBeNull();

    state.broken = false;
    const replayed = await replayDeadLetters(bed.consumerRuntime, [definition], { ids: [kept?.id as string] });
    const again = await replayDeadLetters(bed.consumerRuntime, [definition], { ids: [kept?.id as string] });
    const rest = await replayDeadLetters(bed.consumerRuntime, [definition], { group: 'kit.fragile' });

    expect(replayed).toEqual([{ id: kept?.id, outcome: 'applied' }]);
    expect(again).toEqual([{ id: kept?.id, outcome: 'already-replayed', reason: 'replayed before' }]);
    // A second copy (Kafka delivered the message twice) is not applied again: its group did it.
    expect(rest.map((outcome) => outcome.outcome)).not.toContain('applied');
    expect(await bed.effects({ consumer: 'kit.fragile' })).toEqual([
      expect.objectContaining({ eventId, label: 'refund' }),
    ]);
    expect((await listDeadLetters(bed.orm.em))[0]?.replayedAt).toBeInstanceOf(Date);
  });

  it('tells a dead letter of a group it does not run', async () => {
    const transport = await bed.transport(kind);
    const { definition } = fragileGroup('kit.elsewhere');
    await bed.runConsumer(transport, definition);
    bed.relay(transport);
    await bed.commitNote('orphan');
    await waitFor(async () => (await listDeadLetters(bed.orm.em)).length > 0, 'the event is dead-lettered');

    const [kept] = await listDeadLetters(bed.orm.em);
    expect(await replayDeadLetters(bed.consumerRuntime, [], { ids: [kept?.id as string] })).toEqual([
      { id: kept?.id, outcome: 'unknown-group', reason: 'no consumer group kit.elsewhere here' },
    ]);
  });
});
