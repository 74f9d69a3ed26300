import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { authEnv, ConfigError, commonEnv, parseEnv, portSchema, sharedSecret } from '@comptoir/kit/config';
import { metricsPortFor } from '@comptoir/kit/metrics';
import { z } from 'zod';
import type { AuthSettings } from './auth-service.ts';
import { type AdmissionBounds, defaultAdmissionBounds } from './concerns/admission.ts';
import { defaultOperationLimits as limitDefaults, type OperationLimits } from './concerns/operation-limits.ts';
import { isProxyAddress } from './concerns/propagate-headers.ts';
import { defaultRateLimits, type RateLimits } from './concerns/rate-limits.ts';
import { type CallerKind, callerKinds, defaultArbitraryOperationCallers } from './concerns/trusted-documents.ts';
import { defaultHeapGrowingPercent } from './heap-growth.ts';
import { isHttpUrl } from './subgraph-urls.ts';
import { defaultTrustedDocumentsDir } from './trusted-document-manifests.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const httpUrl = z.string().refine(isHttpUrl, 'expected an http(s) URL');

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const routerEnv = z.object({
  ...commonEnv,
  ...authEnv,
  // Unlike the kit's fixed default, an unset JWKS URL follows AUTH_URL, itself defaulting to the
  // supergraph's auth subgraph (see locateAuthService).
  AUTH_URL: httpUrl.optional(),
  AUTH_JWKS_URL: authEnv.AUTH_JWKS_URL.unwrap().optional(),
  PORT: portSchema.default(4000),
  /** `/metrics` only; default PORT + 5400 (9400). */
  METRICS_PORT: portSchema.optional(),
  SUPERGRAPH_PATH: z.string().min(1).default(resolve(repoRoot, 'schema/supergraph.graphql')),
  WEB_DIST_DIR: z.string().min(1).default(resolve(repoRoot, 'clients/web/dist')),
  MAX_DEPTH: limit(limitDefaults.maxDepth),
  MAX_ALIASES: limit(limitDefaults.maxAliases),
  MAX_DIRECTIVES: limit(limitDefaults.maxDirectives),
  MAX_TOKENS: limit(limitDefaults.maxTokens),
  MAX_COST: limit(limitDefaults.maxCost),
  DEFAULT_LIST_SIZE: limit(limitDefaults.defaultListSize),
  MAX_BODY_BYTES: limit(limitDefaults.maxBodyBytes),
  /** The fewest and the most GraphQL requests worked on at once; the limit moves between them. */
  ADMISSION_MIN_IN_FLIGHT: limit(defaultAdmissionBounds.minInFlight),
  ADMISSION_MAX_IN_FLIGHT: limit(defaultAdmissionBounds.maxInFlight),
  /** How far, in percent, the old generation grows between full collections (see heap-growth.ts). */
  ROUTER_HEAP_GROWING_PERCENT: z.coerce.number().int().min(10).max(400).default(defaultHeapGrowingPercent),
  RATE_LIMIT_POINTS: limit(defaultRateLimits.points),
  RATE_LIMIT_WINDOW_SECONDS: limit(defaultRateLimits.windowSeconds),
  /** Where replicas share their budgets, e.g. redis://redis:6379; unset: each router its own. */
  RATE_LIMIT_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Comma-separated IPs or CIDRs whose X-Forwarded-For is believed; empty: none. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isProxyAddress), 'expected a comma-separated list of IP addresses or CIDRs'),
  /** Signs every subgraph request; one of the secrets the subgraphs accept (unset: they refuse all). */
  ROUTER_SUBGRAPH_SECRET: sharedSecret.optional(),
  /** The folder of the clients' trusted documents manifests. */
  TRUSTED_DOCUMENTS_DIR: z.string().min(1).default(defaultTrustedDocumentsDir),
  /** In production, the caller kinds who may send documents that are not trusted; `none`: nobody. */
  ROUTER_ALLOW_ARBITRARY_OPERATIONS: z
    .string()
    .default(defaultArbitraryOperationCallers.join(','))
    .transform((list) => (list.trim() === 'none' ? [] : list.split(',').map((kind) => kind.trim())))
    .refine(
      (kinds): kinds is CallerKind[] => kinds.every((kind) => (callerKinds as readonly string[]).includes(kind)),
      `expected "none" or a comma-separated list of ${callerKinds.join(', ')}`,
    ),
});

