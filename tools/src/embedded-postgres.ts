import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgresOptions {
  /** Folder holding the database files; created (with its parents) if missing. */
  dataDir: string;
  /** 0 (the default) lets the OS pick a free port; the URL carries the real one. */
  port?: number;
  host?: string;
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

// Six services × a pool of ~5, plus migrations and tooling. Above this the multiplexer drops new connections
// (the client sees ECONNRESET, not a PostgreSQL error).
const MAX_CONNECTIONS = 64;
const LOCK_FILE = 'comptoir.lock';

/**
 * PGlite (PostgreSQL in WebAssembly) persisted in `dataDir`, served over the PostgreSQL wire protocol so that
 * ordinary `pg` pools can use it. All connections share ONE PostgreSQL session, and an open transaction holds
 * every other connection until it ends: see the tests for what that allows and what it breaks.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, port = 0, host = '127.0.0.1' } = options;
  await mkdir(dataDir, { recursive: true });
  const releaseLock = await lockDataDir(dataDir);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  let stopped: Promise<void> | undefined;
  // Idempotent, as SIGINT and SIGTERM handlers may both call it.
  const stop = () => {
    stopped ??= (async () => {
      // Closes the client sockets; a transaction left open is rolled back.
      await server?.stop();
      // close() checkpoints, so the next start needs no crash recovery.
      await db?.close();
      await releaseLock();
    })();
    return stopped;
  };
  try {
    db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
    server = new PGLiteSocketServer({ db, host, port, maxConnections: MAX_CONNECTIONS });
    await server.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const realPort = server.getServerConn().split(':').at(-1);
  return { url: `postgres://postgres@${host}:${realPort}/postgres`, stop };
}

/**
 * PGlite takes no lock of its own: a second instance on the same folder would write over the first one's files.
 * The lock file holds the owner's pid so that a lock left behind by a killed process can be taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  try {
    await writeFile(path, String(process.pid), { flag: 'wx' });
    return () => rm(path, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = Number(await readFile(path, 'utf8'));
  if (isAlive(owner)) {
    throw new Error(`Embedded PostgreSQL data folder ${dataDir} is in use by process ${owner} (lock file ${path})`);
  }
  await rm(path, { force: true });
  return lockDataDir(dataDir);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
