import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import { OutboxMessage } from './entities.ts';
import { toMessage } from './envelope.ts';
import { publishTraced } from './tracing.ts';
import type { EventTransport } from './transport.ts';

export interface RelayOptions {
  orm: MikroORM;
  transport: EventTransport;
  /** CloudEvents `source` of every event, e.g. `/comptoir/catalog`. */
  source: string;
  log: Logger;
  pollMs: number;
  batchSize?: number;
  published: Counter;
}

export interface OutboxRelay {
  /** Asks for a publication pass now (after a commit), instead of at the next poll. */
  wake(): void;
  /** Stops polling after publishing everything committed so far (bounded by `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Publishes committed outbox rows in `position` order and marks them published once the transport
 * acknowledged them. A crash between the two republishes the batch: consumers are idempotent, and
 * nothing committed is ever skipped. Replicas relaying at once only duplicate deliveries, and a row
 * is sent only after every earlier row was acknowledged, so per-key order holds. No transaction is held while publishing, so in-process
 * consumers (which need the database) can run meanwhile.
 */
export function startRelay(options: RelayOptions): OutboxRelay {
  const batchSize = options.batchSize ?? 100;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  // A wake that came while a batch was on its way: its rows may have committed after the batch's
  // read, so the next pass starts at once rather than after a poll interval.
  let wokenMidBatch = false;
  let failures = 0;

  async function publishBatch(): Promise<number> {
    const em = options.orm.em.fork();
    const rows = await em.find(
      OutboxMessage,
      { publishedAt: null },
      { orderBy: { position: 'asc' }, limit: batchSize },
    );
    if (rows.length === 0) return 0;
    const messages = rows.map((row) =>
      toMessage(
        {
          id: row.id,
          source: options.source,
          type: row.type as never,
          version: row.version,
          aggregateVersion: row.aggregateVersion,
          subject: row.key,
          time: row.occurredAt.toISOString(),
          data: row.data as never,
          ...(row.traceparent ? { traceparent: row.traceparent } : {}),
          ...(row.tracestate ? { tracestate: row.tracestate } : {}),
        },
        row.topic,
      ),
    );
    await publishTraced(options.transport, messages);
    await em.nativeUpdate(
      OutboxMessage,
      { position: { $in: rows.map((row) => row.position) } },
      { publishedAt: new Date() },
    );
    options.published.inc(rows.length);
    return rows.length;
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });
  }

  const loop = (async () => {
    while (!stopped) {
      try {
        wokenMidBatch = false;
        const count = await publishBatch();
        failures = 0;
        if (count < batchSize && !stopped && !wokenMidBatch) await pause(options.pollMs);
      } catch (error) {
        failures++;
        options.log.error({ err: error, failures }, 'outbox relay could not publish; will retry');
        if (!stopped) await pause(Math.min(options.pollMs * 2 ** failures, 10_000));
      }
    }
  })();

  return {
    wake() {
      if (wakeUp) wakeUp();
      else wokenMidBatch = true;
    },
    async stop(timeoutMs = 10_000) {
      stopped = true;
      wakeUp?.();
      await loop;
      const deadline = Date.now() + timeoutMs;
      try {
        while (Date.now() < deadline && (await publishBatch()) > 0) {
          // keep flushing until the outbox is empty or time is up
        }
      } catch (error) {
        options.log.warn({ err: error }, 'outbox not fully flushed at shutdown; it will be published on next start');
      }
    },
  };
}
