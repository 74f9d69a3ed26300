import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Registry } from 'prom-client';
import { uuidv7 } from 'uuidv7';
import { type ConsumerDefinition, type ConsumerRuntime, startConsumer } from '../src/events/consumer.ts';
import { OutboxMessage } from '../src/events/entities.ts';
import type { DomainEvent, TransportMessage } from '../src/events/envelope.ts';
import { createInProcessTransport } from '../src/events/in-process-transport.ts';
import { createKafkaTransport } from '../src/events/kafka-transport.ts';
import { recordEvent } from '../src/events/outbox.ts';
import { type OutboxRelay, startRelay } from '../src/events/relay.ts';
import type { EventTransport, MessageHandler } from '../src/events/transport.ts';
import { subgraphMetrics } from '../src/subgraph-metrics.ts';
import { requireKafkaBrokers } from '../src/testing/index.ts';
import { HandlerEffect, type KitDatabase, Note, startKitDatabase } from './test-database.ts';

/** The CloudEvents source of everything the testbed's relays publish. */
export const testSource = '/comptoir/kit-test';

/**
 * Runs in a test consumer's transaction once the event's effect row is written: throwing fails the
 * attempt, and the effect rolls back with it.
 */
export type AfterEffect = (event: DomainEvent<'order.cancelled'>) => void | Promise<void>;

/** An AfterEffect failing every attempt at the events labelled `label`, and counting them. */
export function failingOn(label: string): { attempts: number; afterEffect: AfterEffect } {
  const poison = {
    attempts: 0,
    afterEffect(event: DomainEvent<'order.cancelled'>) {
      if (event.data.reason !== label) return;
      poison.attempts += 1;
      throw new Error(`cannot apply ${label}`);
    },
  };
  return poison;
}

/** Changes note `subject` and records the event announcing it, in `em`'s transaction. */
export async function recordChange(
  em: EntityManager,
  label: string,
  subject: string,
  traceparent?: string,
): Promise<string> {
  await em.upsert(Note, { id: subject, text: label });
  return recordEvent(em, {
    type: 'order.cancelled',
    subject,
    data: { orderId: subject, reason: label },
    traceparent,
  });
}

/**
 * The kit's event machinery on a scratch database of its own, as one subgraph runs it: outbox,
 * relays, transports and consumers. Notes are the aggregate; each change committed is announced by
 * an `order.cancelled` event whose `reason` carries the change's label. One testbed serves a test
 * file (a database costs seconds to create); `reset()` after each test starts the next one afresh.
 */
export interface EventTestbed extends KitDatabase {
  metrics: ReturnType<typeof subgraphMetrics>;
  /** A transport; on Kafka, in a namespace of topics and groups of its own. */
  transport(kind: 'in-process' | 'kafka'): Promise<EventTransport>;
  /** An outbox relay on `orm` (default the testbed's), polling every OUTBOX_POLL_MS. */
  relay(transport: EventTransport, options?: { orm?: MikroORM; batchSize?: number; pollMs?: number }): OutboxRelay;
  /** A consumer group writing one HandlerEffect per application of an `order.cancelled`. */
  consume(transport: EventTransport, group: string, afterEffect?: AfterEffect): Promise<void>;
  /** Runs any consumer group as a subgraph would, optionally reading with other contracts. */
  runConsumer(
    transport: EventTransport,
    definition: ConsumerDefinition,
    contracts?: ConsumerRuntime['contracts'],
  ): Promise<void>;
  /** What every consumer of the testbed runs with besides its transport (replays use it). */
  consumerRuntime: Omit<ConsumerRuntime, 'transport'>;
  /** Subscribes a plain group to `topics`: every message it receives is kept, in order. */
  receive(transport: EventTransport, topics: string[], handle?: MessageHandler): Promise<TransportMessage[]>;
  /** Commits a change of note `subject` and its event in one transaction; returns the event id. */
  commitNote(label: string, subject?: string): Promise<string>;
  /**
   * Records a change and its event in a transaction that then fails; tells how many outbox rows the
   * transaction held for the note just before rolling back.
   */
  rollBackChange(label: string): Promise<{ subject: string; queuedBeforeRollback: number }>;
  /** Effect rows written by consumers, in the order written. */
  effects(where?: {
    consumer?: string;
    eventId?: string;
  }): Promise<Array<{ consumer: string; eventId: string; label: string }>>;
  /** How many events a group handled with this outcome, from the consumer's own metrics. */
  handled(group: string, outcome: 'applied' | 'duplicate' | 'ignored' | 'dead-lettered'): Promise<number>;
  /** When the relay marked an event's outbox row published; null while it has not. */
  publishedAt(eventId: string): Promise<Date | null>;
  /**
   * Makes every later update of the outbox fail in PostgreSQL, as if the relay's process died
   * between publishing a batch and marking it; the returned function undoes it.
   */
  crashBeforeMarking(): Promise<() => Promise<void>>;
  /** Stops relays and transports (newest first), empties the tables and zeroes the metrics. */
  reset(): Promise<void>;
  /** Resets, then drops the database. */
  drop(): Promise<void>;
}

