import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The package's own entry point, as `pnpm start` runs it.
const catalogMain = join(import.meta.dirname, '../src/main.ts');

/** What a subgraph needs to start at all; each case breaks one thing. */
const validEnv = { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'silent', ROUTER_SUBGRAPH_SECRET: 'a'.repeat(64) };

/** Starts the catalog subgraph process with `env` and returns how it ended. */
async function startCatalog(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, [catalogMain], {
      env: { ...validEnv, ...env },
      timeout: 45_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

function expectOneLine(stderr: string, ...fragments: string[]) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  for (const fragment of fragments) expect(lines[0]).toContain(fragment);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('bad configuration stops a subgraph with one line naming the problem', () => {
  it('no ROUTER_SUBGRAPH_SECRET', async () => {
    const { code, stderr } = await startCatalog({ ROUTER_SUBGRAPH_SECRET: '' });
    expect(code).toBe(1);
    expectOneLine(stderr, 'ROUTER_SUBGRAPH_SECRET');
  });

  it('malformed DATABASE_URL', async () => {
    const { code, stderr } = await startCatalog({ DATABASE_URL: 'mysql:/nope' });
    expect(code).toBe(1);
    expectOneLine(stderr, 'DATABASE_URL', 'postgres://');
  });

  it('unreachable database', async () => {
    const { code, stderr } = await startCatalog({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' });
    expect(code).toBe(1);
    expectOneLine(stderr, 'cannot reach PostgreSQL at 127.0.0.1:1/postgres');
  });

  it('malformed KAFKA_BROKERS', async () => {
    const { code, stderr } = await startCatalog({ KAFKA_BROKERS: 'not a broker list' });
    expect(code).toBe(1);
    expectOneLine(stderr, 'KAFKA_BROKERS', 'host:port');
  });

  it('unreachable KAFKA_BROKERS', async () => {
    const { code, stderr } = await startCatalog({ KAFKA_BROKERS: '127.0.0.1:1' });
    expect(code).toBe(1);
    expectOneLine(stderr, 'cannot reach Kafka at 127.0.0.1:1');
  });
});
