import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEnv, subgraphEnv } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';
import { createLogger } from '../src/logger.ts';
import { StartupError } from '../src/process-entry.ts';

/** What parseEnv throws for `env`, or a failure if it accepts it. */
function refusal(env: NodeJS.ProcessEnv, schema: z.ZodObject = subgraphEnv): ConfigError {
  try {
    parseEnv(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration errors', () => {
  it('name the variable and the expected form, on one line', () => {
    const { message } = refusal({ OUTBOX_POLL_MS: 'soon' });

    expect(message).toMatch(/^invalid configuration: OUTBOX_POLL_MS="soon" is invalid: [^\n]*number[^\n]*$/);
  });

  it('list every offending variable in the same line', () => {
    const { message } = refusal({ KAFKA_BROKERS: 'kafka', NODE_ENV: 'staging', PORT: '70000' });

    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('KAFKA_BROKERS="kafka" is invalid: expected a comma-separated list of host:port');
    expect(message).toContain('NODE_ENV="staging" is invalid');
    expect(message).toContain('PORT="70000" is invalid');
  });

  it('say which variable is missing', () => {
    const { message } = refusal({}, z.object({ AUTH_SIGNING_KEY: z.string() }));

    expect(message).toMatch(/^invalid configuration: AUTH_SIGNING_KEY is missing \(.+\)$/);
  });

  it('require the router secrets of a subgraph, each long enough, and never print them', () => {
    expect(refusal({}).message).toContain('ROUTER_SUBGRAPH_SECRET is missing');
    const { message } = refusal({ ROUTER_SUBGRAPH_SECRET: `${'n'.repeat(32)},tooshort` });

    expect(message).toContain('ROUTER_SUBGRAPH_SECRET="***" is invalid: expected a comma-separated list of secrets');
    expect(message).not.toContain('tooshort');
    expect(
      parseEnv(subgraphEnv, { ROUTER_SUBGRAPH_SECRET: ` ${'o'.repeat(32)}, ${'n'.repeat(32)} ` })
        .ROUTER_SUBGRAPH_SECRET,
    ).toEqual(['o'.repeat(32), 'n'.repeat(32)]);
  });

  it('never print the password of a URL', () => {
    const { message } = refusal({ DATABASE_URL: 'mysql://comptoir:s3cr3t@db.internal:3306/shop' });

    expect(message).toContain('DATABASE_URL="mysql://comptoir:***@db.internal:3306/shop" is invalid');
    expect(message).not.toContain('s3cr3t');
  });

  it('stop the process with that one line on stderr and exit code 1', async () => {
    const entry = `
      import { runMain } from ${JSON.stringify(join(import.meta.dirname, '../src/process-entry.ts'))};
      import { parseEnv, subgraphEnv } from ${JSON.stringify(join(import.meta.dirname, '../src/config.ts'))};
      await runMain(async () => parseEnv(subgraphEnv, { EVENT_MAX_ATTEMPTS: '0' }));`;
    const run = promisify(execFile)(process.execPath, ['--input-type=module', '--eval', entry]);

    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^comptoir: invalid configuration: EVENT_MAX_ATTEMPTS="0" is invalid: [^\n]+\n$/),
    });
  });

  it('report an unreachable database by host, port and name, without credentials', async () => {
    const opening = openDatabase({
      schema: 'kit_test',
      entities: [],
      migrationsPath: import.meta.dirname,
      // Port 1 on loopback: nothing listens there, the connection is refused at once.
      url: 'postgres://comptoir:s3cr3t@127.0.0.1:1/shop',
      pool: { min: 0, max: 1, idleTimeoutMs: 10_000 },
      log: createLogger('kit-test', 'silent'),
    });

    const error = await opening.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).message).toMatch(/^cannot reach PostgreSQL at 127\.0\.0\.1:1\/shop: /);
    expect((error as StartupError).message).not.toContain('s3cr3t');
  });
});
