import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../src/embedded-postgres.ts';

let tempDir: string;
let dataDir: string;
let db: EmbeddedPostgres;
let pools: pg.Pool[] = [];

/** A pool the way each service opens one: several per process, ~5 connections each. */
function openPool(max = 5): pg.Pool {
  const pool = new pg.Pool({ connectionString: db.url, max });
  pools.push(pool);
  return pool;
}

async function closePools(): Promise<void> {
  await Promise.all(pools.map((pool) => pool.end()));
  pools = [];
}

/** Whether `promise` is still pending once `ms` have passed (it keeps running either way). */
async function stillPendingAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise, sleep(ms, pending)])) === pending;
}

beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'comptoir-pglite-'));
  // Like .data/pglite: parent folders are created too.
  dataDir = join(tempDir, '.data', 'pglite');
  db = await startEmbeddedPostgres({ dataDir });
});

afterEach(closePools);

afterAll(async () => {
  await db.stop();
  await rm(tempDir, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('serves PostgreSQL on 127.0.0.1 with a real port in the URL', () => {
    expect(db.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:[1-9]\d*\/postgres$/);
  });

  it('keeps schemas, tables and rows across stop and start on the same folder', async () => {
    const pool = openPool();
    await pool.query('CREATE SCHEMA keep; CREATE TABLE keep.item (id int PRIMARY KEY, name text NOT NULL)');
    await pool.query('INSERT INTO keep.item VALUES ($1, $2), ($3, $4)', [1, 'un', 2, 'deux']);
    await closePools();
    // A client still inside a transaction when the server stops: its row must not survive.
    const late = new pg.Client(db.url);
    late.on('error', () => {});
    await late.connect();
    await late.query("BEGIN; INSERT INTO keep.item VALUES (3, 'trois')");
    await Promise.all([db.stop(), db.stop()]);

    db = await startEmbeddedPostgres({ dataDir });
    const { rows } = await openPool().query('SELECT id, name FROM keep.item ORDER BY id');
    expect(rows).toEqual([
      { id: 1, name: 'un' },
      { id: 2, name: 'deux' },
    ]);
  });

  it('refuses a second server on a folder that is in use', async () => {
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/data folder .* is in use by process/);
  });

  it('keeps interleaved transactions from two pools apart: rolled back rows are gone, committed ones stay', async () => {
    const [a, b] = [openPool(), openPool()];
    await a.query('CREATE TABLE tx_rows (pool text, n int)');
    const run = async (pool: pg.Pool, name: string, n: number, end: 'COMMIT' | 'ROLLBACK') => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO tx_rows VALUES ($1, $2)', [name, n]);
        await client.query('INSERT INTO tx_rows VALUES ($1, $2)', [name, n + 100]);
        await client.query(end);
      } finally {
        client.release();
      }
    };
    await Promise.all(
      Array.from({ length: 10 }, (_, n) => [
        run(a, 'committed', n, 'COMMIT'),
        run(b, 'rolled back', n, 'ROLLBACK'),
      ]).flat(),
    );
    const { rows } = await a.query('SELECT pool, count(*)::int AS count FROM tx_rows GROUP BY pool');
    expect(rows).toEqual([{ pool: 'committed', count: 20 }]);
  });

  it('rolls back a transaction whose client disconnects, and lets the others go on', async () => {
    const pool = openPool();
    await pool.query('CREATE TABLE orphan (n int)');
    const client = new pg.Client(db.url);
    await client.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO orphan VALUES (1)');
    await client.end();
    const { rows } = await pool.query('SELECT count(*)::int AS count FROM orphan');
    expect(rows).toEqual([{ count: 0 }]);
  });

  it('accepts 40 connections from 6 pools at once and answers each its own query', async () => {
    const sizes = [7, 7, 7, 7, 6, 6];
    const clients = await Promise.all(
      sizes.flatMap((size) => {
        const pool = openPool(size);
        return Array.from({ length: size }, () => pool.connect());
      }),
    );
    expect(clients).toHaveLength(40);
    const answers = await Promise.all(
      clients.map(async (client, n) => (await client.query('SELECT $1::int AS n', [n])).rows[0]?.n),
    );
    for (const client of clients) client.release();
    expect(answers).toEqual(clients.map((_, n) => n));
  });

  it('keeps the extended-protocol messages of concurrent parameterized queries together (unnamed statements)', async () => {
    // Each query is Parse/Bind/Describe/Execute/Sync on the unnamed statement of the one shared
    // session: interleaved with another connection's, a Bind finds the other's statement, or none.
    const pool = openPool(12);
    const results = await Promise.all(
      Array.from({ length: 12 }, async (_, client) => {
        const answers: number[] = [];
        for (let n = 0; n < 40; n++) {
          // A statement text of each client's own, so a Bind on another's statement shows; and
          // transactions starting meanwhile, as the relays' and consumers' do.
          const sql = `SELECT $1::int * 1000 + $2::int AS n${client}`;
          if (client % 2 === 0) {
            const { rows } = await pool.query(sql, [client, n]);
            answers.push(rows[0]?.[`n${client}`]);
          } else {
            const connection = await pool.connect();
            await connection.query('BEGIN');
            const { rows } = await connection.query(sql, [client, n]);
            await connection.query('COMMIT');
            connection.release();
            answers.push(rows[0]?.[`n${client}`]);
          }
        }
        return answers;
      }),
    );
    results.forEach((answers, client) => {
      expect(answers).toEqual(Array.from({ length: 40 }, (_, n) => client * 1000 + n));
    });
  });

  it('runs FOR UPDATE SKIP LOCKED and pg_try_advisory_xact_lock', async () => {
    const client = await openPool().connect();
    try {
      await client.query('CREATE TABLE outbox (id int PRIMARY KEY); INSERT INTO outbox SELECT generate_series(1, 5)');
      await client.query('BEGIN');
      const locked = await client.query('SELECT id FROM outbox ORDER BY id LIMIT 3 FOR UPDATE SKIP LOCKED');
      const lock = await client.query("SELECT pg_try_advisory_xact_lock(hashtext('relay')) AS got");
      await client.query('COMMIT');
      expect(locked.rows).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
      expect(lock.rows).toEqual([{ got: true }]);
    } finally {
      client.release();
    }
  });

  it('provides the unaccent and pg_trgm extensions', async () => {
    const pool = openPool();
    await pool.query('CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await pool.query(
      "SELECT unaccent('Crème brûlée') AS plain, similarity(unaccent('Crème brûlée'), 'creme brulee') AS score",
    );
    expect(rows).toEqual([{ plain: 'Creme brulee', score: 1 }]);
  });
});

