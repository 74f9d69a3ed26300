import { type EventContract, type EventType, eventContracts, isEventType } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SpanStatusCode } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Counter, Gauge } from 'prom-client';
import { uuidv7 } from 'uuidv7';
import { backoffMs } from '../wait.ts';
import { readEventData } from './contract-versions.ts';
import { DeadLetter, ProcessedEvent } from './entities.ts';
import { type DomainEvent, deadLetterTopicFor, fromMessage, type TransportMessage } from './envelope.ts';
import { consumeTraced } from './tracing.ts';
import type { EventTransport } from './transport.ts';

/** What a handler gets: a transactional EntityManager whose writes commit with the processed mark. */
export interface EventContext {
  em: EntityManager;
  log: Logger;
  /** The event being handled, to carry its trace on to events the handler records. */
  traceparent: string | undefined;
}

export type EventHandler<T extends EventType> = (ctx: EventContext, event: DomainEvent<T>) => Promise<void>;

/**
 * A handler that asks a service outside the database (a payment provider) before it applies
 * anything: `call` runs before the transaction, so no connection is held while the service
 * answers (and a service keeping its state in the same database, as the test payment provider
 * does on the embedded PGlite, is not waited on from inside a transaction). `call` must be
 * idempotent: after a crash or a failed `apply` the event comes again and so does the call.
 * `apply` records what it answered, in the transaction that marks the event processed.
 */
export interface OutsideCallHandler<T extends EventType, Answer = unknown> {
  call(ctx: { em: EntityManager; log: Logger }, event: DomainEvent<T>): Promise<Answer>;
  apply(ctx: EventContext, event: DomainEvent<T>, answer: Answer): Promise<void>;
}

type AnyHandler = EventHandler<EventType> | OutsideCallHandler<EventType>;

/** A consumer group of one subgraph: which event types it applies, and how. */
export interface ConsumerDefinition {
  /** Unique across the platform, e.g. `orders.catalog-prices`. */
  group: string;
  // biome-ignore lint/suspicious/noExplicitAny: each handler states the answer its own call gives
  handlers: { [T in EventType]?: EventHandler<T> | OutsideCallHandler<T, any> };
}

export interface ConsumerRuntime {
  em: EntityManager;
  transport: EventTransport;
  log: Logger;
  maxAttempts: number;
  retryBaseMs: number;
  metrics: { handled: Counter<'group' | 'outcome'>; lag: Gauge<'group' | 'topic'> };
  /** The contracts this deployment reads with: eventContracts, or two minors of one in a rolling-upgrade test. */
  contracts?: Readonly<Partial<Record<EventType, EventContract>>>;
}

/** A failure retrying cannot fix (malformed message): straight to the dead-letter topic. */
export class PermanentEventError extends Error {}

/**
 * Runs a consumer group on the transport. Each event is applied at most once per group: the
 * processed-event row is inserted in the handler's transaction, so a redelivery finds it and is
 * skipped. A failing handler is retried with exponential backoff; after `maxAttempts` the message
 * is kept in the group's dead_letter table (and its dead-letter topic) and the partition moves on.
 */
export async function startConsumer(definition: ConsumerDefinition, runtime: ConsumerRuntime): Promise<void> {
  const types = Object.keys(definition.handlers).filter(isEventType);
  const topics = [...new Set(types.map((type) => eventContracts[type].topic))];
  const log = runtime.log.child({ consumer: definition.group });

  await runtime.transport.subscribe({
    groupId: definition.group,
    topics,
    handle: (message, progress) =>
      consumeTraced(runtime.transport, definition.group, message, async (span) => {
        runtime.metrics.lag.set({ group: definition.group, topic: message.topic }, progress.lag);
        let lastError: unknown;
        for (let attempt = 1; attempt <= runtime.maxAttempts; attempt++) {
          try {
            const outcome = await applyOnce(definition, runtime, message, log);
            runtime.metrics.handled.inc({ group: definition.group, outcome });
            span.setAttribute('comptoir.event.outcome', outcome);
            return;
          } catch (error) {
            lastError = error;
            span.recordException(error instanceof Error ? error : String(error));
            if (error instanceof PermanentEventError) break;
            log.warn({ err: error, attempt, key: message.key }, 'event handler failed');
            if (attempt < runtime.maxAttempts) {
              await sleep(backoffMs(runtime.retryBaseMs, attempt));
              await progress.heartbeat();
            }
          }
        }
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'dead-lettered' });
        span.setAttribute('comptoir.event.outcome', 'dead-lettered');
        await deadLetter(definition.group, runtime, message, lastError, log);
      }),
  });
}

