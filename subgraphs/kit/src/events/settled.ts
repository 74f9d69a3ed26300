import type { EntityManager } from '@mikro-orm/postgresql';
import { waitFor } from '../wait.ts';
import { OutboxMessage } from './entities.ts';
import type { EventTransport } from './transport.ts';

/** What one subgraph holds of the events in flight: its outbox and its transport's consumers. */
export type EventParticipant = { orm: { em: EntityManager }; transport: EventTransport };

/**
 * Resolves once every event the participants recorded has been published and handled by every
 * consumer group, including the events those handlers recorded in turn. Two clean passes in a
 * row: a handler finishing while one subgraph is being checked may have just written to the
 * outbox of a subgraph checked before it.
 */
export async function eventsSettled(participants: readonly EventParticipant[], timeoutMs = 60_000): Promise<void> {
  const transports = [...new Set(participants.map((participant) => participant.transport))];
  const quiet = async () => {
    for (const { orm } of participants) {
      if ((await orm.em.fork().count(OutboxMessage, { publishedAt: null })) > 0) return false;
    }
    for (const transport of transports) if ((await transport.backlog()) > 0) return false;
    return true;
  };
  let cleanPasses = 0;
  await waitFor(
    async () => {
      cleanPasses = (await quiet()) ? cleanPasses + 1 : 0;
      return cleanPasses >= 2;
    },
    'every event is published and handled',
    timeoutMs,
  );
}
