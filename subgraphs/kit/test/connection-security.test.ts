import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, kafkaConnection, parseEnv, postgresTls, subgraphEnv } from '../src/config.ts';

/*
 * TLS and SASL settings as the platform reads them (KAFKA_SSL*, KAFKA_SASL_*, DATABASE_URL's sslmode)
 * and the options kafkajs and pg receive. The restore drill (tools/e2e/restore-drill.test.ts) runs a
 * whole platform on a PostgreSQL server that requires TLS, with sslmode=verify-full.
 */

const routerSecret = 'r'.repeat(32);
const caPem =
  '-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBnRl\n-----END CERTIFICATE-----\n';
let dir: string;
let caFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'comptoir-tls-config-'));
  caFile = join(dir, 'ca.crt');
  await writeFile(caFile, caPem);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** kafkajs's options for these variables (over KAFKA_BROKERS and the router secret). */
function kafkaOptions(variables: Record<string, string>) {
  return kafkaConnection(
    parseEnv(subgraphEnv, {
      KAFKA_BROKERS: 'kafka-0:9093,kafka-1:9093',
      ROUTER_SUBGRAPH_SECRET: routerSecret,
      ...variables,
    }),
  );
}

/** The one-line ConfigError `run` throws, or a failure if it does not throw one. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) {
      expect(error.message.split('\n')).toHaveLength(1);
      return error.message;
    }
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('Kafka TLS and SASL', () => {
  it('connect in plaintext without SASL by default, and not at all without brokers', () => {
    expect(kafkaOptions({})).toEqual({ brokers: ['kafka-0:9093', 'kafka-1:9093'] });
    expect(
      kafkaConnection(parseEnv(subgraphEnv, { ROUTER_SUBGRAPH_SECRET: routerSecret, KAFKA_SSL: 'true' })),
    ).toBeUndefined();
  });

  it("give kafkajs TLS with the cluster's CA and SCRAM credentials, as for Strimzi's TLS listener", () => {
    expect(
      kafkaOptions({
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: caFile,
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'orders',
        KAFKA_SASL_PASSWORD: 'p4ss',
      }),
    ).toEqual({
      brokers: ['kafka-0:9093', 'kafka-1:9093'],
      ssl: { ca: [caPem] },
      sasl: { mechanism: 'scram-sha-512', username: 'orders', password: 'p4ss' },
    });
  });

  it('verify brokers against the system CAs when TLS is on without a CA file', () => {
    expect(
      kafkaOptions({
        KAFKA_SSL: 'true',
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
      }),
    ).toEqual({
      brokers: ['kafka-0:9093', 'kafka-1:9093'],
      ssl: true,
      sasl: { mechanism: 'plain', username: 'u', password: 'p' },
    });
    expect(
      kafkaOptions({
        KAFKA_SSL: 'false',
        KAFKA_SASL_MECHANISM: 'scram-sha-256',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
      }),
    ).toEqual({
      brokers: ['kafka-0:9093', 'kafka-1:9093'],
      sasl: { mechanism: 'scram-sha-256', username: 'u', password: 'p' },
    });
  });

  it('refuse a mechanism without its credentials, naming each missing variable', () => {
    const message = refusal(() =>
      kafkaOptions({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'orders' }),
    );

    expect(message).toBe(
      'invalid configuration: KAFKA_SASL_PASSWORD is missing (KAFKA_SASL_MECHANISM=scram-sha-512 needs it)',
    );
    expect(refusal(() => kafkaOptions({ KAFKA_SASL_MECHANISM: 'scram-sha-256' }))).toContain(
      'KAFKA_SASL_USERNAME is missing (KAFKA_SASL_MECHANISM=scram-sha-256 needs it); KAFKA_SASL_PASSWORD is missing',
    );
  });

  it('refuse credentials without a mechanism, and never print the password', () => {
    const message = refusal(() => kafkaOptions({ KAFKA_SASL_USERNAME: 'orders', KAFKA_SASL_PASSWORD: 'p4ss-w0rd' }));

    expect(message).toMatch(/^invalid configuration: KAFKA_SASL_MECHANISM is missing \(credentials are set: .+\)$/);
    expect(message).not.toContain('p4ss-w0rd');
    const unknown = refusal(() => kafkaOptions({ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_PASSWORD: 'p4ss-w0rd' }));
    expect(unknown).toMatch(/^invalid configuration: KAFKA_SASL_MECHANISM="gssapi" is invalid: /);
    expect(unknown).not.toContain('p4ss-w0rd');
  });

  it('refuse PLAIN without TLS: the password would travel in clear', () => {
    expect(
      refusal(() =>
        kafkaOptions({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }),
      ),
    ).toBe(
      'invalid configuration: KAFKA_SASL_MECHANISM="plain" is invalid: plain sends the password in clear: needs KAFKA_SSL=true',
    );
  });

  it('refuse a CA file without TLS, an unreadable one, one that is no certificate, and a KAFKA_SSL that is no boolean', async () => {
    expect(refusal(() => kafkaOptions({ KAFKA_SSL_CA_FILE: caFile }))).toBe(
      `invalid configuration: KAFKA_SSL_CA_FILE=${JSON.stringify(caFile)} is invalid: needs KAFKA_SSL=true`,
    );
    const missing = join(dir, 'missing.crt');
    expect(refusal(() => kafkaOptions({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: missing }))).toBe(
      `invalid configuration: KAFKA_SSL_CA_FILE=${JSON.stringify(missing)} is invalid: cannot read it (ENOENT)`,
    );
    const key = join(dir, 'key.pem');
    await writeFile(key, '-----BEGIN PRIVATE KEY-----\n');
    expect(refusal(() => kafkaOptions({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: key }))).toContain(
      'is invalid: not a PEM certificate',
    );
    expect(refusal(() => kafkaOptions({ KAFKA_SSL: 'maybe' }))).toMatch(
      /^invalid configuration: KAFKA_SSL="maybe" is invalid: /,
    );
  });
});

describe('PostgreSQL TLS from DATABASE_URL', () => {
  const url = (query: string) => `postgres://comptoir:s3cr3t@db.internal:5432/comptoir${query}`;

  it('leave pg its default without sslmode, and turn TLS off with sslmode=disable', () => {
    expect(postgresTls(url(''))).toBeUndefined();
    expect(postgresTls(url('?sslmode=disable'))).toBe(false);
  });

  it('mean by sslmode what libpq means (pg_dump and psql read the same URL)', () => {
    // require: encrypted, the certificate unchecked unless a CA is named.
    expect(postgresTls(url('?sslmode=require'))).toEqual({ rejectUnauthorized: false });
    const requireWithCa = postgresTls(url(`?sslmode=require&sslrootcert=${caFile}`));
    expect(requireWithCa).toEqual({ ca: caPem, checkServerIdentity: expect.any(Function) });
    // verify-ca: the CA checked, not the host name.
    const verifyCa = postgresTls(url(`?sslmode=verify-ca&sslrootcert=${caFile}`)) as {
      checkServerIdentity: () => unknown;
    };
    expect(verifyCa).toEqual({ ca: caPem, checkServerIdentity: expect.any(Function) });
    expect(verifyCa.checkServerIdentity()).toBeUndefined();
    // verify-full: the CA and the host name, Node's own checks.
    expect(postgresTls(url(`?sslmode=verify-full&sslrootcert=${caFile}`))).toEqual({ ca: caPem, host: 'db.internal' });
    expect(postgresTls(url('?sslmode=verify-full'))).toEqual({ host: 'db.internal' });
    // An address is checked as the URL names it (pg gives TLS no server name for one).
    expect(postgresTls('postgres://comptoir@10.0.0.7:5432/comptoir?sslmode=verify-full')).toEqual({ host: '10.0.0.7' });
  });

  it('refuse what pg cannot honour, naming DATABASE_URL without its password', () => {
    const env = (query: string) => ({ DATABASE_URL: url(query), ROUTER_SUBGRAPH_SECRET: routerSecret });
    const cases: Array<[string, string]> = [
      ['?sslmode=prefer', 'sslmode=prefer is not supported (expected disable, require, verify-ca, verify-full)'],
      ['?sslmode=verify-ca', 'sslmode=verify-ca needs sslrootcert'],
      [`?sslrootcert=${caFile}`, 'sslrootcert needs sslmode=require, verify-ca or verify-full'],
      [`?sslmode=verify-full&sslrootcert=${join(dir, 'missing.crt')}`, 'ENOENT'],
    ];
    for (const [query, reason] of cases) {
      const message = refusal(() => parseEnv(subgraphEnv, env(query)));
      expect(message).toMatch(
        /^invalid configuration: DATABASE_URL="postgres:\/\/comptoir:\*\*\*@db\.internal:5432\/comptoir\?[^"]*" is invalid: /,
      );
      expect(message).toContain(reason);
      expect(message).not.toContain('s3cr3t');
    }
  });
});
