import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { Claims } from '@comptoir/kit';
import { bearerToken } from '@comptoir/kit/auth';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RouterConcern } from '../concern.ts';
import { partnerTokenPrefix } from '../partner-token-exchange.ts';
import { answerRefusal } from '../refusal.ts';
import { authenticationOf } from './authentication.ts';
import { MemoryBuckets } from './memory-buckets.ts';
import { costOf, defaultOperationLimits, type OperationLimits } from './operation-limits.ts';
import { propagationOf } from './propagate-headers.ts';

/** Each bucket's budget and where buckets live; the RATE_LIMIT_* variables (config.ts). */
export type RateLimits = {
  /** Cost points a bucket may spend per window: the objects its operations may return. */
  points: number;
  windowSeconds: number;
  /** The Redis server replicas share their buckets in; unset: this router's memory alone. */
  redisUrl?: string;
};

export const defaultRateLimits: RateLimits = { points: 100_000, windowSeconds: 60 };

/**
 * The most buckets one router keeps in its memory, about 13 MB of them: a router on one core serves
 * a few hundred callers a second, so a minute's window holds a fraction of this. Past it the
 * bucket charged least recently is forgotten.
 */
const memoryBucketsKept = 100_000;
/** How often buckets whose window has ended are dropped: every window, at least once a minute. */
const sweepAtMostMs = 60_000;

/**
 * Charges every operation the router is about to plan, by its cost (at least 1), to the buckets
 * of its caller: the client's address, and the signed-in user or the partner token. Past any
 * bucket's budget the request is answered 429 with `Retry-After` and `RATE_LIMITED`, before any
 * subgraph is called. An operation the operation limits refuse is charged as the costliest one
 * they allow (MAX_COST): abuse spends a budget fast, and a client whose address has spent its
 * budget is refused before its credential is checked or its body read, the cheapest answer the
 * router has. `close` stops sweeping and drops the Redis connection, if any, once no request is
 * in flight.
 */
export function rateLimits(options: {
  limits?: Partial<RateLimits>;
  operationLimits?: Partial<OperationLimits>;
}): RouterConcern & { close(): void; chargeRefusal(req: Request): Promise<void> } {
  const { points, windowSeconds, redisUrl } = { ...defaultRateLimits, ...options.limits };
  const costLimits = { ...defaultOperationLimits, ...options.operationLimits };
  const budget = { keyPrefix: 'comptoir-router', points, duration: windowSeconds };
  const redis = redisUrl === undefined ? undefined : new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const inMemory = new MemoryBuckets({ ...budget, maxBuckets: memoryBucketsKept });
  const sweep = setInterval(() => inMemory.purgeExpired(), Math.min(windowSeconds * 1000, sweepAtMostMs)).unref();
  const buckets =
    redis === undefined
      ? inMemory
      : new RateLimiterRedis({
          ...budget,
          storeClient: redis,
          // A spent bucket is remembered here until its window ends: no Redis call per refusal.
          inMemoryBlockOnConsumed: points,
          // While Redis cannot be reached, each replica keeps budgets of its own rather than refuse all.
          insuranceLimiter: inMemory,
        });
  /** Charges `cost` to every bucket in `keys`; the longest wait among those past their budget, if any. */
  async function charge(keys: readonly string[], cost: number): Promise<number | undefined> {
    const refusals = await Promise.all(keys.map((key) => buckets.consume(key, cost).then(() => undefined, refusedFor)));
    const spent = refusals.filter((refusal) => refusal !== undefined);
    return spent.length === 0 ? undefined : Math.max(...spent);
  }
  const penalty = costLimits.maxCost;
  return {
    close() {
      clearInterval(sweep);
      redis?.disconnect();
    },
    async chargeRefusal(req) {
      const { claims } = authenticationOf(req);
      await charge(bucketsOf(propagationOf(req).clientAddress, claims, req.get('authorization')), penalty);
    },
    // Ahead of authentication and body parsing, with nothing charged: only whether the address may go on.
    onGraphqlRequest(req, res, next) {
      charge([addressBucket(propagationOf(req).clientAddress)], 0).then(
        (waitMs) => (waitMs === undefined ? next() : answerRefusal(req, res, rateLimited(waitMs))),
        next,
      );
    },
    plugin: {
      async requestDidStart() {
        return {
          // The cost check's hook: the first where the cost is known, before any planning.
          async didResolveOperation(resolved) {
            // Bad variables, refused by execution or the cost check: uncharged.
            let cost: number | undefined;
            try {
              cost = costOf(resolved, costLimits);
            } catch {
              return;
            }
            if (cost === undefined) return;
            const { contextValue, request } = resolved;
            const keys = bucketsOf(
              contextValue.clientAddress,
              contextValue.claims,
              request.http?.headers.get('authorization'),
            );
            // Past MAX_COST the cost check refuses the operation; it is charged as abuse.
            if (cost > costLimits.maxCost) {
              await charge(keys, penalty);
              return;
            }
            const waitMs = await charge(keys, Math.max(1, cost));
            if (waitMs !== undefined) throw rateLimited(waitMs);
          },
        };
      },
    },
  };
}

const addressBucket = (address: string) => `address:${address}`;

/** The buckets an operation is charged to; a partner token is its own caller, not its issuer's user. */
function bucketsOf(clientAddress: string, claims: Claims | null, authorization: string | null | undefined): string[] {
  const keys = [addressBucket(clientAddress)];
  const token = bearerToken(authorization ?? undefined);
  if (token?.startsWith(partnerTokenPrefix)) {
    // Buckets may live in a shared store: they are keyed by a digest, never the token itself.
    keys.push(`partner:${createHash('sha256').update(token).digest('base64url')}`);
  } else if (claims) {
    keys.push(`user:${claims.sub}`);
  }
  return keys;
}
/** A bucket's refusal: the milliseconds until it has room again. Store failures stay errors. */
function refusedFor(rejection: unknown): number {
  if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
  throw rejection;
}

function rateLimited(waitMs: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new GraphQLError(`Rate limit exceeded: retry in ${retryAfter} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}
