import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePorts } from './free-ports.ts';

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
  // A start that fails or times out may leave a broker behind (kafka.sh detaches it): stop it.
  await kafka('start').catch(async (error: unknown) => {
    await kafka('stop', { KAFKA_KEEP_DATA: '0' }).catch(() => {});
    throw error;
  });
  return {
    brokers: `127.0.0.1:${port}`,
    stop: () => kafka('stop'),
    start: () => kafka('start'),
    remove: () => kafka('stop', { KAFKA_KEEP_DATA: '0' }),
  };
}
