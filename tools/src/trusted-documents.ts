/**
 * Copies each client's persisted-documents.json (written by `pnpm codegen`) to
 * schema/trusted-documents/<client>.json, the manifests the router trusts in production.
 *   node tools/src/trusted-documents.ts           write them
 *   node tools/src/trusted-documents.ts --check   fail if a committed manifest is stale or missing
 * A manifest maps the hex sha256 of each document's text to that text, keys sorted: the hash the
 * SDK and the storefront send in the persisted-query extension. Codegen prefixes its keys with `sha256:`; the copy
 * drops the prefix, after checking each hash against its text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '@comptoir/kit/process-entry';

const root = join(import.meta.dirname, '../..');
const manifestDir = 'schema/trusted-documents';

/** Each client's codegen output, by the name of its manifest. */
const clients: Record<string, string> = {
  sdk: 'clients/sdk/src/generated/persisted-documents.json',
  storefront: 'clients/web/src/generated/persisted-documents.json',
};

function manifestOf(generatedPath: string): string {
  const generated = JSON.parse(readFileSync(join(root, generatedPath), 'utf8')) as Record<string, string>;
  const entries = Object.entries(generated).map(([key, text]) => {
    const hash = createHash('sha256').update(text).digest('hex');
    if (key !== `sha256:${hash}`) throw new Error(`${generatedPath}: ${key} is not the sha256 of its document`);
    return [hash, text] as const;
  });
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

await runMain(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  mkdirSync(join(root, manifestDir), { recursive: true });
  for (const [client, generatedPath] of Object.entries(clients)) {
    const manifest = manifestOf(generatedPath);
    const path = `${manifestDir}/${client}.json`;
    if (values.check) {
      const committed = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
      if (committed !== manifest) {
        const problem = committed === undefined ? 'is missing' : 'is stale';
        process.stderr.write(`${path} ${problem}: run pnpm codegen && pnpm trusted-documents and commit the result\n`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(join(root, path), manifest);
      console.log(`wrote ${path}`);
    }
  }
});
