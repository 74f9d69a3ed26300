/**
 * What the example scripts share: where the API is, reading a CSV file, and one line for a
 * payload's userErrors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ComptoirClient, createComptoirClient, type UserErrorFieldsFragment } from '@comptoir/sdk';
import { parse } from 'csv-parse/sync';

/** The router's GraphQL endpoint: `--endpoint`, else COMPTOIR_ENDPOINT, else the embedded default's. */
export function endpointOf(option: string | undefined): string {
  return option ?? process.env.COMPTOIR_ENDPOINT ?? 'http://127.0.0.1:4000/graphql';
}

/**
 * A partner script's command line: `<file.csv> [--endpoint URL] --token cpt_…` (or
 * COMPTOIR_PARTNER_TOKEN); prints `usage` and exits 2 when the file or the token is missing.
 */
export function partnerCommand(script: string, file: string): { client: ComptoirClient; csvPath: string } {
  const { values, positionals } = parseArgs({
    options: { endpoint: { type: 'string' }, token: { type: 'string' } },
    allowPositionals: true,
  });
  const partnerToken = values.token ?? process.env.COMPTOIR_PARTNER_TOKEN;
  const [csvPath] = positionals;
  if (!csvPath || !partnerToken) {
    console.error(`usage: ${script} <${file}> [--endpoint URL] --token cpt_… (or COMPTOIR_PARTNER_TOKEN)`);
    process.exit(2);
  }
  return { client: createComptoirClient({ endpoint: endpointOf(values.endpoint), auth: { partnerToken } }), csvPath };
}

/** A CSV file with a header row: one record per row, keyed by column, cells trimmed. */
export function readCsv(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true });
}

/** `CODE (field): message; …`, as the API explains why it refused a change. */
export function describeUserErrors(userErrors: readonly UserErrorFieldsFragment[]): string {
  return userErrors.map(({ code, field, message }) => `${code}${field ? ` (${field})` : ''}: ${message}`).join('; ');
}

/** Why a row failed, whatever was thrown: a ComptoirError's message says what the API answered. */
export function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
