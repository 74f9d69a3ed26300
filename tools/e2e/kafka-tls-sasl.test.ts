import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartupError } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphNamed } from '../src/subgraphs.ts';
import { createProducts } from './checkout-fixtures.ts';
import { type DedicatedBroker, startDedicatedBroker } from './dedicated-broker.ts';
import { freePorts } from './free-ports.ts';
import { issueServerCertificate } from './private-ca.ts';

/*
 * The platform on a broker that speaks only TLS with SCRAM-SHA-512 on its client listener, as
 * Strimzi's does in the cluster (k8s/base/services/subgraphs-config.yaml): the variables reach
 * kafkajs, a product's price travels from catalog to orders over that listener, and a wrong
 * password stops the start with a one-line error.
 */
describe('Kafka over TLS with SCRAM-SHA-512', () => {
  let dir: string;
  let broker: DedicatedBroker | undefined;
  let platform: TestPlatform | undefined;
  let securedBrokers: string;
  let caFile: string;
  const password = randomBytes(12).toString('hex');
  const securedEnv = (secret: string) => ({
    KAFKA_BROKERS: securedBrokers,
    KAFKA_SSL: 'true',
    KAFKA_SSL_CA_FILE: caFile,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: 'orders',
    KAFKA_SASL_PASSWORD: secret,
    // kafkajs logs as errors what it retries while the broker's TLS listener and coordinators start.
    LOG_LEVEL: 'fatal',
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'comptoir-kafka-tls-'));
    const certificate = await issueServerCertificate(dir);
    caFile = certificate.caFile;
    // Kafka reads a PEM keystore as one file: the private key, then the certificate.
    const keystore = join(dir, 'broker.pem');
    await writeFile(
      keystore,
      `${await readFile(certificate.keyFile, 'utf8')}${await readFile(certificate.certFile, 'utf8')}`,
    );
    broker = await startDedicatedBroker(async ({ port, controllerPort }) => {
      const [securedPort] = (await freePorts(1)) as [number];
      securedBrokers = `127.0.0.1:${securedPort}`;
      const properties = join(dir, 'secured.properties');
      // kafka.sh's PLAINTEXT listener stays, for its readiness check and between the broker's parts.
      await writeFile(
        properties,
        [
          `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort},SASL_SSL://${securedBrokers}`,
          `advertised.listeners=PLAINTEXT://127.0.0.1:${port},SASL_SSL://${securedBrokers}`,
          'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL',
          'sasl.enabled.mechanisms=SCRAM-SHA-512',
          'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
          'listener.name.sasl_ssl.ssl.keystore.type=PEM',
          `listener.name.sasl_ssl.ssl.keystore.location=${keystore}`,
          '',
        ].join('\n'),
      );
      return {
        KAFKA_EXTRA_PROPERTIES: properties,
        KAFKA_SCRAM_CREDENTIAL: `SCRAM-SHA-512=[name=orders,password=${password}]`,
      };
    });
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await broker?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('carries events between subgraphs', async () => {
    platform = await startTestPlatform({
      subgraphs: [subgraphNamed('catalog'), subgraphNamed('orders')],
      env: securedEnv(password),
    });

    // Resolves once orders has the price catalog published: product.created crossed the listener.
    const [productId] = await createProducts(platform, [{ sku: 'TLS-LAMP', amount: 3900, stock: 1 }]);
    expect(productId).toBeDefined();
  }, 240_000);

  it('refuses to start with a wrong password, in one line that does not print it', async () => {
    const starting = startTestPlatform({ subgraphs: [subgraphNamed('catalog')], env: securedEnv('not-the-password') });

    const error = await starting.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      new RegExp(`^cannot reach Kafka at ${securedBrokers}: [^\\n]*SASL SCRAM SHA512 authentication failed`),
    );
    expect((error as Error).message).not.toContain('not-the-password');
  }, 240_000);
});
