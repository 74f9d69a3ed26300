import { type Admin, type Consumer, Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { KafkaConnection } from '../config.ts';
import { waitFor } from '../wait.ts';
import type { EventTransport, Subscription } from './transport.ts';

/** Errors of a topic just created, before every broker knows its partitions' leaders. */
const topicNotReady = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Waits until every partition of `topics` has a leader. kafkajs's own `waitForLeaders` gives up on
 * UNKNOWN_TOPIC_OR_PARTITION, which a busy broker answers for a moment after creating a topic; and
 * when another process created a topic a moment before, `createTopics` returns at once.
 */
export async function awaitPartitionLeaders(admin: Admin, topics: string[]): Promise<void> {
  const haveLeaders = async () => {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      return metadata.topics.every(
        ({ partitions }) => partitions.length > 0 && partitions.every(({ leader }) => leader >= 0),
      );
    } catch (error) {
      if (topicNotReady.has((error as { type?: string }).type ?? '')) return false;
      throw error;
    }
  };
  await waitFor(haveLeaders, `Kafka topics ${topics.join(', ')} have partition leaders`);
}

/** Brokers, TLS and SASL as `kafkaConnection` reads them from the environment. */
export interface KafkaTransportOptions extends KafkaConnection {
  clientId: string;
  logger: Logger;
  /**
   * Prefix of every topic and consumer group name, so several environments (or test runs) can
   * share one cluster without seeing each other's events.
   */
  namespace: string;
  /** Partitions of topics this transport creates. */
  partitions?: number;
}

/**
 * Kafka through kafkajs. The producer is idempotent with one request in flight, so messages of one
 * key keep their order even across retries; consumers commit an offset only after its handler
 * resolved (at-least-once; handlers are made idempotent by the consumer runner).
 */
export async function createKafkaTransport(options: KafkaTransportOptions): Promise<EventTransport> {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
    ...(options.sasl === undefined ? {} : { sasl: options.sasl }),
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => {
      const level = entry.level === logLevel.ERROR ? 'error' : entry.level === logLevel.WARN ? 'warn' : 'debug';
      options.logger[level]({ kafka: entry.namespace }, entry.log.message);
    },
    retry: { retries: 5, initialRetryTime: 300 },
  });
  const admin: Admin = kafka.admin();
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // Murmur2 partitioning, like the Java client: the same key lands on the same partition.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const subscriptions: { groupId: string; topics: string[]; consumer: Consumer }[] = [];
  const knownTopics = new Set<string>();
  const physical = (name: string) => `${options.namespace}.${name}`;
  const logical = (name: string) => name.slice(options.namespace.length + 1);

  await admin.connect();
  await producer.connect();

  async function ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.filter((topic) => !knownTopics.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions: options.partitions ?? 3 })),
    });
    await awaitPartitionLeaders(admin, missing);
    for (const topic of missing) knownTopics.add(topic);
  }

  return {
    name: 'kafka',

    async publish(messages) {
      if (messages.length === 0) return;
      const byTopic = Map.groupBy(messages, (message) => physical(message.topic));
      await ensureTopics([...byTopic.keys()]);
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, batch]) => ({
          topic,
          messages: batch.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      });
    },

    async subscribe({ groupId, topics, handle }: Subscription) {
      const physicalTopics = topics.map(physical);
      await ensureTopics(physicalTopics);
      const consumer = kafka.consumer({ groupId: physical(groupId), allowAutoTopicCreation: false });
      await consumer.connect();
      await consumer.subscribe({ topics: physicalTopics, fromBeginning: true });
      await consumer.run({
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          const highWatermark = Number(batch.highWatermark);
          for (const message of batch.messages) {
            if (!isRunning() || isStale()) break;
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(message.headers ?? {})) {
              if (value !== undefined) headers[name] = value.toString();
            }
            await handle(
              {
                topic: logical(batch.topic),
                key: message.key?.toString() ?? '',
                value: message.value?.toString() ?? '',
                headers,
              },
              { lag: Math.max(0, highWatermark - Number(message.offset) - 1), heartbeat },
            );
            resolveOffset(message.offset);
            await heartbeat();
          }
        },
      });
      subscriptions.push({ groupId: physical(groupId), topics: physicalTopics, consumer });
    },

    async unsubscribe(groupId) {
      const index = subscriptions.findIndex((subscription) => subscription.groupId === physical(groupId));
      const subscription = subscriptions[index];
      if (subscription === undefined) return;
      subscriptions.splice(index, 1);
      await subscription.consumer.disconnect();
    },

    // From the offsets each group committed, which kafkajs does once a batch is handled.
    async backlog() {
      let behind = 0;
      try {
        for (const { groupId, topics } of subscriptions) {
          const committed = await admin.fetchOffsets({ groupId, topics });
          for (const { topic, partitions } of committed) {
            const ends = await admin.fetchTopicOffsets(topic);
            for (const { partition, high, low } of ends) {
              const offset = Number(partitions.find((entry) => entry.partition === partition)?.offset ?? -1);
              behind += Number(high) - (offset >= 0 ? offset : Number(low));
            }
          }
        }
      } catch (error) {
        // A topic still being created, a group coordinator still loading: not caught up as far as
        // anyone can tell yet, which asking again later will settle.
        if ((error as { retriable?: boolean }).retriable) return Number.POSITIVE_INFINITY;
        throw error;
      }
      return behind;
    },

    async status() {
      try {
        await admin.describeCluster();
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: `kafka unreachable: ${(error as Error).message}` };
      }
    },

    async close() {
      await Promise.all(subscriptions.map(({ consumer }) => consumer.disconnect()));
      await producer.disconnect();
      await admin.disconnect();
    },
  };
}
