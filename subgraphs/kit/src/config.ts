import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { parse as parseConnectionString } from 'pg-connection-string';
import { z } from 'zod';

/** A configuration problem, reported as one line naming the variable, never as a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses environment variables against a zod object schema. Throws a ConfigError whose message
 * names every offending variable; `runMain` prints it as a single line and exits.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw configError(
    result.error.issues.map((issue) => problem(issue.path.join('.') || '(environment)', env, issue.message)),
  );
}

/** One variable's problem, its value masked when secret: `X is missing (why)` or `X="…" is invalid: why`. */
function problem(variable: string, env: NodeJS.ProcessEnv | Record<string, unknown>, message: string): string {
  const value = env[variable];
  return value === undefined
    ? `${variable} is missing (${message})`
    : `${variable}=${JSON.stringify(secretVariable.test(variable) ? '***' : withoutPassword(String(value)))} is invalid: ${message}`;
}

function configError(problems: string[]): ConfigError {
  return new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}

/** Variables whose value a config error never prints. */
const secretVariable = /SECRET|PASSWORD|_KEY$/;

/** Masks the password of a URL-shaped value, so a config error never prints a secret. */
function withoutPassword(value: string): string {
  return value.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

const port = z.coerce.number().int().min(0).max(65535);

const postgresUrl = z
  .string()
  .refine(
    (value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol),
    'expected postgres://user@host:port/database',
  )
  .superRefine((value, context) => {
    try {
      postgresTls(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/** The libpq TLS parameters of a connection URL that pg can honour. */
const postgresTlsParameters = ['sslmode', 'sslrootcert', 'sslcert', 'sslkey'];
const postgresSslModes = ['disable', 'require', 'verify-ca', 'verify-full'];

/**
 * pg's `ssl` option for a DATABASE_URL, read from its libpq parameters with libpq's meaning, so one
 * URL serves the platform, psql and pg_dump alike: `sslmode=require` encrypts (and checks the CA
 * when `sslrootcert` names one), `verify-ca` checks the CA, `verify-full` the CA and the host name;
 * `sslcert`/`sslkey` present a client certificate. Undefined without sslmode: pg's default, no TLS.
 * Throws on what pg cannot honour (`prefer` and `allow` would need a fallback to plaintext) and on
 * unreadable files.
 */
export function postgresTls(url: string): TlsOptions | false | undefined {
  if (!URL.canParse(url)) return undefined;
  const parameters = new URL(url).searchParams;
  const sslmode = parameters.get('sslmode');
  if (sslmode === null) {
    const orphan = postgresTlsParameters.find((name) => parameters.has(name));
    if (orphan) throw new Error(`${orphan} needs sslmode=require, verify-ca or verify-full`);
    return undefined;
  }
  if (!postgresSslModes.includes(sslmode)) {
    throw new Error(`sslmode=${sslmode} is not supported (expected ${postgresSslModes.join(', ')})`);
  }
  if (sslmode === 'verify-ca' && !parameters.has('sslrootcert')) throw new Error('sslmode=verify-ca needs sslrootcert');
  // pg-connection-string reads the certificate files and maps the mode as libpq does.
  const { ssl } = parseConnectionString(url, { useLibpqCompat: true });
  if (typeof ssl !== 'object' || ssl === null) return false;
  const { ca, cert, key, rejectUnauthorized, checkServerIdentity } = ssl as TlsOptions;
  // pg names the server to TLS (servername) only when it is a host name: without `host`, Node
  // would check an IP address's certificate against "localhost".
  const host = sslmode === 'verify-full' ? new URL(url).hostname.replace(/^\[(.*)\]$/, '$1') : undefined;
  return Object.fromEntries(
    Object.entries({ ca, cert, key, rejectUnauthorized, checkServerIdentity, host }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

function commaSeparated(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const brokerList = z
  .string()
  .transform(commaSeparated)
  .refine(
    (brokers) => brokers.length > 0 && brokers.every((broker) => /^[\w.-]+:\d{1,5}$/.test(broker)),
    'expected a comma-separated list of host:port',
  );

/** A shared secret: long enough that guessing it is hopeless. */
export const sharedSecret = z.string().min(32, 'expected at least 32 characters (e.g. openssl rand -hex 32)');

/** Secrets a subgraph accepts from the router, comma-separated: two while one is being rotated. */
const sharedSecretList = z
  .string()
  .transform(commaSeparated)
  .refine(
    (secrets) => secrets.length > 0 && secrets.every((secret) => sharedSecret.safeParse(secret).success),
    'expected a comma-separated list of secrets of at least 32 characters each',
  );

/** Variables every Comptoir process understands. */
export const commonEnv = {
  // A deployment that forgets NODE_ENV must not serve GraphiQL, introspection or stack traces:
  // development is opted into by the development scripts, never assumed.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
};

/** Where access tokens are verified: the auth subgraph's JWKS, and what tokens must say. */
export const authEnv = {
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4001/.well-known/jwks.json'),
  AUTH_ISSUER: z.string().min(1).default('comptoir'),
  AUTH_AUDIENCE: z.string().min(1).default('comptoir-api'),
};

/** TLS and SASL to the Kafka brokers (Strimzi's TLS listener with SCRAM-SHA-512, say); off by default. */
export const kafkaSecurityEnv = {
  KAFKA_SSL: z.stringbool().default(false),
  /** PEM file of the CA that signed the brokers' certificates, when not a public one (Strimzi's cluster CA). */
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
};

/** Variables of a subgraph process: HTTP port, its database and (optionally) the Kafka brokers. */
export const subgraphEnv = z.object({
  ...commonEnv,
  PORT: port.optional(),
  /** `/metrics` only, never on PORT; unset: PORT + 5400 (or a free port when PORT is unset or 0). */
  METRICS_PORT: port.optional(),
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Unset: 2, or DATABASE_POOL_MAX when that is lower (see databasePool). */
  DATABASE_POOL_MIN: z.coerce.number().int().min(0).max(100).optional(),
  DATABASE_POOL_IDLE_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  KAFKA_BROKERS: brokerList.optional(),
  KAFKA_CLIENT_ID: z.string().default('comptoir'),
  ...kafkaSecurityEnv,
  /** Prefix of Kafka topic and consumer group names. */
  EVENT_NAMESPACE: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('comptoir'),
  EVENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  EVENT_RETRY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(200),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** Published outbox rows are deleted after this many hours. */
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).default(168),
  /** Ids of applied events (which make redeliveries harmless) are deleted after this many days. */
  PROCESSED_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  ...authEnv,
  /** The router signs every request with one of these; anything else is refused. */
  ROUTER_SUBGRAPH_SECRET: sharedSecretList,
});

export type SubgraphEnv = z.infer<typeof subgraphEnv>;

export interface DatabasePool {
  /** Connections kept open however idle. */
  min: number;
  max: number;
  /** How long a connection above `min` stays open unused. */
  idleTimeoutMs: number;
}

/**
 * The pool a subgraph's database gets. A few connections stay open through quiet spells: a new
 * PostgreSQL session pays its fork and, on its first full-text search, loading the dictionaries
 * (about 35 ms more than the same search on a warm session).
 */
export function databasePool(env: SubgraphEnv): DatabasePool {
  const { DATABASE_POOL_MIN: min, DATABASE_POOL_MAX: max } = env;
  if (min !== undefined && min > max) {
    throw configError([`DATABASE_POOL_MIN=${min} is invalid: it exceeds DATABASE_POOL_MAX (${max})`]);
  }
  return { min: min ?? Math.min(2, max), max, idleTimeoutMs: env.DATABASE_POOL_IDLE_MS };
}

/** What kafkajs needs to reach the brokers. */
export interface KafkaConnection {
  brokers: string[];
  ssl?: KafkaConfig['ssl'];
  sasl?: SASLOptions;
}

/**
 * kafkajs's connection options from the environment, undefined without KAFKA_BROKERS. A ConfigError
 * names the variable when TLS and SASL settings do not fit together: a mechanism without its
 * credentials (or credentials without a mechanism), PLAIN without TLS (the password would travel in
 * clear), a CA file without TLS or unreadable. Secrets are never part of the message.
 */
export function kafkaConnection(
  env: Pick<SubgraphEnv, 'KAFKA_BROKERS' | keyof typeof kafkaSecurityEnv>,
): KafkaConnection | undefined {
  if (!env.KAFKA_BROKERS) return undefined;
  const problems: string[] = [];
  const mechanism = env.KAFKA_SASL_MECHANISM;
  let ca: string | undefined;
  if (env.KAFKA_SSL_CA_FILE !== undefined) {
    if (!env.KAFKA_SSL) problems.push(problem('KAFKA_SSL_CA_FILE', env, 'needs KAFKA_SSL=true'));
    try {
      ca = readFileSync(env.KAFKA_SSL_CA_FILE, 'utf8');
      if (!ca.includes('-----BEGIN CERTIFICATE-----'))
        problems.push(problem('KAFKA_SSL_CA_FILE', env, 'not a PEM certificate'));
    } catch (error) {
      problems.push(problem('KAFKA_SSL_CA_FILE', env, `cannot read it (${(error as NodeJS.ErrnoException).code})`));
    }
  }
  if (mechanism) {
    for (const variable of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'] as const) {
      if (env[variable] === undefined)
        problems.push(problem(variable, env, `KAFKA_SASL_MECHANISM=${mechanism} needs it`));
    }
    if (mechanism === 'plain' && !env.KAFKA_SSL) {
      problems.push(problem('KAFKA_SASL_MECHANISM', env, 'plain sends the password in clear: needs KAFKA_SSL=true'));
    }
  } else if (env.KAFKA_SASL_USERNAME !== undefined || env.KAFKA_SASL_PASSWORD !== undefined) {
    problems.push(
      problem('KAFKA_SASL_MECHANISM', env, 'credentials are set: expected plain, scram-sha-256 or scram-sha-512'),
    );
  }
  if (problems.length > 0) throw configError(problems);
  return {
    brokers: env.KAFKA_BROKERS,
    ...(env.KAFKA_SSL ? { ssl: ca === undefined ? true : { ca: [ca] } } : {}),
    ...(mechanism && env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
      ? { sasl: { mechanism, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD } }
      : {}),
  };
}

export { port as portSchema };