async function applyOnce(
  definition: ConsumerDefinition,
  runtime: ConsumerRuntime,
  message: TransportMessage,
  log: Logger,
): Promise<'applied' | 'duplicate' | 'ignored'> {
  const read = readEvent(definition, runtime, message);
  if (!read) return 'ignored';
  const answer = await callOutside(runtime.em, definition.group, read, log);
  if (answer === duplicate) return 'duplicate';
  return runtime.em.fork().transactional((em) => applyEvent(em, definition.group, read, log, answer));
}

const duplicate = Symbol('duplicate');

/**
 * For an OutsideCallHandler, its call's answer, made outside any transaction; `duplicate` when the
 * group already applied the event (no call then). Undefined for a plain handler.
 */
export async function callOutside(
  em: EntityManager,
  group: string,
  { event, handler }: ReadEvent,
  log: Logger,
): Promise<unknown> {
  if (typeof handler === 'function') return undefined;
  if ((await em.fork().count(ProcessedEvent, { consumer: group, eventId: event.id })) > 0) return duplicate;
  return handler.call({ em: em.fork(), log: log.child({ eventId: event.id, type: event.type }) }, event);
}

/**
 * The event a message carries, as this group's handler reads it (upcast or stripped to the
 * contract's current minor); undefined when the group has no handler for its type.
 */
export function readEvent(
  definition: ConsumerDefinition,
  runtime: Pick<ConsumerRuntime, 'contracts'>,
  message: TransportMessage,
): ReadEvent | undefined {
  let envelope: ReturnType<typeof fromMessage>;
  try {
    envelope = fromMessage(message);
  } catch (error) {
    throw new PermanentEventError((error as Error).message);
  }
  const { type } = envelope;
  const handler = isEventType(type) ? (definition.handlers[type] as AnyHandler | undefined) : undefined;
  const contract = isEventType(type) ? (runtime.contracts ?? eventContracts)[type] : undefined;
  if (!handler || !contract || !isEventType(type)) return undefined;
  const read = readEventData(contract, envelope.version, envelope.data);
  if (!read.ok) throw new PermanentEventError(`event ${envelope.id} (${type} ${envelope.version}) ${read.reason}`);
  return { event: { ...envelope, type, data: read.data } as DomainEvent, handler };
}

type ReadEvent = { event: DomainEvent; handler: AnyHandler };

/**
 * Applies an event in `em`'s transaction unless the group already did (its processed-event row);
 * `answer`: what an OutsideCallHandler's call answered (callOutside).
 */
export async function applyEvent(
  em: EntityManager,
  group: string,
  { event, handler }: ReadEvent,
  log: Logger,
  answer?: unknown,
): Promise<'applied' | 'duplicate'> {
  const inserted = await em
    .createQueryBuilder(ProcessedEvent)
    .insert({ consumer: group, eventId: event.id, processedAt: new Date() })
    .onConflict(['consumer', 'eventId'])
    .ignore()
    .execute('run');
  if (inserted.affectedRows === 0) return 'duplicate';
  const ctx = { em, log: log.child({ eventId: event.id, type: event.type }), traceparent: event.traceparent };
  await (typeof handler === 'function' ? handler(ctx, event) : handler.apply(ctx, event, answer));
  return 'applied';
}

/**
 * Keeps the message in the group's dead_letter table, then on the group's dead-letter topic. A
 * failure to store it rejects the delivery, which is then retried (Kafka: its offset stays uncommitted).
 */
async function deadLetter(
  group: string,
  runtime: ConsumerRuntime,
  message: TransportMessage,
  error: unknown,
  log: Logger,
) {
  const reason = error instanceof Error ? error.message : String(error);
  log.error({ key: message.key, topic: message.topic, reason }, 'event dead-lettered');
  await runtime.em.fork().insert(DeadLetter, {
    id: uuidv7(),
    consumer: group,
    eventId: message.headers.ce_id ?? null,
    type: message.headers.ce_type ?? null,
    topic: message.topic,
    key: message.key,
    headers: message.headers,
    value: message.value,
    reason,
    deadLetteredAt: new Date(),
    replayedAt: null,
  });
  await runtime.transport.publish([
    {
      ...message,
      topic: deadLetterTopicFor(group),
      headers: {
        ...message.headers,
        'dlq-original-topic': message.topic,
        'dlq-consumer-group': group,
        'dlq-reason': reason.slice(0, 1000),
      },
    },
  ]);
  runtime.metrics.handled.inc({ group, outcome: 'dead-lettered' });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
