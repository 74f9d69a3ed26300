import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, ProcessedEvent } from '../src/events/entities.ts';
import { pruneEvents } from '../src/events/pruning.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

const hourMs = 3_600_000;

describe('event bookkeeping past its retention', () => {
  let db: KitDatabase;
  beforeAll(async () => {
    db = await startKitDatabase();
  });
  afterAll(() => db?.drop());

  it('deletes published outbox rows and processed-event ids older than their retention, and nothing else', async () => {
    const now = Date.now();
    await db.orm.em.fork().transactional(async (em) => {
      const outboxRow = (id: string, publishedAt: Date | null, occurredAt = new Date(now - 500 * hourMs)) =>
        em.create(OutboxMessage, {
          id,
          topic: 'note',
          key: 'n1',
          type: 'note.written',
          version: '1.0',
          aggregateVersion: 0, // numbered by the flush
          data: {},
          traceparent: null,
          occurredAt,
          publishedAt,
        });
      outboxRow('00000000-0000-7000-8000-000000000001', new Date(now - 200 * hourMs)); // published 200 h ago
      outboxRow('00000000-0000-7000-8000-000000000002', new Date(now - 10 * hourMs)); // published 10 h ago
      outboxRow('00000000-0000-7000-8000-000000000003', null); // never published, however old
      for (const [eventId, days] of [
        ['old', 40],
        ['recent', 3],
      ] as const) {
        em.create(ProcessedEvent, { consumer: 'kit.notes', eventId, processedAt: new Date(now - days * 24 * hourMs) });
      }
    });

    expect(await pruneEvents(db.orm.em.fork(), { outboxHours: 168, processedDays: 30 }, now)).toEqual({
      outbox: 1,
      processed: 1,
    });
    const check = db.orm.em.fork();
    expect((await check.find(OutboxMessage, {}, { orderBy: { id: 'asc' } })).map((row) => row.id)).toEqual([
      '00000000-0000-7000-8000-000000000002',
      '00000000-0000-7000-8000-000000000003',
    ]);
    expect((await check.find(ProcessedEvent, {})).map((row) => row.eventId)).toEqual(['recent']);
  });
});
