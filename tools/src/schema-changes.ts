/**
 * Fails on a change to schema/api.graphql that breaks clients (a removed field, type or enum
 * value, a narrowed type, a new required argument or input field…) unless schema/CHANGELOG.md
 * records it. Compares the previous commit's schema with HEAD's, and HEAD's with the working
 * tree's when they differ.
 *   pnpm schema:changes
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '@comptoir/kit/process-entry';
import { checkSchemaChanges, coordinateOf } from './schema-change-check.ts';

const root = join(import.meta.dirname, '../..');
const schemaPath = 'schema/api.graphql';
const changelogPath = 'schema/CHANGELOG.md';

/** The schema as committed at a revision; undefined when there is no such commit or file. */
function schemaAt(revision: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${revision}:${schemaPath}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/** Prints one comparison's changes; false when a breaking one is not in the changelog. */
async function compare(label: string, before: string, after: string, changelog: string): Promise<boolean> {
  const { changes, unrecorded } = await checkSchemaChanges(before, after, changelog);
  console.log(`${schemaPath}, ${label}: ${changes.length} change${changes.length === 1 ? '' : 's'}`);
  for (const change of changes) {
    console.log(`  ${change.criticality.level.padEnd(12)} ${coordinateOf(change)}: ${change.message}`);
  }
  if (unrecorded.length === 0) return true;
  const entries = unrecorded.map((change) => `- \`${coordinateOf(change)}\`: <why, and what clients use instead>`);
  process.stderr.write(
    `${unrecorded.length} breaking change${unrecorded.length === 1 ? ' is' : 's are'} not in ${changelogPath}. ` +
      `Add, under a heading for this change:\n\n## <date>: <what changed>\n${entries.join('\n')}\n\n`,
  );
  return false;
}

await runMain(async () => {
  const changelog = readFileSync(join(root, changelogPath), 'utf8');
  const working = readFileSync(join(root, schemaPath), 'utf8');
  const head = schemaAt('HEAD');
  const previous = schemaAt('HEAD~1');
  let passed = true;
  if (head === undefined || previous === undefined) {
    console.log(`${schemaPath}, HEAD~1 → HEAD: no previous commit or no schema in it, nothing to compare`);
  } else {
    passed = await compare('HEAD~1 → HEAD', previous, head, changelog);
  }
  if (head !== undefined && head !== working) {
    passed = (await compare('HEAD → working tree', head, working, changelog)) && passed;
  }
  if (!passed) process.exitCode = 1;
});
