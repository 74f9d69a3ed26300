import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { type AccessRequirements, readAccessRequirements, withoutEnforcedSecurityPurpose } from '@comptoir/kit/auth';
import { StartupError } from '@comptoir/kit/process-entry';
import { parse, print } from 'graphql';
import type { SubgraphEndpoint } from './subgraph-urls.ts';

/** Where the supergraph comes from: a file (the normal case) or SDL already in memory. */
export type SupergraphSource = { supergraphPath: string } | { supergraphSdl: string };

export type LoadedSupergraph = {
  /** The SDL to give the gateway: the supergraph minus the SECURITY purpose the router enforces itself. */
  gatewaySdl: string;
  accessRequirements: AccessRequirements;
  /** Names the source in messages: "file <path>" or "passed as supergraphSdl". */
  origin: string;
  subgraphs: readonly SubgraphEndpoint[];
};

/**
 * Reads and validates a supergraph once, at startup, so that a missing, unreadable or invalid
 * file stops the router with one line naming the file, in every NODE_ENV, before the gateway
 * (which would fail with a multi-line message and no file name) sees it.
 */
export async function loadSupergraph(source: SupergraphSource): Promise<LoadedSupergraph> {
  const origin = 'supergraphPath' in source ? `file ${source.supergraphPath}` : 'passed as supergraphSdl';
  const sdl = 'supergraphSdl' in source ? source.supergraphSdl : await readSupergraphFile(source.supergraphPath);
  try {
    const document = parse(sdl);
    const accessRequirements = readAccessRequirements(document);
    const gatewaySdl = print(withoutEnforcedSecurityPurpose(document));
    // Extracting the subgraphs is what the gateway does next: any problem it would hit shows here.
    const subgraphs = Supergraph.build(gatewaySdl, { validateSupergraph: true }).subgraphs().values();
    return { gatewaySdl, accessRequirements, origin, subgraphs: subgraphs.map(({ name, url }) => ({ name, url })) };
  } catch (error) {
    throw new StartupError(`invalid supergraph ${origin}: ${oneLine(error)}`);
  }
}

async function readSupergraphFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : oneLine(error);
    throw new StartupError(`cannot read supergraph file ${path}: ${problem} (set SUPERGRAPH_PATH or --supergraph)`);
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
