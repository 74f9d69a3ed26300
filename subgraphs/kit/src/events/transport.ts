import type { TransportMessage } from './envelope.ts';

/** Receives one message; resolving marks it consumed (its offset may be committed). */
export type MessageHandler = (
  message: TransportMessage,
  progress: { lag: number; heartbeat(): Promise<void> },
) => Promise<void>;

export interface Subscription {
  /** Consumer group: each group receives every message of its topics once. */
  groupId: string;
  topics: string[];
  handle: MessageHandler;
}

export interface TransportStatus {
  ok: boolean;
  reason?: string;
}

/**
 * Carries events between subgraphs. Messages with the same topic and key are delivered to a group
 * in the order published, one at a time; a handler's promise must settle before the next one runs.
 */
export interface EventTransport {
  readonly name: 'kafka' | 'in-process';
  /** Resolves once every message is durably accepted (Kafka: acknowledged by the brokers). */
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  /**
   * Stops a group's deliveries once its handler is done with the current one. Kafka keeps what it
   * has not consumed; in this process, a publish the group should receive is refused from then on,
   * so the outbox keeps it for the next start.
   */
  unsubscribe(groupId: string): Promise<void>;
  /** Messages on the subscribed topics that this transport's groups have not handled yet. */
  backlog(): Promise<number>;
  status(): Promise<TransportStatus>;
  close(): Promise<void>;
}
