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
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const value = env[variable];
    return value === undefined
      ? `${variable} is missing (${issue.message})`
      : `${variable}=${JSON.stringify(secretVariable.test(variable) ? '***' : withoutPassword(value))} is invalid: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
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
  );

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

/** Variables of a subgraph process: HTTP port, its database and (optionally) the Kafka brokers. */
export const subgraphEnv = z.object({
  ...commonEnv,
  PORT: port.optional(),
  /** `/metrics` only, never on PORT; unset: PORT + 5400 (or a free port when PORT is unset or 0). */
  METRICS_PORT: port.optional(),
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  KAFKA_BROKERS: brokerList.optional(),
  KAFKA_CLIENT_ID: z.string().default('comptoir'),
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

export { port as portSchema };
