import type { TransportMessage } from './envelope.ts';
import type { EventTransport, MessageHandler, Subscription } from './transport.ts';

/**
 * The embedded default's transport: delivers to consumers in this process. `publish` resolves only
 * after every subscribed group has handled the messages, so the relay marks an outbox row published
 * only once it was consumed — nothing is lost if the process stops half-way.
 */
export function createInProcessTransport(): EventTransport {
  const groups = new Map<
    string,
    { topics: Set<string>; handle: MessageHandler; queue: Promise<void>; stopped: boolean }
  >();
  let closed = false;
  let undelivered = 0;

  return {
    name: 'in-process',

    async publish(messages) {
      if (closed) throw new Error('in-process transport is closed');
      for (const [groupId, group] of groups) {
        if (group.stopped && messages.some((message) => group.topics.has(message.topic))) {
          throw new Error(`consumer group ${groupId} has stopped: the messages stay in the outbox`);
        }
      }
      await Promise.all(
        [...groups.values()].map((group) => {
          const mine = messages.filter((message) => group.topics.has(message.topic));
          if (mine.length === 0) return undefined;
          // Chain on the group's queue: one message at a time per group, in publication order. A
          // failed delivery rejects this publish (the relay retries) without jamming the queue.
          undelivered += mine.length;
          const delivery = group.queue
            .then(() => deliver(group.handle, mine))
            .finally(() => {
              undelivered -= mine.length;
            });
          group.queue = delivery.catch(() => {});
          return delivery;
        }),
      );
    },

    async subscribe({ groupId, topics, handle }: Subscription) {
      const existing = groups.get(groupId);
      if (existing) throw new Error(`consumer group ${groupId} is already subscribed`);
      groups.set(groupId, { topics: new Set(topics), handle, queue: Promise.resolve(), stopped: false });
    },

    async unsubscribe(groupId) {
      const group = groups.get(groupId);
      if (group === undefined) return;
      group.stopped = true;
      await group.queue;
    },

    async backlog() {
      return undelivered;
    },

    async status() {
      return closed ? { ok: false, reason: 'transport closed' } : { ok: true };
    },

    async close() {
      closed = true;
      await Promise.all([...groups.values()].map((group) => group.queue));
      groups.clear();
    },
  };
}

async function deliver(handle: MessageHandler, messages: TransportMessage[]): Promise<void> {
  for (const [index, message] of messages.entries()) {
    await handle(message, { lag: messages.length - index - 1, heartbeat: async () => {} });
  }
}
