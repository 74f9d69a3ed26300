import type { EntityManager } from '@mikro-orm/postgresql';
import { applyEvent, type ConsumerDefinition, type ConsumerRuntime, callOutside, readEvent } from './consumer.ts';
import { DeadLetter } from './entities.ts';

export type DeadLetterRow = Pick<
  DeadLetter,
  'id' | 'consumer' | 'eventId' | 'type' | 'topic' | 'key' | 'reason' | 'deadLetteredAt' | 'replayedAt'
>;

/** Dead letters of one subgraph's database, oldest first, optionally of one consumer group. */
export async function listDeadLetters(em: EntityManager, options: { group?: string } = {}): Promise<DeadLetterRow[]> {
  return em.fork().find(DeadLetter, options.group ? { consumer: options.group } : {}, {
    orderBy: { deadLetteredAt: 'asc', id: 'asc' },
  });
}

export type ReplayOutcome =
  | { id: string; outcome: 'applied' | 'duplicate' | 'ignored' }
  | { id: string; outcome: 'already-replayed' | 'unknown-group' | 'failed'; reason: string };

/**
 * Applies dead letters again (chosen by id, or a group's not replayed yet) through their group's handler, as the consumer would have: contract
 * versions read the same way, and the processed-event row, the handler's effects and the
 * `replayedAt` mark commit together, so a dead letter is applied at most once however often it is
 * replayed. One that fails again stays as it was (not replayed); the reason is in its outcome.
 */
export async function replayDeadLetters(
  runtime: Pick<ConsumerRuntime, 'em' | 'log' | 'contracts'>,
  definitions: readonly ConsumerDefinition[],
  selection: { ids: readonly string[] } | { group: string },
  onOutcome: (deadLetter: DeadLetterRow, outcome: ReplayOutcome) => void = () => {},
): Promise<ReplayOutcome[]> {
  const selected = await runtime.em
    .fork()
    .find(
      DeadLetter,
      'ids' in selection ? { id: { $in: [...selection.ids] } } : { consumer: selection.group, replayedAt: null },
      {
        orderBy: { deadLetteredAt: 'asc', id: 'asc' },
      },
    );
  const outcomes: ReplayOutcome[] = [];
  for (const deadLetter of selected) {
    const outcome = await replayOne(runtime, definitions, deadLetter);
    outcomes.push(outcome);
    onOutcome(deadLetter, outcome);
  }
  return outcomes;
}

async function replayOne(
  runtime: Pick<ConsumerRuntime, 'em' | 'log' | 'contracts'>,
  definitions: readonly ConsumerDefinition[],
  deadLetter: DeadLetter,
): Promise<ReplayOutcome> {
  const { id } = deadLetter;
  const definition = definitions.find((candidate) => candidate.group === deadLetter.consumer);
  if (!definition) {
    return { id, outcome: 'unknown-group', reason: `no consumer group ${deadLetter.consumer} here` };
  }
  const log = runtime.log.child({ consumer: definition.group, deadLetter: id });
  try {
    const read = readEvent(definition, runtime, deadLetter);
    // A call to an outside service, if the handler makes one, is made before the transaction.
    const answer = read === undefined ? undefined : await callOutside(runtime.em, definition.group, read, log);
    return await runtime.em.fork().transactional(async (em) => {
      // Claims the dead letter: a concurrent or later replay finds it marked and leaves it.
      const claimed = await em.nativeUpdate(DeadLetter, { id, replayedAt: null }, { replayedAt: new Date() });
      if (claimed === 0) return { id, outcome: 'already-replayed', reason: 'replayed before' } as const;
      if (!read) return { id, outcome: 'ignored' } as const;
      return { id, outcome: await applyEvent(em, definition.group, read, log, answer) } as const;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn({ err: error }, 'dead letter replay failed');
    return { id, outcome: 'failed', reason };
  }
}
