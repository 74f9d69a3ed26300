import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { composeSupergraph, startTestSubgraphs, type TestSubgraph, tempDir, writeFileIn } from './fixtures.ts';

const mainFile = join(import.meta.dirname, '../src/main.ts');

/** Runs `node router/src/main.ts` as operators do, with only the given variables set. */
function runRouter(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [mainFile, ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

/** Resolves with the GraphQL URL from the "router ready at …" log line. */
async function readyUrl(child: ChildProcess): Promise<string> {
  let stdout = '';
  for await (const chunk of child.stdout ?? []) {
    stdout += String(chunk);
    const ready = /router ready at (http:\/\/\S+\/graphql)/.exec(stdout);
    if (ready?.[1]) return ready[1];
  }
  throw new Error(`router exited before it was ready:\n${stdout}`);
}

describe('node router/src/main.ts', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let supergraphPath: string;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    dir = await tempDir();
    const sdl = composeSupergraph({ accounts: subgraphs.accounts.url, reviews: subgraphs.reviews.url });
    supergraphPath = await writeFileIn(dir.path, 'supergraph.graphql', sdl);
  });

  afterAll(async () => {
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop()]);
    await dir?.remove();
  });

  test('serves the supergraph given by --supergraph and exits 0 on SIGTERM', async () => {
    const child = runRouter(['--supergraph', supergraphPath], {});
    const exit = exitOf(child);
    const url = await readyUrl(child);
    const response = await fetch(url.replace(/\/graphql$/, '/health/ready'));
    expect(response.status).toBe(200);

    child.kill('SIGTERM');
    expect((await exit).code).toBe(0);
  });

  test('a bad SUBGRAPH_<NAME>_URL exits 1 with one line naming the variable', async () => {
    const { code, stderr } = await exitOf(
      runRouter([], { SUPERGRAPH_PATH: supergraphPath, SUBGRAPH_REVIEWS_URL: 'reviews:4002' }),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'comptoir: invalid configuration: SUBGRAPH_REVIEWS_URL="reviews:4002" is invalid: expected an http(s) URL\n',
    );
  });

  test('a heap growth bound V8 would thrash at exits 1 before the router starts', async () => {
    const { code, stderr } = await exitOf(
      runRouter([], { SUPERGRAPH_PATH: supergraphPath, ROUTER_HEAP_GROWING_PERCENT: '5' }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^comptoir: invalid configuration: ROUTER_HEAP_GROWING_PERCENT="5" is invalid: .+\n$/);
  });

  test('a missing supergraph file exits 1 with one line naming the file', async () => {
    const missing = join(dir.path, 'missing.graphql');
    const { code, stderr } = await exitOf(runRouter(['--supergraph', missing], {}));
    expect(code).toBe(1);
    expect(stderr).toBe(
      `comptoir: cannot read supergraph file ${missing}: no such file (set SUPERGRAPH_PATH or --supergraph)\n`,
    );
  });
});
