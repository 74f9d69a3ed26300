import { startTracing } from '@comptoir/kit/tracing';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, it } from 'vitest';

// Tracing starts before the platform's modules load, as the services' preload starts it: they are
// imported only now.
const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'comptoir-test', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
const { requireKafkaBrokers, startTestPlatform } = await import('@comptoir/testing');
const { subgraphs } = await import('../src/subgraphs.ts');
const { expectCheckoutTracedToReservation } = await import('./tracing-fixtures.ts');

describe('tracing on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let platform: Awaited<ReturnType<typeof startTestPlatform>>;

  // Six subgraphs and a router: minutes on a loaded machine.
  beforeAll(async () => {
    platform = await startTestPlatform({ subgraphs, env: { KAFKA_BROKERS: brokers } });
  }, 240_000);
  afterAll(async () => {
    await platform?.stop();
    await tracing.shutdown();
  });

  it("one trace from the router's request through orders, its SQL, the outbox and Kafka to catalog's stock reservation", async () => {
    await expectCheckoutTracedToReservation(platform, exporter, 'TRACE-KAFKA-LAMP');
  }, 240_000);
});
