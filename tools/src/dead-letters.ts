/**
 * Dead letters: events a consumer group gave up on, kept in its subgraph's database on either
 * transport (dead_letter table).
 *   pnpm dead-letters list [--group G]           list them by consumer group: reason, time, type
 *   pnpm dead-letters replay <id...>              apply chosen ones again through their group's handler
 *   pnpm dead-letters replay --group G            … every dead letter of a group not replayed yet
 * --subgraph S limits any of them to one subgraph's schema (one whose database is apart).
 * Run replay once the fix is deployed: each dead letter is applied at most once (its processed-event
 * row and its `replayed` mark commit with the handler's effects); one failing again stays listed.
 */
import { parseArgs } from 'node:util';
import {
  createLogger,
  type DeadLetterRow,
  isUuid,
  listDeadLetters,
  parseEnv,
  type ReplayOutcome,
  replayDeadLetters,
  runMain,
  StartupError,
  type SubgraphDefinition,
  subgraphEnv,
} from '@comptoir/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphDatabase, subgraphNamed, subgraphs } from './subgraphs.ts';

const usage = 'usage: pnpm dead-letters list [--group G] | replay <id...> | replay --group G, each with [--subgraph S]';

await runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { group: { type: 'string' }, subgraph: { type: 'string' } },
  });
  const [command, ...ids] = positionals;
  const group = values.group;
  if (command !== 'list' && command !== 'replay') throw new StartupError(usage);
  if (command === 'list' && ids.length > 0) throw new StartupError(usage);
  if (command === 'replay' && ids.length > 0 === (group !== undefined)) {
    throw new StartupError(`replay takes dead letter ids or --group, not both nor neither (${usage})`);
  }
  const malformed = ids.filter((id) => !isUuid(id));
  if (malformed.length > 0) throw new StartupError(`not dead letter ids: ${malformed.join(', ')}`);
  const chosen = values.subgraph ? [namedSubgraph(values.subgraph)] : subgraphs;

  // Reading and replaying serve no request: the database is all this needs.
  const env = parseEnv(subgraphEnv.omit({ ROUTER_SUBGRAPH_SECRET: true }));
  const log = createLogger('dead-letters', env.LOG_LEVEL);

  let problems = 0;
  let listed = 0;
  const found = new Set<string>();
  for (const subgraph of chosen) {
    const orm = await openSubgraphDatabase(subgraph, env.DATABASE_URL, log);
    try {
      await requireDeadLetterTable(orm, subgraph.name);
      if (command === 'list') {
        const rows = await listDeadLetters(orm.em, group ? { group } : {});
        listed += rows.length;
        printList(subgraph.name, rows);
        continue;
      }
      const outcomes = await replayDeadLetters(
        { em: orm.em, log },
        subgraph.consumers ?? [],
        group ? { group } : { ids },
        (deadLetter, outcome) => {
          found.add(deadLetter.id);
          console.log(
            `${subgraph.name} ${deadLetter.consumer} ${deadLetter.id} ${deadLetter.type ?? '?'}: ${describe(outcome)}`,
          );
        },
      );
      problems += outcomes.filter(
        (outcome) => outcome.outcome === 'failed' || outcome.outcome === 'unknown-group',
      ).length;
    } finally {
      await orm.close();
    }
  }

  if (command === 'list' && listed === 0) console.log(`no dead letters${group ? ` of group ${group}` : ''}`);
  if (command === 'replay') {
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      problems += missing.length;
      console.error(`no such dead letter: ${missing.join(', ')}`);
    }
    if (group && found.size === 0) console.log(`no dead letter of group ${group}`);
    if (problems > 0) {
      console.error(`${problems} dead letter(s) not replayed`);
      process.exitCode = 1;
    }
  }
});

/** The subgraph --subgraph names, or one clear line listing the known ones. */
function namedSubgraph(name: string): SubgraphDefinition {
  try {
    return subgraphNamed(name);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
}

/** A clear line instead of a SQL error when the subgraph's migrations are behind. */
async function requireDeadLetterTable(orm: MikroORM, schema: string): Promise<void> {
  const [row] = await orm.em
    .getConnection()
    .execute<Array<{ found: string | null }>>('select to_regclass(?) as found', [`${schema}.dead_letter`]);
  if (!row?.found) throw new StartupError(`${schema} has no dead_letter table: run pnpm migrate first`);
}

function printList(subgraph: string, rows: DeadLetterRow[]): void {
  for (const [consumer, letters] of Map.groupBy(rows, (row) => row.consumer)) {
    const waiting = letters.filter((letter) => !letter.replayedAt).length;
    console.log(`${subgraph} · ${consumer}: ${letters.length} dead letter(s), ${waiting} not replayed`);
    for (const letter of letters) {
      const state = letter.replayedAt ? `replayed ${letter.replayedAt.toISOString()}` : 'not replayed';
      console.log(
        `  ${letter.id}  ${letter.deadLetteredAt.toISOString()}  ${letter.type ?? '(unreadable)'}  key ${letter.key}  ${state}`,
      );
      console.log(`    reason: ${letter.reason}`);
    }
  }
}

function describe(outcome: ReplayOutcome): string {
  switch (outcome.outcome) {
    case 'applied':
      return 'applied';
    case 'duplicate':
      return 'already applied by its group before; marked replayed';
    case 'ignored':
      return 'its group no longer handles this type; marked replayed';
    default:
      return `${outcome.outcome}: ${outcome.reason}`;
  }
}
