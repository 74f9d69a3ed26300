import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePorts } from './free-ports.ts';
import { issueServerCertificate } from './private-ca.ts';

const run = promisify(execFile);

/** A PostgreSQL server of its own, started from nothing; `stop()` deletes it with its files. */
export interface FreshPostgresServer {
  /** Superuser `postgres` on 127.0.0.1, verify-full against the server's own CA. */
  url(database: string): string;
  /** The server's binaries (pg_dump, pg_restore, createdb…), the same major version as the server. */
  bin(tool: string): string;
  stop(): Promise<void>;
}

/**
 * Creates a PostgreSQL cluster in a temporary folder (Debian's binaries, the newest installed) and
 * starts it on a free loopback port, accepting TLS only: a private CA signs its certificate for
 * 127.0.0.1, and pg_hba.conf has `hostssl` lines alone. PostgreSQL refuses to run as root, so under
 * root the server and its files belong to the `postgres` user.
 */
export async function startFreshPostgresServer(): Promise<FreshPostgresServer> {
  const binDir = await newestPostgresBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'comptoir-fresh-pg-'));
  const owner = process.getuid?.() === 0 ? await userIds('postgres') : undefined;
  const asOwner = (file: string, args: string[]) =>
    run(file, args, { cwd: dir, ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) });
  const dataDir = join(dir, 'data');
  const [port] = (await freePorts(1)) as [number];
  let started = false;
  const stop = async () => {
    if (started) await asOwner(join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
    started = false;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (owner) await chown(dir, owner.uid, owner.gid);
    await asOwner(join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    await issueServerCertificate(dir, asOwner);
    await writeFile(join(dataDir, 'pg_hba.conf'), 'local all all trust\nhostssl all all 127.0.0.1/32 trust\n');
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c ssl=on',
      `-c ssl_cert_file=${join(dir, 'server.crt')}`,
      `-c ssl_key_file=${join(dir, 'server.key')}`,
      // A scratch server: durability is not what this one is for.
      '-c fsync=off',
    ].join(' ');
    await asOwner(join(binDir, 'pg_ctl'), ['start', '-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-o', options]);
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }
  const caFile = join(dir, 'ca.crt');
  return {
    url: (database) =>
      `postgres://postgres@127.0.0.1:${port}/${database}?sslmode=verify-full&sslrootcert=${encodeURIComponent(caFile)}`,
    bin: (tool) => join(binDir, tool),
    stop,
  };
}

async function newestPostgresBinaries(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const versions = (await readdir(root).catch(() => [])).filter((name) => /^\d+$/.test(name)).map(Number);
  if (versions.length === 0)
    throw new Error(`no PostgreSQL server binaries under ${root} (Debian's postgresql package)`);
  return join(root, String(Math.max(...versions)), 'bin');
}

async function userIds(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
