import { createHash } from 'node:crypto';
import { type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { bearerToken } from '@comptoir/kit/auth';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RouterConcern } from '../concern.ts';
import type { RouterContext } from '../context.ts';
import { partnerTokenPrefix } from '../partner-token-exchange.ts';
import { costOf, defaultOperationLimits, type OperationLimits } from './operation-limits.ts';

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
 * Charges every operation the router is about to plan, by its cost (at least 1), to the buckets
 * of its caller: the client's address, and the signed-in user or the partner token. Past any
 * bucket's budget the request is answered 429 with `Retry-After` and `RATE_LIMITED`, before any
 * subgraph is called. Operations the operation limits refuse are not charged: they cost a parse.
 * `close` drops the Redis connection, if any, once no request is in flight.
 */
export function rateLimits(options: {
  limits?: Partial<RateLimits>;
  operationLimits?: Partial<OperationLimits>;
}): RouterConcern & { close(): void } {
  const { points, windowSeconds, redisUrl } = { ...defaultRateLimits, ...options.limits };
  const costLimits = { ...defaultOperationLimits, ...options.operationLimits };
  const budget = { keyPrefix: 'comptoir-router', points, duration: windowSeconds };
  const redis = redisUrl === undefined ? undefined : new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const buckets =
    redis === undefined
      ? new RateLimiterMemory(budget)
      : // While Redis cannot be reached, each replica keeps budgets of its own rather than refuse all.
        new RateLimiterRedis({ ...budget, storeClient: redis, insuranceLimiter: new RateLimiterMemory(budget) });
  return {
    close() {
      redis?.disconnect();
    },
    plugin: {
      async requestDidStart() {
        return {
          // The cost check's hook: the first where the cost is known, before any planning.
          async didResolveOperation(resolved) {
            // Bad variables or a cost past MAX_COST: the cost check refuses the operation, uncharged.
            let cost: number;
            try {
              cost = costOf(resolved, costLimits);
            } catch {
              return;
            }
            if (cost > costLimits.maxCost) return;
            const charge = Math.max(1, cost);
            const refusals = await Promise.all(
              bucketsOf(resolved).map((key) => buckets.consume(key, charge).then(() => undefined, refusedFor)),
            );
            const waitMs = Math.max(0, ...refusals.map((refusal) => refusal ?? 0));
            if (refusals.some((refusal) => refusal !== undefined)) throw rateLimited(waitMs);
          },
        };
      },
    },
  };
}

/** The buckets an operation is charged to; a partner token is its own caller, not its issuer's user. */
function bucketsOf({ contextValue, request }: GraphQLRequestContext<RouterContext>): string[] {
  const keys = [`address:${contextValue.clientAddress}`];
  const token = bearerToken(request.http?.headers.get('authorization'));
  if (token?.startsWith(partnerTokenPrefix)) {
    // Buckets may live in a shared store: they are keyed by a digest, never the token itself.
    keys.push(`partner:${createHash('sha256').update(token).digest('base64url')}`);
  } else if (contextValue.claims) {
    keys.push(`user:${contextValue.claims.sub}`);
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
