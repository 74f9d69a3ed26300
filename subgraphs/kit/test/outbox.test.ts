import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../src/events/entities.ts';
import { recordEvent } from '../src/events/outbox.ts';
import { type EventTestbed, recordChange, startEventTestbed } from './event-testbed.ts';
import { Note } from './test-database.ts';

describe('recordEvent', () => {
  let bed: EventTestbed;
  const em = () => bed.orm.em.fork();

  beforeAll(async () => {
    bed = await startEventTestbed();
  });
  afterAll(() => bed?.drop());

  it('queues the event in the transaction of the change it describes, unpublished', async () => {
    const subject = uuidv7();
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const eventId = await em().transactional((tx) => recordChange(tx, 'committed', subject, traceparent));

    expect(await em().findOne(Note, subject)).toMatchObject({ text: 'committed' });
    expect(await em().findOneOrFail(OutboxMessage, { id: eventId })).toMatchObject({
      topic: 'order',
      key: subject,
      type: 'order.cancelled',
      version: '1.0',
      aggregateVersion: 1,
      data: { orderId: subject, reason: 'committed' },
      traceparent,
      publishedAt: null,
    });
  });

  it('leaves no event behind when the transaction rolls back', async () => {
    const { subject, queuedBeforeRollback } = await bed.rollBackChange('rolled back');

    expect(queuedBeforeRollback).toBe(1);
    expect(await em().count(OutboxMessage, { key: subject })).toBe(0);
    expect(await em().count(Note, { id: subject })).toBe(0);
  });

  it('refuses a payload that breaks its contract, and nothing of the transaction is written', async () => {
    const subject = uuidv7();
    await expect(
      em().transactional(async (tx) => {
        tx.create(Note, { id: subject, text: 'bad payload' });
        recordEvent(tx, { type: 'order.cancelled', subject, data: { orderId: subject } as never });
      }),
    ).rejects.toThrow(/reason/);

    expect(await em().count(Note, { id: subject })).toBe(0);
    expect(await em().count(OutboxMessage, { key: subject })).toBe(0);
  });
});
