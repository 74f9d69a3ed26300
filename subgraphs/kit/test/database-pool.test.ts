import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, databasePool } from '../src/config.ts';
import { testEnv, testServerUrl } from '../src/testing/index.ts';
import { eventually, waitFor } from '../src/wait.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

/** The sessions PostgreSQL holds for the test's database (`where` narrows them), the counting one excepted. */
async function sessions(databaseUrl: string, where = 'true'): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and ${where}`,
    );
    return rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

/** Well under pg-pool's default idle timeout (10 s): the closes seen within it come from DATABASE_POOL_IDLE_MS. */
const closesWithinMs = 5_000;

describe('the database pool', () => {
  let db: KitDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  /**
   * Five statements at once, each held on its session by a lock until all five wait: the pool
   * has opened five sessions, however slowly each connected.
   */
  async function busyFiveConnections(kit: KitDatabase): Promise<void> {
    const lockHolder = new pg.Client({ connectionString: kit.env.DATABASE_URL });
    await lockHolder.connect();
    try {
      await lockHolder.query('select pg_advisory_lock(4242)');
      const connection = kit.orm.em.getConnection();
      const statements = Array.from({ length: 5 }, () =>
        connection.execute('select pg_advisory_xact_lock_shared(4242)'),
      );
      await waitFor(
        async () => (await sessions(kit.env.DATABASE_URL, `wait_event_type = 'Lock'`)) === 5,
        'five pooled sessions wait on the lock',
      );
      await lockHolder.query('select pg_advisory_unlock(4242)');
      await Promise.all(statements);
    } finally {
      await lockHolder.end();
    }
  }

  it('keeps DATABASE_POOL_MIN sessions open through a quiet spell and closes the rest', async () => {
    db = await startKitDatabase({ DATABASE_POOL_MAX: '5', DATABASE_POOL_MIN: '2', DATABASE_POOL_IDLE_MS: '100' });
    const kit = db;
    await busyFiveConnections(kit);

    await waitFor(
      async () => (await sessions(kit.env.DATABASE_URL)) <= 2,
      'the idle sessions above the minimum close',
      closesWithinMs,
    );
    expect(await sessions(kit.env.DATABASE_URL)).toBe(2);
    // Ten idle timeouts later the two are still there: a drop below the minimum would show here.
    const droppedBelowMinimum = await eventually(async () => (await sessions(kit.env.DATABASE_URL)) < 2, 1_000);
    expect(droppedBelowMinimum).toBe(false);
  });

  it('closes every idle session when the minimum is 0', async () => {
    db = await startKitDatabase({ DATABASE_POOL_MAX: '5', DATABASE_POOL_MIN: '0', DATABASE_POOL_IDLE_MS: '100' });
    const kit = db;
    await busyFiveConnections(kit);

    await waitFor(
      async () => (await sessions(kit.env.DATABASE_URL)) === 0,
      'every idle session closes',
      closesWithinMs,
    );
  });
});

describe('databasePool', () => {
  /** The pool of a subgraph given `variables`, DATABASE_POOL_MAX unset unless they set it. */
  const pool = (variables: Record<string, string>) =>
    databasePool(testEnv(testServerUrl, { DATABASE_POOL_MAX: undefined, ...variables }));

  it('keeps two connections by default, or fewer when the pool is smaller', () => {
    expect(pool({})).toEqual({ min: 2, max: 10, idleTimeoutMs: 10_000 });
    expect(pool({ DATABASE_POOL_MAX: '1' })).toMatchObject({ min: 1, max: 1 });
  });

  it('takes the minimum and the idle timeout from the environment', () => {
    expect(pool({ DATABASE_POOL_MIN: '4', DATABASE_POOL_MAX: '8', DATABASE_POOL_IDLE_MS: '60000' })).toEqual({
      min: 4,
      max: 8,
      idleTimeoutMs: 60_000,
    });
  });

  it('refuses a minimum above the maximum, naming both', () => {
    expect(() => pool({ DATABASE_POOL_MIN: '6', DATABASE_POOL_MAX: '4' })).toThrow(
      new ConfigError('invalid configuration: DATABASE_POOL_MIN=6 is invalid: it exceeds DATABASE_POOL_MAX (4)'),
    );
  });

  it('refuses a negative minimum and an idle timeout under 100 ms', () => {
    expect(() => pool({ DATABASE_POOL_MIN: '-1' })).toThrow(/DATABASE_POOL_MIN="-1" is invalid/);
    expect(() => pool({ DATABASE_POOL_IDLE_MS: '10' })).toThrow(/DATABASE_POOL_IDLE_MS="10" is invalid/);
  });
});