const subgraphUrlVariable = /^SUBGRAPH_(.+)_URL$/;

export type RouterConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  host: string;
  port: number;
  metricsPort: number;
  supergraphPath: string;
  webDistDir: string;
  /** Subgraph URL overrides keyed by the NAME of their `SUBGRAPH_<NAME>_URL` variable. */
  subgraphUrlOverrides: Record<string, string>;
  auth: AuthSettings;
  operationLimits: OperationLimits;
  admission: AdmissionBounds;
  heapGrowingPercent: number;
  rateLimits: RateLimits;
  trustedProxies: string[];
  subgraphSecret: string | undefined;
  trustedDocumentsDir: string;
  arbitraryOperationCallers: CallerKind[];
};

/**
 * Reads the router's configuration from the environment and the command line
 * (`--supergraph <file>` wins over SUPERGRAPH_PATH). Throws a ConfigError naming the culprit.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): RouterConfig {
  const parsed = parseEnv(routerEnv, env);
  const overrideVariables = Object.keys(env).filter((name) => subgraphUrlVariable.test(name));
  const overrides = parseEnv(z.object(Object.fromEntries(overrideVariables.map((name) => [name, httpUrl]))), env);
  const flags = parseFlags(argv);
  if (parsed.ADMISSION_MIN_IN_FLIGHT > parsed.ADMISSION_MAX_IN_FLIGHT) {
    throw new ConfigError(
      `ADMISSION_MIN_IN_FLIGHT=${parsed.ADMISSION_MIN_IN_FLIGHT} is above ADMISSION_MAX_IN_FLIGHT=${parsed.ADMISSION_MAX_IN_FLIGHT}`,
    );
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    host: parsed.HOST,
    port: parsed.PORT,
    metricsPort: metricsPortFor(parsed.PORT, parsed.METRICS_PORT),
    supergraphPath: resolve(flags.supergraph ?? parsed.SUPERGRAPH_PATH),
    webDistDir: resolve(parsed.WEB_DIST_DIR),
    subgraphUrlOverrides: Object.fromEntries(
      Object.entries(overrides).map(([name, url]) => [name.replace(subgraphUrlVariable, '$1'), url]),
    ),
    auth: {
      url: parsed.AUTH_URL,
      jwksUrl: parsed.AUTH_JWKS_URL,
      issuer: parsed.AUTH_ISSUER,
      audience: parsed.AUTH_AUDIENCE,
    },
    operationLimits: {
      maxDepth: parsed.MAX_DEPTH,
      maxAliases: parsed.MAX_ALIASES,
      maxDirectives: parsed.MAX_DIRECTIVES,
      maxTokens: parsed.MAX_TOKENS,
      maxCost: parsed.MAX_COST,
      defaultListSize: parsed.DEFAULT_LIST_SIZE,
      maxBodyBytes: parsed.MAX_BODY_BYTES,
    },
    admission: { minInFlight: parsed.ADMISSION_MIN_IN_FLIGHT, maxInFlight: parsed.ADMISSION_MAX_IN_FLIGHT },
    heapGrowingPercent: parsed.ROUTER_HEAP_GROWING_PERCENT,
    rateLimits: {
      points: parsed.RATE_LIMIT_POINTS,
      windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
      ...(parsed.RATE_LIMIT_REDIS_URL ? { redisUrl: parsed.RATE_LIMIT_REDIS_URL } : {}),
    },
    trustedProxies: parsed.TRUSTED_PROXIES,
    subgraphSecret: parsed.ROUTER_SUBGRAPH_SECRET,
    trustedDocumentsDir: resolve(parsed.TRUSTED_DOCUMENTS_DIR),
    arbitraryOperationCallers: parsed.ROUTER_ALLOW_ARBITRARY_OPERATIONS,
  };
}

function parseFlags(argv: string[]): { supergraph?: string } {
  try {
    return parseArgs({ args: argv, options: { supergraph: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    throw new ConfigError(`invalid arguments: ${(error as Error).message} (usage: router [--supergraph <file>])`);
  }
}
