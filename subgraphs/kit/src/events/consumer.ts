import { type EventType, eventContracts, isEventType } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Counter, Gauge } from 'prom-client';
import { ProcessedEvent } from './entities.ts';
import { type DomainEvent, deadLetterTopicFor, fromMessage, type TransportMessage } from './envelope.ts';
import type { EventTransport } from './transport.ts';

/** What a handler gets: a transactional EntityManager whose writes commit with the processed mark. */
export interface EventContext {
  em: EntityManager;
  log: Logger;
  /** The event being handled, to carry its trace on to events the handler records. */
  traceparent: string | undefined;
}

export type EventHandler<T extends EventType> = (ctx: EventContext, event: DomainEvent<T>) => Promise<void>;

/** A consumer group of one subgraph: which event types it applies, and how. */
export interface ConsumerDefinition {
  /** Unique across the platform, e.g. `orders.catalog-prices`. */
  group: string;
  handlers: { [T in EventType]?: EventHandler<T> };
}

export interface ConsumerRuntime {
  em: EntityManager;
  transport: EventTransport;
  log: Logger;
  maxAttempts: number;
  retryBaseMs: number;
  metrics: { handled: Counter<'group' | 'outcome'>; lag: Gauge<'group' | 'topic'> };
}

/** A failure retrying cannot fix (malformed message): straight to the dead-letter topic. */
class PermanentEventError extends Error {}

/**
 * Runs a consumer group on the transport. Each event is applied at most once per group: the
 * processed-event row is inserted in the handler's transaction, so a redelivery finds it and is
 * skipped. A failing handler is retried with exponential backoff; after `maxAttempts` the message
 * goes to the group's dead-letter topic and the partition moves on.
 */
export async function startConsumer(definition: ConsumerDefinition, runtime: ConsumerRuntime): Promise<void> {
  const types = Object.keys(definition.handlers).filter(isEventType);
  const topics = [...new Set(types.map((type) => eventContracts[type].topic))];
  const log = runtime.log.child({ consumer: definition.group });

  await runtime.transport.subscribe({
    groupId: definition.group,
    topics,
    handle: async (message, progress) => {
      runtime.metrics.lag.set({ group: definition.group, topic: message.topic }, progress.lag);
      let lastError: unknown;
      for (let attempt = 1; attempt <= runtime.maxAttempts; attempt++) {
        try {
          const outcome = await applyOnce(definition, runtime, message, log);
          runtime.metrics.handled.inc({ group: definition.group, outcome });
          return;
        } catch (error) {
          lastError = error;
          if (error instanceof PermanentEventError) break;
          log.warn({ err: error, attempt, key: message.key }, 'event handler failed');
          if (attempt < runtime.maxAttempts) {
            await sleep(runtime.retryBaseMs * 2 ** (attempt - 1));
            await progress.heartbeat();
          }
        }
      }
      await deadLetter(definition.group, runtime, message, lastError, log);
    },
  });
}

async function applyOnce(
  definition: ConsumerDefinition,
  runtime: ConsumerRuntime,
  message: TransportMessage,
  log: Logger,
): Promise<'applied' | 'duplicate' | 'ignored'> {
  let envelope: ReturnType<typeof fromMessage>;
  try {
    envelope = fromMessage(message);
  } catch (error) {
    throw new PermanentEventError((error as Error).message);
  }
  const { type } = envelope;
  const handler = isEventType(type) ? (definition.handlers[type] as EventHandler<EventType> | undefined) : undefined;
  if (!handler || !isEventType(type)) return 'ignored';
  const parsed = eventContracts[type].data.safeParse(envelope.data);
  if (!parsed.success || envelope.version !== eventContracts[type].version) {
    throw new PermanentEventError(`event ${envelope.id} (${type} v${envelope.version}) does not match its contract`);
  }
  const event = { ...envelope, type, data: parsed.data } as DomainEvent;

  return runtime.em.fork().transactional(async (em) => {
    const inserted = await em
      .createQueryBuilder(ProcessedEvent)
      .insert({ consumer: definition.group, eventId: event.id, processedAt: new Date() })
      .onConflict(['consumer', 'eventId'])
      .ignore()
      .execute('run');
    if (inserted.affectedRows === 0) return 'duplicate';
    await handler({ em, log: log.child({ eventId: event.id, type }), traceparent: event.traceparent }, event);
    return 'applied';
  });
}

async function deadLetter(
  group: string,
  runtime: ConsumerRuntime,
  message: TransportMessage,
  error: unknown,
  log: Logger,
) {
  const reason = error instanceof Error ? error.message : String(error);
  log.error({ key: message.key, topic: message.topic, reason }, 'event sent to the dead-letter topic');
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
