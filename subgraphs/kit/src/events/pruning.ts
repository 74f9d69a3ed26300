import type { EntityManager } from '@mikro-orm/postgresql';
import type { PeriodicTask } from '../periodic-task.ts';
import { OutboxMessage, ProcessedEvent } from './entities.ts';

/** How long event bookkeeping is kept; the OUTBOX_RETENTION_HOURS and PROCESSED_EVENT_RETENTION_DAYS variables. */
export interface EventRetention {
  /** Published outbox rows: kept a while to look into what was sent; unpublished ones never go. */
  outboxHours: number;
  /**
   * Ids of applied events, which make redeliveries harmless: kept longer than any redelivery can
   * come (Kafka's topic retention, 7 days by default).
   */
  processedDays: number;
}

const hourMs = 3_600_000;

/** Deletes published outbox rows and processed-event ids past their retention; how many of each. */
export async function pruneEvents(
  em: EntityManager,
  retention: EventRetention,
  now = Date.now(),
): Promise<{ outbox: number; processed: number }> {
  const outbox = await em.nativeDelete(OutboxMessage, {
    publishedAt: { $lt: new Date(now - retention.outboxHours * hourMs) },
  });
  const processed = await em.nativeDelete(ProcessedEvent, {
    processedAt: { $lt: new Date(now - retention.processedDays * 24 * hourMs) },
  });
  return { outbox, processed };
}

/** `pruneEvents` every hour; deletes are idempotent, so replicas may run it side by side. */
export function eventPruning(em: EntityManager, retention: EventRetention): PeriodicTask {
  return { name: 'event-pruning', everyMs: hourMs, run: () => pruneEvents(em.fork(), retention) };
}
