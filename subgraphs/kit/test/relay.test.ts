import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../src/events/entities.ts';
import { waitFor } from '../src/wait.ts';
import { type EventTestbed, startEventTestbed, testSource } from './event-testbed.ts';

describe('the outbox relay', () => {
  let bed: EventTestbed;
  const published = async (eventId: string) => (await bed.publishedAt(eventId)) !== null;
  const publishedCount = async () => (await bed.metrics.published.get()).values[0]?.value ?? 0;
  // The relay counts a batch after its update commits: a reader can see the row marked first.
  const publishedAndCounted = async (eventId: string) => (await published(eventId)) && (await publishedCount()) > 0;

  beforeAll(async () => {
    bed = await startEventTestbed();
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  it('publishes committed events in outbox order, batch after batch, as CloudEvents', async () => {
    const transport = await bed.transport('in-process');
    const received = await bed.receive(transport, ['order']);
    const [one, other] = [uuidv7(), uuidv7()];
    const eventIds: string[] = [];
    for (const [index, subject] of [one, other, one, other, one].entries()) {
      eventIds.push(await bed.commitNote(`change ${index}`, subject));
    }

    bed.relay(transport, { batchSize: 2 });
    await waitFor(async () => received.length === eventIds.length, 'every event was published');

    const byPosition = await bed.orm.em.fork().find(OutboxMessage, {}, { orderBy: { position: 'asc' } });
    expect(byPosition.map((row) => row.id)).toEqual(eventIds);
    expect(received.map((message) => message.headers.ce_id)).toEqual(eventIds);
    expect(JSON.parse(received[0]?.value ?? '')).toEqual({ orderId: one, reason: 'change 0' });
    expect(received[0]).toMatchObject({
      topic: 'order',
      key: one,
      headers: {
        ce_specversion: '1.0',
        ce_id: eventIds[0],
        ce_source: testSource,
        ce_type: 'order.cancelled',
        ce_subject: one,
        ce_time: byPosition[0]?.occurredAt.toISOString(),
        ce_dataschemaversion: '1.0',
        ce_aggregateversion: '1',
        'content-type': 'application/json',
      },
    });
    await waitFor(
      async () => (await bed.orm.em.fork().count(OutboxMessage, { publishedAt: null })) === 0,
      'every row was marked published',
    );
  });

  it('marks a row published only once the transport acknowledged it', async () => {
    const transport = await bed.transport('in-process');
    let acknowledge = () => {};
    const acknowledged = new Promise<void>((resolve) => {
      acknowledge = resolve;
    });
    // In-process, publishing resolves once every group handled the message: this one holds it.
    const received = await bed.receive(transport, ['order'], () => acknowledged);
    bed.relay(transport);
    const eventId = await bed.commitNote('held by the transport');

    await waitFor(async () => received.length === 1, 'the transport received the event');
    expect(await published(eventId)).toBe(false);
    expect(await publishedCount()).toBe(0);

    acknowledge();
    await waitFor(() => publishedAndCounted(eventId), 'the relay marked the acknowledged event and counted it');
    expect(await publishedCount()).toBe(1);
  });

  it('keeps a row whose publication failed, and publishes it on a later pass', async () => {
    const transport = await bed.transport('in-process');
    let deliveries = 0;
    const received = await bed.receive(transport, ['order'], async () => {
      deliveries += 1;
      if (deliveries === 1) throw new Error('the transport refused the batch');
    });
    bed.relay(transport);
    const eventId = await bed.commitNote('published on the second pass');

    await waitFor(() => publishedAndCounted(eventId), 'the relay published the event again, marked and counted it');
    expect(received.map((message) => message.headers.ce_id)).toEqual([eventId, eventId]);
    expect(await publishedCount()).toBe(1);
  });

  it('publishes a row committed while a batch is on its way without waiting for the next poll', async () => {
    const transport = await bed.transport('in-process');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first delivery is held, so the relay is mid-batch when the second row commits.
    const received = await bed.receive(transport, ['order'], async () => {
      if (received.length === 1) await held;
    });
    // Woken after each commit as a subgraph's relay is; the poll alone would take a minute.
    const relay = bed.relay(transport, { pollMs: 60_000 });
    await bed.commitNote('first');
    relay.wake();
    await waitFor(async () => received.length === 1, 'the first batch is on its way');

    const second = await bed.commitNote('committed mid-batch');
    relay.wake();
    release();

    await waitFor(() => published(second), 'the row committed mid-batch was published', 10_000);
  });

  it('publishes everything committed before it stops', async () => {
    const transport = await bed.transport('in-process');
    const received = await bed.receive(transport, ['order']);
    // Polling so rarely that only the flush on stop can publish what is committed next.
    const relay = bed.relay(transport, { pollMs: 60_000 });
    const eventIds = [await bed.commitNote('first'), await bed.commitNote('second'), await bed.commitNote('third')];

    await relay.stop();

    expect(received.map((message) => message.headers.ce_id)).toEqual(eventIds);
    for (const eventId of eventIds) expect(await published(eventId)).toBe(true);
  });

  // On Kafka the consumer runs apart from the relay: effects are awaited, never assumed.
  it.each(['in-process', 'kafka'] as const)(
    'publishes again after a crash between publishing and marking, and the consumer skips the duplicate (%s)',
    async (kind) => {
      const transport = await bed.transport(kind);
      await bed.consume(transport, 'kit.notes');
      const recover = await bed.crashBeforeMarking();
      const crashed = bed.relay(transport);
      const eventId = await bed.commitNote('applied once');

      await waitFor(async () => (await bed.effects({ eventId })).length > 0, 'the consumer applied the event');
      await crashed.stop(0);
      expect(await published(eventId)).toBe(false);

      // The process starts again: a new relay on a new connection pool finds the row unmarked.
      await recover();
      bed.relay(transport, { orm: await bed.open() });
      await waitFor(() => published(eventId), 'the restarted relay marked the event');
      await waitFor(
        async () => (await bed.handled('kit.notes', 'duplicate')) > 0,
        'the consumer received the event again',
      );

      expect(await bed.handled('kit.notes', 'applied')).toBe(1);
      expect(await bed.effects({ eventId })).toEqual([expect.objectContaining({ label: 'applied once' })]);
    },
  );
});
