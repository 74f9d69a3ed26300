import type { MikroORM } from '@mikro-orm/postgresql';
import { Counter, Gauge, type Registry } from 'prom-client';
import { OutboxMessage } from './events/entities.ts';

/**
 * The subgraph-specific series: SQL statements, DB pool, outbox backlog and its age, event
 * consumption, dead letters. Labels take values from the code alone (pool states, consumer groups,
 * topics), never from requests or rows' contents.
 */
export function subgraphMetrics(registry: Registry) {
  const registers = [registry];
  return {
    statements: new Counter({ name: 'db_statements_total', help: 'SQL statements sent', registers }),
    published: new Counter({ name: 'outbox_published_total', help: 'Outbox events published', registers }),
    eventsHandled: new Counter({
      name: 'events_handled_total',
      help: 'Events handled by consumer group and outcome (applied, duplicate, ignored, dead-lettered)',
      labelNames: ['group', 'outcome'] as const,
      registers,
    }),
    consumerLag: new Gauge({
      name: 'consumer_lag_messages',
      help: 'Messages behind the end of the partition at the last handled message',
      labelNames: ['group', 'topic'] as const,
      registers,
    }),
    /**
     * Pool, backlog and dead-letter gauges read the database when scraped, so every replica of a
     * subgraph reports the same table-wide backlog and dead letters (aggregate them with max).
     */
    observeDatabase(orm: MikroORM) {
      new Gauge({
        name: 'outbox_backlog',
        help: 'Outbox events not yet published',
        registers,
        async collect() {
          this.set(await orm.em.fork().count(OutboxMessage, { publishedAt: null }));
        },
      });
      new Gauge({
        name: 'outbox_oldest_unpublished_age_seconds',
        help: 'Age of the oldest outbox event not yet published, 0 when none waits',
        registers,
        async collect() {
          // The next row the relay publishes, by the partial index on unpublished positions.
          const oldest = await orm.em
            .fork()
            .findOne(OutboxMessage, { publishedAt: null }, { orderBy: { position: 'asc' }, fields: ['occurredAt'] });
          this.set(oldest ? Math.max(0, (Date.now() - oldest.occurredAt.getTime()) / 1000) : 0);
        },
      });
      new Gauge({
        name: 'dead_letters',
        help: 'Dead-lettered events kept and not replayed yet, by consumer group',
        labelNames: ['group'] as const,
        registers,
        async collect() {
          const kept = await orm.em.getConnection().execute<Array<{ consumer: string; kept: string }>>(
            `select consumer, count(*) filter (where replayed_at is null) as kept
                 from ${orm.config.get('schema')}.dead_letter group by consumer`,
          );
          // A group whose letters were all replayed reports 0 rather than vanishing.
          this.reset();
          for (const { consumer, kept: count } of kept) this.set({ group: consumer }, Number(count));
        },
      });
      new Gauge({
        name: 'db_pool_connections',
        help: 'Database pool connections by state',
        labelNames: ['state'] as const,
        registers,
        async collect() {
          const pool = await orm.em.getConnection().getNativeClient();
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
      new Gauge({
        name: 'db_pool_max_connections',
        help: 'Connections the database pool opens at most (DATABASE_POOL_MAX)',
        registers,
        async collect() {
          const pool = await orm.em.getConnection().getNativeClient();
          this.set(pool.options.max ?? 0);
        },
      });
    },
  };
}
