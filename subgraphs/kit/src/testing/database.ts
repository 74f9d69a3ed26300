import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Runs `work` against a freshly created, uniquely named database on the server of `serverUrl`,
 * and drops it afterwards whatever happens.
 */
export async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const database = await createScratchDatabase(serverUrl);
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}

export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `comptoir_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