// Every connection is multiplexed onto ONE PostgreSQL session. These tests pin down what that means for services
// sharing the embedded database, so that a pglite-socket upgrade that changes it shows up here.
describe('one shared session behind all connections', () => {
  it('holds every other connection while a transaction is open, so waiting on one inside a transaction hangs', async () => {
    const [a, b] = [openPool(), openPool()];
    const inTransaction = await a.connect();
    try {
      await inTransaction.query('BEGIN');
      const other = b.query('SELECT 1');
      // The transaction's own statements still run…
      await inTransaction.query('SELECT 2');
      // …but the other connection's query waits for COMMIT/ROLLBACK: awaiting it here would never return.
      expect(await stillPendingAfter(other, 500)).toBe(true);
      await inTransaction.query('ROLLBACK');
      await expect(other).resolves.toMatchObject({ rows: [{ '?column?': 1 }] });
    } finally {
      inTransaction.release();
    }
  });

  it('shares SET search_path, session advisory locks and prepared statement names across connections', async () => {
    const [a, b] = [openPool(), openPool()];
    const [first, second] = [await a.connect(), await b.connect()];
    try {
      await first.query('CREATE SCHEMA leak; SET search_path TO leak');
      expect((await second.query('SHOW search_path')).rows).toEqual([{ search_path: 'leak' }]);
      await first.query('SET search_path TO "$user", public');

      await first.query('SELECT pg_advisory_lock(42)');
      expect((await second.query('SELECT pg_try_advisory_lock(42) AS got')).rows).toEqual([{ got: true }]);
      await first.query('SELECT pg_advisory_unlock_all()');

      await first.query({ name: 'same-name', text: 'SELECT 1' });
      await expect(second.query({ name: 'same-name', text: 'SELECT 2' })).rejects.toThrow(/already exists/);
      await first.query('DEALLOCATE ALL');
    } finally {
      first.release();
      second.release();
    }
  });

  it('delivers a NOTIFY to whichever connection runs the next statement, not to the listener', async () => {
    const [a, b] = [openPool(), openPool()];
    const [listener, notifier] = [await a.connect(), await b.connect()];
    const received: string[] = [];
    listener.on('notification', () => received.push('listener'));
    notifier.on('notification', () => received.push('notifier'));
    try {
      await listener.query('LISTEN comptoir');
      await notifier.query("NOTIFY comptoir, 'hello'");
      await listener.query('UNLISTEN *');
      expect(received).toEqual(['notifier']);
    } finally {
      listener.release();
      notifier.release();
    }
  });
});
