import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { kafkaConnection, parseEnv, postgresTls, subgraphEnv } from '@comptoir/kit/config';
import { loadConfig } from '@comptoir/router';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../tools/validate-manifests.ts';
import { subgraphNames } from './event-topology.ts';

// biome-ignore lint/suspicious/noExplicitAny: rendered objects, validated by manifests.test.ts, read loosely here.
type Loose = any;

const scratchRoot = mkdtempSync(join(tmpdir(), 'comptoir-k8s-configuration-'));
afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

const certificate = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

/**
 * The environment a Deployment's container starts with, as the kubelet builds it: its ConfigMaps,
 * then its own variables with $(NAME) expanded; a Secret's value is a stand-in of the length a
 * shared secret needs. Files it mounts from Secrets are stand-ins under a scratch folder, and the
 * paths in the environment point there.
 */
function containerEnvironment(objects: Loose[], name: string): Record<string, string> {
  const deployment = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === name);
  const { containers, volumes } = deployment.spec.template.spec;
  const [container] = containers;
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    const configMap = objects.find(
      (object) => object.kind === 'ConfigMap' && object.metadata.name === source.configMapRef.name,
    );
    Object.assign(env, configMap.data);
  }
  for (const variable of container.env ?? []) {
    env[variable.name] = variable.valueFrom?.secretKeyRef
      ? `${variable.valueFrom.secretKeyRef.key}-stand-in-`.padEnd(40, 'x')
      : variable.value.replace(/\$\((\w+)\)/g, (_: string, referenced: string) => env[referenced] ?? '');
  }
  const scratch = mkdtempSync(join(scratchRoot, `${name}-`));
  for (const mount of container.volumeMounts ?? []) {
    const volume = volumes.find((candidate: Loose) => candidate.name === mount.name);
    for (const item of volume.secret?.items ?? []) {
      const path = join(mount.mountPath, item.path);
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), certificate);
      for (const [key, value] of Object.entries(env)) env[key] = value.replaceAll(path, join(scratch, path));
    }
  }
  return env;
}

describe.each(['overlays/dev', 'overlays/prod'])('%s configuration', (overlay) => {
  const objects = render(overlay) as Loose[];

  it.each(subgraphNames)(
    'starts %s with a configuration the kit accepts: TLS to PostgreSQL, TLS and SCRAM to Kafka',
    (name) => {
      const env = parseEnv(subgraphEnv, containerEnvironment(objects, name));
      // verify-full: CloudNativePG's CA, and the certificate must name comptoir-db-rw (Node checks by default).
      const tls = postgresTls(env.DATABASE_URL);
      expect(tls).toMatchObject({ host: 'comptoir-db-rw', ca: certificate });
      expect(tls).not.toMatchObject({ rejectUnauthorized: false });
      expect(kafkaConnection(env)).toMatchObject({
        brokers: ['comptoir-kafka-bootstrap:9093'],
        ssl: { ca: [certificate] },
        sasl: { mechanism: 'scram-sha-512', username: name },
      });
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
    },
  );

  it('starts the router with a configuration it accepts, every subgraph at its Service', () => {
    const config = loadConfig(containerEnvironment(objects, 'router'), []);
    expect(config).toMatchObject({ nodeEnv: 'production', host: '0.0.0.0', port: 4000, metricsPort: 9400 });
    expect(Object.keys(config.subgraphUrlOverrides).sort()).toEqual(
      subgraphNames.map((name) => name.toUpperCase()).sort(),
    );
    for (const [name, url] of Object.entries(config.subgraphUrlOverrides)) {
      const service = objects.find(
        (object) => object.kind === 'Service' && object.metadata.name === name.toLowerCase(),
      );
      expect(url).toBe(`http://${service.metadata.name}:${service.spec.ports[0].port}/graphql`);
    }
  });
});
