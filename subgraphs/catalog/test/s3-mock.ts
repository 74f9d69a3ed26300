import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@comptoir/kit';

const version = '4.12.4';
const jarUrl = `https://repo1.maven.org/maven2/com/adobe/testing/s3mock/${version}/s3mock-${version}-exec.jar`;

export interface S3Mock {
  /** e.g. http://127.0.0.1:40123, path-style. */
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Adobe's S3Mock, an S3-compatible server, from its executable jar on Maven Central (fetched
 * once into $COMPTOIR_CACHE, like Kafka's jars), on a free loopback port with `bucket` created
 * and its objects in a temporary folder. Needs Java 17.
 */
export async function startS3Mock(bucket: string): Promise<S3Mock> {
  const jar = await s3MockJar();
  const port = await freePort();
  const root = await mkdtemp(join(tmpdir(), 's3mock-'));
  const server: ChildProcess = spawn(
    'java',
    [
      '-Xmx256m',
      '-jar',
      jar,
      `--com.adobe.testing.s3mock.httpPort=${port}`,
      // Its HTTPS listener, unused here, on a free port of its own choosing.
      '--server.port=0',
      `--com.adobe.testing.s3mock.store.initialBuckets=${bucket}`,
      `--com.adobe.testing.s3mock.store.root=${root}`,
      '--spring.main.banner-mode=off',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    server.kill('SIGTERM');
    await exited;
    await rm(root, { recursive: true, force: true });
  };
  try {
    await waitFor(
      async () => {
        if (server.exitCode !== null) throw new Error(`S3Mock exited with code ${server.exitCode}`);
        return (await fetch(`${endpoint}/${bucket}`).catch(() => null))?.status === 200;
      },
      `S3Mock answers on ${endpoint}`,
      120_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

async function s3MockJar(): Promise<string> {
  const dir = join(process.env.COMPTOIR_CACHE ?? join(homedir(), '.cache', 'comptoir'), `s3mock-${version}`);
  const jar = join(dir, `s3mock-${version}-exec.jar`);
  if (existsSync(jar)) return jar;
  await mkdir(dir, { recursive: true });
  const response = await fetch(jarUrl);
  if (!response.ok) throw new Error(`cannot fetch ${jarUrl}: HTTP ${response.status}`);
  const partial = `${jar}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await response.arrayBuffer()));
  await rename(partial, jar);
  return jar;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
