import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { close, listen } from '@comptoir/testing';

const run = promisify(execFile);
const kafkaScript = join(import.meta.dirname, '../kafka.sh');

export interface DedicatedBroker {
  brokers: string;
  /** SIGTERM, keeping the broker's storage: topics, messages and committed offsets survive. */
  stop(): Promise<void>;
  /** Starts it again on the same storage. */
  start(): Promise<void>;
  /** Stops it for good and wipes its storage. */
  remove(): Promise<void>;
}

/**
 * A Kafka broker of a test's own (tools/kafka.sh on other ports), for tests that stop and restart
 * it without disturbing the suite's shared broker. `configure` gives more tools/kafka.sh variables
 * for the ports it was given, e.g. KAFKA_EXTRA_PROPERTIES for a listener with TLS and SASL.
 */
export async function startDedicatedBroker(
  configure: (ports: { port: number; controllerPort: number }) => Promise<Record<string, string>> = async () => ({}),
): Promise<DedicatedBroker> {
  const [port, controllerPort] = (await freePorts(2)) as [number, number];
  const kafkaEnv = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_KEEP_DATA: '1',
    ...(await configure({ port, controllerPort })),
  };
  const kafka = (command: string, extra: Record<string, string> = {}) =>
    run('bash', [kafkaScript, command], { env: { ...kafkaEnv, ...extra }, timeout: 120_000 }).then(() => undefined);
  // Storage left over by an interrupted run is wiped: every run starts from an empty broker.
  await kafka('stop', { KAFKA_KEEP_DATA: '0' });
  await kafka('start');
  return {
    brokers: `127.0.0.1:${port}`,
    stop: () => kafka('stop'),
    start: () => kafka('start'),
    remove: () => kafka('stop', { KAFKA_KEEP_DATA: '0' }),
  };
}

/** Ports the OS just handed out as free: held together, so the two differ, then released for the broker. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => listen(() => {})));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map(close));
  return ports;
}
