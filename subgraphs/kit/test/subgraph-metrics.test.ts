import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadLetter, OutboxMessage } from '../src/events/entities.ts';
import { recordEvent } from '../src/events/outbox.ts';
import { createRegistry, type Registry } from '../src/metrics.ts';
import { subgraphMetrics } from '../src/subgraph-metrics.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

/** The values a gauge reports when scraped, by its labels. */
async function scrape(registry: Registry, name: string) {
  const metric = registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  return values.map(({ labels, value }) => ({ labels, value }));
}

describe('subgraph metrics read from the database at scrape', () => {
  let db: KitDatabase;
  let registry: Registry;
  const em = () => db.orm.em.fork();

  beforeAll(async () => {
    db = await startKitDatabase();
    registry = createRegistry('kit-test', false);
    subgraphMetrics(registry).observeDatabase(db.orm);
  });
  afterAll(() => db?.drop());

  /** Queues an event as a domain write does, then dates it `secondsAgo` back. */
  async function queueEvent(secondsAgo: number): Promise<string> {
    const subject = uuidv7();
    const id = await em().transactional(async (tx) =>
      recordEvent(tx, { type: 'order.cancelled', subject, data: { orderId: subject, reason: 'metrics' } }),
    );
    await em().nativeUpdate(OutboxMessage, { id }, { occurredAt: new Date(Date.now() - secondsAgo * 1000) });
    return id;
  }

  it('reports the age of the oldest unpublished outbox event, and 0 once all are published', async () => {
    expect(await scrape(registry, 'outbox_oldest_unpublished_age_seconds')).toEqual([{ labels: {}, value: 0 }]);

    const oldest = await queueEvent(600);
    await queueEvent(30);
    const [age] = await scrape(registry, 'outbox_oldest_unpublished_age_seconds');
    expect(age?.value).toBeGreaterThanOrEqual(600);
    expect(age?.value).toBeLessThan(660);
    expect(await scrape(registry, 'outbox_backlog')).toEqual([{ labels: {}, value: 2 }]);

    // The relay publishes the oldest: the next one's age shows.
    await em().nativeUpdate(OutboxMessage, { id: oldest }, { publishedAt: new Date() });
    const [next] = await scrape(registry, 'outbox_oldest_unpublished_age_seconds');
    expect(next?.value).toBeGreaterThanOrEqual(30);
    expect(next?.value).toBeLessThan(90);

    await em().nativeUpdate(OutboxMessage, { publishedAt: null }, { publishedAt: new Date() });
    expect(await scrape(registry, 'outbox_oldest_unpublished_age_seconds')).toEqual([{ labels: {}, value: 0 }]);
  });

  it('counts the dead letters not replayed yet by consumer group, a fully replayed group at 0', async () => {
    expect(await scrape(registry, 'dead_letters')).toEqual([]);

    const letter = (consumer: string) =>
      em().insert(DeadLetter, {
        id: uuidv7(),
        consumer,
        eventId: uuidv7(),
        type: 'order.cancelled',
        topic: 'order',
        key: uuidv7(),
        headers: {},
        value: '{}',
        reason: 'handler failed',
        deadLetteredAt: new Date(),
        replayedAt: null,
      });
    const first = await letter('catalog.orders');
    await letter('catalog.orders');
    const other = await letter('orders.stock');
    expect(await scrape(registry, 'dead_letters')).toEqual(
      expect.arrayContaining([
        { labels: { group: 'catalog.orders' }, value: 2 },
        { labels: { group: 'orders.stock' }, value: 1 },
      ]),
    );

    await em().nativeUpdate(DeadLetter, { id: [first, other] }, { replayedAt: new Date() });
    expect(await scrape(registry, 'dead_letters')).toEqual(
      expect.arrayContaining([
        { labels: { group: 'catalog.orders' }, value: 1 },
        { labels: { group: 'orders.stock' }, value: 0 },
      ]),
    );
  });

  it('reports the pool connections by state and the pool maximum', async () => {
    expect(await scrape(registry, 'db_pool_max_connections')).toEqual([
      { labels: {}, value: db.env.DATABASE_POOL_MAX },
    ]);
    const states = await scrape(registry, 'db_pool_connections');
    expect(states.map(({ labels }) => labels.state).sort()).toEqual(['idle', 'total', 'waiting']);
    expect(states.find(({ labels }) => labels.state === 'total')?.value).toBeGreaterThan(0);
  });
});
