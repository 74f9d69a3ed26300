import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { StartupError } from '@comptoir/kit/process-entry';

/** The documents the platform's own clients send, by the SHA-256 (hex) of their text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** Where codegen's manifests are committed: one `<client>.json` each (`pnpm trusted-documents`). */
export const defaultTrustedDocumentsDir = resolve(import.meta.dirname, '../../schema/trusted-documents');

/** The hash clients send for `document`, as codegen's client preset computes it. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * Reads every manifest `*.json` of `directory`: an object mapping each document's SHA-256 to its
 * text. A missing or empty folder means no trusted documents (no client yet); a manifest that is
 * not such an object, or whose key is not its document's hash, stops the router naming the file.
 */
export async function loadTrustedDocuments(directory: string): Promise<TrustedDocuments> {
  const documents = new Map<string, string>();
  for (const name of await manifestNames(directory)) {
    const path = join(directory, name);
    for (const [hash, document] of Object.entries(await readManifest(path))) {
      if (typeof document !== 'string' || documentHash(document) !== hash) {
        throw new StartupError(
          `invalid trusted documents manifest ${path}: key ${hash} is not the SHA-256 of its document`,
        );
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

async function manifestNames(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StartupError(`cannot read trusted documents folder ${directory}: ${(error as Error).message}`);
  }
}

async function readManifest(path: string): Promise<Record<string, unknown>> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new StartupError(`invalid trusted documents manifest ${path}: ${(error as Error).message}`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new StartupError(`invalid trusted documents manifest ${path}: expected an object of SHA-256 → document`);
  }
  return manifest as Record<string, unknown>;
}