export async function startEventTestbed(overrides: Record<string, string> = {}): Promise<EventTestbed> {
  const db = await startKitDatabase(overrides);
  const { env, log, orm } = db;
  const registry = new Registry();
  const metrics = subgraphMetrics(registry);
  /** What every test consumer runs with besides its transport, as a subgraph's consumers do. */
  const consumerRuntime: Omit<ConsumerRuntime, 'transport'> = {
    em: orm.em,
    log,
    maxAttempts: env.EVENT_MAX_ATTEMPTS,
    retryBaseMs: env.EVENT_RETRY_BASE_MS,
    metrics: { handled: metrics.eventsHandled, lag: metrics.consumerLag },
  };
  const stops: Array<() => Promise<unknown>> = [];
  const em = () => orm.em.fork();

  async function reset() {
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error) => log.warn({ err: error }, 'stop failed'));
    }
    const connection = orm.em.getConnection();
    await connection.execute('drop trigger if exists crash_before_marking on kit_test.outbox_message');
    await connection.execute(
      'truncate kit_test.outbox_message, kit_test.aggregate_version, kit_test.processed_event, kit_test.dead_letter, kit_test.handler_effect, kit_test.note, kit_test.note_view, kit_test.remark',
    );
    registry.resetMetrics();
  }

  return {
    ...db,
    metrics,

    async transport(kind) {
      const transport =
        kind === 'in-process'
          ? createInProcessTransport()
          : await createKafkaTransport({
              brokers: requireKafkaBrokers().split(','),
              clientId: 'kit-test',
              namespace: `${env.EVENT_NAMESPACE}-${uuidv7()}`,
              logger: log,
            });
      stops.push(() => transport.close());
      return transport;
    },

    relay(transport, options = {}) {
      const relay = startRelay({
        orm: options.orm ?? orm,
        transport,
        source: testSource,
        log,
        pollMs: options.pollMs ?? env.OUTBOX_POLL_MS,
        published: metrics.published,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
      stops.push(() => relay.stop(1_000));
      return relay;
    },

    consumerRuntime,

    async runConsumer(transport, definition, contracts) {
      await startConsumer(definition, { ...consumerRuntime, transport, ...(contracts ? { contracts } : {}) });
    },

    async consume(transport, group, afterEffect) {
      const definition: ConsumerDefinition = {
        group,
        handlers: {
          'order.cancelled': async (ctx, event) => {
            ctx.em.create(HandlerEffect, {
              id: uuidv7(),
              consumer: group,
              eventId: event.id,
              label: event.data.reason,
            });
            await ctx.em.flush();
            await afterEffect?.(event);
          },
        },
      };
      await startConsumer(definition, { ...consumerRuntime, transport });
    },

    async receive(transport, topics, handle) {
      const received: TransportMessage[] = [];
      await transport.subscribe({
        groupId: `receiver-${uuidv7()}`,
        topics,
        handle: async (message, progress) => {
          received.push(message);
          await handle?.(message, progress);
        },
      });
      return received;
    },

    async commitNote(label, subject = uuidv7()) {
      return em().transactional((tx) => recordChange(tx, label, subject));
    },

    async rollBackChange(label) {
      const subject = uuidv7();
      let queuedBeforeRollback = 0;
      const failure = new Error('a later step of the transaction failed');
      const outcome = await em()
        .transactional(async (tx) => {
          await recordChange(tx, label, subject);
          await tx.flush();
          queuedBeforeRollback = await tx.count(OutboxMessage, { key: subject });
          throw failure;
        })
        .catch((error: unknown) => error);
      if (outcome !== failure) throw new Error(`the transaction did not fail as planned: ${String(outcome)}`);
      return { subject, queuedBeforeRollback };
    },

    async effects(where = {}) {
      return em().find(HandlerEffect, where, { orderBy: { id: 'asc' } });
    },

    async handled(group, outcome) {
      const { values } = await metrics.eventsHandled.get();
      return values.find((value) => value.labels.group === group && value.labels.outcome === outcome)?.value ?? 0;
    },

    async publishedAt(eventId) {
      return (await em().findOneOrFail(OutboxMessage, { id: eventId })).publishedAt ?? null;
    },

    async crashBeforeMarking() {
      const connection = orm.em.getConnection();
      await connection.execute(
        `create or replace function kit_test.crash_before_marking() returns trigger language plpgsql as $$
         begin raise exception 'the relay crashed before marking its batch'; end $$`,
      );
      await connection.execute(
        `create trigger crash_before_marking before update on kit_test.outbox_message
         for each row execute function kit_test.crash_before_marking()`,
      );
      return async () => {
        await connection.execute('drop trigger crash_before_marking on kit_test.outbox_message');
      };
    },

    reset,

    async drop() {
      await reset();
      await db.drop();
    },
  };
}
