import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

import { freePorts } from './free-ports.ts';

const embeddedMain = join(import.meta.dirname, '../src/embedded.ts');

export interface EmbeddedProcess {
  child: ChildProcess;
  url: string;
  /** The storefront it serves, e.g. http://127.0.0.1:3000. */
  storefrontUrl: string;
  orderId: string;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
}

/**
 * Runs the embedded default as `tools/start.sh` does, on a throwaway data folder and free ports,
 * with only what a fresh machine has (no DATABASE_URL, no KAFKA_BROKERS) plus `settings`; resolves once ready.
 */
export async function startEmbedded(
  dataDir: string,
  logLevel = 'warn',
  settings: Record<string, string> = {},
): Promise<EmbeddedProcess> {
  const env = {
    ...settings,
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    COMPTOIR_DATA_DIR: dataDir,
    PORT: '0',
    // A port known before the start, as mails link to the storefront (its URL is support's setting).
    STOREFRONT_PORT: String((await freePorts(1))[0]),
    LOG_LEVEL: logLevel,
  };
  const child = spawn(process.execPath, [embeddedMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // Never left running behind a failed test. Seeding the demo pictures (and building the storefront when
      // its sources changed) takes a minute on a busy machine.
      child.kill('SIGKILL');
      reject(new Error(`not ready after 150 s:\n${output}`));
    }, 150_000);
    const onData = () => {
      const url = /ready at (\S+)/.exec(output)?.[1];
      const storefrontUrl = /Storefront: (\S+)/.exec(output)?.[1];
      const orderId = /Demo order: (\S+)/.exec(output)?.[1];
      if (url && storefrontUrl && orderId) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        resolve({ child, url, storefrontUrl, orderId, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}

/** SIGTERM, as the process owner stops it; resolves to its exit code. */
export function stopEmbedded(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
