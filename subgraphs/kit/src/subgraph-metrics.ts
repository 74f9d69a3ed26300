import type { MikroORM } from '@mikro-orm/postgresql';
import { Counter, Gauge, type Registry } from 'prom-client';
import { OutboxMessage } from './events/entities.ts';

/** The subgraph-specific series: SQL statements, DB pool, outbox backlog, event consumption. */
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
    /** Pool and backlog gauges read the database when scraped. */
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
    },
  };
}
