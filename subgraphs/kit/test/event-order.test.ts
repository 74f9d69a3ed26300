import { uuidv7 } from 'uuidv7';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsumerDefinition } from '../src/events/consumer.ts';
import { OutboxMessage } from '../src/events/entities.ts';
import { toMessage } from '../src/events/envelope.ts';
import { recordEvent } from '../src/events/outbox.ts';
import { upsertIfNewer } from '../src/events/read-model.ts';
import { execute } from '../src/sql.ts';
import { deliverEvent } from '../src/testing/index.ts';
import { waitFor } from '../src/wait.ts';
import { type EventTestbed, startEventTestbed, testSource } from './event-testbed.ts';
import { Note, NoteView } from './test-database.ts';

/** Keeps NoteView as the notes' events tell, one line with the kit's helper. */
const noteViews: ConsumerDefinition = {
  group: 'kit.note-views',
  handlers: {
    'order.cancelled': async ({ em }, event) => {
      await upsertIfNewer(
        em,
        NoteView,
        { id: event.subject, text: event.data.reason, version: event.aggregateVersion },
        'version',
      );
    },
  },
};

describe('events of one aggregate, in-process', () => {
  let bed: EventTestbed;
  const em = () => bed.orm.em.fork();
  const view = async (id: string) => (await em().findOne(NoteView, id))?.text;

  beforeAll(async () => {
    bed = await startEventTestbed();
  });
  afterEach(() => bed.reset());
  afterAll(() => bed?.drop());

  it('publish in commit order with rising versions, even when a writer queues its event before it locks the row', async () => {
    const transport = await bed.transport('in-process');
    await bed.runConsumer(transport, noteViews);
    const subject = uuidv7();
    await bed.commitNote('created', subject);

    // A's flush writes its event first and changes the note only later, as MikroORM inserts
    // before it updates; B changes the note and commits meanwhile if nothing makes it wait.
    let releaseA = () => {};
    const aMayFinish = new Promise<void>((resolve) => {
      releaseA = resolve;
    });
    let aQueued = () => {};
    const aHasQueued = new Promise<void>((resolve) => {
      aQueued = resolve;
    });
    const writerA = em().transactional(async (tx) => {
      const note = await tx.findOneOrFail(Note, subject);
      recordEvent(tx, { type: 'order.cancelled', subject, data: { orderId: subject, reason: 'A' } });
      await tx.flush();
      aQueued();
      await aMayFinish;
      note.text = 'A';
    });
    await aHasQueued;
    const writerB = em().transactional(async (tx) => {
      const note = await tx.findOneOrFail(Note, subject);
      note.text = 'B';
      recordEvent(tx, { type: 'order.cancelled', subject, data: { orderId: subject, reason: 'B' } });
    });
    // B either finished (nothing ordered it after A) or waits for A's lock: A may go on.
    await Promise.race([writerB, waitFor(() => waitingOnLock(bed), 'B waits for A')]);
    releaseA();
    await Promise.all([writerA, writerB]);

    bed.relay(transport);
    await waitFor(async () => (await em().count(OutboxMessage, { publishedAt: null })) === 0, 'all published');

    const committed = (await em().findOneOrFail(Note, subject)).text;
    expect(await view(subject)).toBe(committed);
    const events = await em().find(OutboxMessage, { key: subject }, { orderBy: { position: 'asc' } });
    expect(events.map((event) => event.aggregateVersion)).toEqual([1, 2, 3]);
    expect(events.at(-1)?.data.reason).toBe(committed);
  });

  it('never lets an older version overwrite a newer one in a read model', async () => {
    const transport = await bed.transport('in-process');
    await bed.runConsumer(transport, noteViews);
    const subject = uuidv7();
    const deliver = (reason: string, aggregateVersion: number) =>
      deliverEvent(transport, {
        type: 'order.cancelled',
        subject,
        data: { orderId: subject, reason },
        source: testSource,
        aggregateVersion,
      });

    await deliver('second', 2);
    await deliver('first, redelivered late', 1);
    expect(await view(subject)).toBe('second');
    await deliver('third', 3);
    expect(await view(subject)).toBe('third');
  });

  it('applies an unversioned event (a producer from before versions) without forgetting the version it holds', async () => {
    const transport = await bed.transport('in-process');
    await bed.runConsumer(transport, noteViews);
    const subject = uuidv7();
    const legacy = toMessage(
      {
        id: uuidv7(),
        source: testSource,
        type: 'order.cancelled',
        version: '1',
        aggregateVersion: 0,
        subject,
        time: new Date().toISOString(),
        data: { orderId: subject, reason: 'from an old relay' },
      },
      'order',
    );
    delete legacy.headers.ce_aggregateversion;

    await transport.publish([legacy]);
    expect(await view(subject)).toBe('from an old relay');
    await deliverEvent(transport, {
      type: 'order.cancelled',
      subject,
      data: { orderId: subject, reason: 'versioned' },
      aggregateVersion: 2,
    });
    await transport.publish([{ ...legacy, headers: { ...legacy.headers, ce_id: uuidv7() } }]);
    expect(await view(subject)).toBe('from an old relay');
    await deliverEvent(transport, {
      type: 'order.cancelled',
      subject,
      data: { orderId: subject, reason: 'older than what the row holds' },
      aggregateVersion: 1,
    });
    expect(await em().findOneOrFail(NoteView, subject)).toMatchObject({ text: 'from an old relay', version: 2 });
  });
});

/** Whether a session of the testbed's database waits for a lock another transaction holds. */
async function waitingOnLock(bed: EventTestbed): Promise<boolean> {
  const [row] = await execute<{ waiting: number }>(
    bed.orm.em.fork(),
    `select count(*)::int as waiting from pg_stat_activity
     where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return (row?.waiting ?? 0) > 0;
}
