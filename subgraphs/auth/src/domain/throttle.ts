import { createHash } from 'node:crypto';
import { postgresRateLimiter, UserInputError } from '@comptoir/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts attempts per account and per client address. An attempt is counted before the secret is
 * checked, in one atomic statement per key, so concurrent attempts (aliases of one request
 * included) cannot all slip under the limit.
 */
export interface AttemptThrottle {
  /** Counts one attempt; throws TOO_MANY_ATTEMPTS when the account or the address is over its limit. */
  attempt(account: string, clientIp: string): Promise<void>;
  /** The attempt was not a wrong guess: it stops counting, and the account's failures are forgiven. */
  succeeded(account: string, clientIp: string): Promise<void>;
  /** The attempt was not a guess at all (e.g. a second factor is still needed): it stops counting. */
  refund(account: string, clientIp: string): Promise<void>;
}

export interface ThrottleLimits {
  /** Attempts per account (an email, known or not) within the window before it is locked. */
  perAccount: number;
  /** Attempts per client address within the window before it is locked. */
  perClientIp: number;
  windowSeconds: number;
}

export function tooManyAttempts(retryAfterMs: number): UserInputError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new UserInputError('TOO_MANY_ATTEMPTS', {
    en: `Too many attempts. Try again in ${minutes} min.`,
    fr: `Trop de tentatives. Réessayez dans ${minutes} min.`,
  });
}

/**
 * A throttle shared by every replica through PostgreSQL (the `login_throttle` table), its keys
 * prefixed by `name`. Unknown emails are counted like real ones, so a lock reveals nothing about
 * which accounts exist.
 */
export function attemptThrottle(orm: MikroORM, name: string, limits: ThrottleLimits): AttemptThrottle {
  const limiter = (key: string, points: number) =>
    postgresRateLimiter(orm, {
      schema: 'auth',
      table: 'login_throttle',
      keyPrefix: `${name}-${key}`,
      points,
      durationSeconds: limits.windowSeconds,
      blockDurationSeconds: limits.windowSeconds,
    });
  const byAccount = limiter('account', limits.perAccount);
  const byClientIp = limiter('ip', limits.perClientIp);
  // Accounts are keyed by a digest: whatever the caller sends as an email, the key fits its column.
  const keyOf = (account: string) => createHash('sha256').update(account).digest('base64url');

  return {
    async attempt(account, clientIp) {
      const counted = await Promise.allSettled([byAccount.consume(keyOf(account)), byClientIp.consume(clientIp)]);
      const refusals = counted.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
      if (refusals.length === 0) return;
      const refusal = refusals.find((reason) => !(reason instanceof RateLimiterRes));
      if (refusal) throw refusal; // the store failed: no attempt goes unchecked
      throw tooManyAttempts(Math.max(...refusals.map((reason: RateLimiterRes) => reason.msBeforeNext)));
    },
    async succeeded(account, clientIp) {
      await Promise.all([byAccount.delete(keyOf(account)), byClientIp.reward(clientIp, 1)]);
    },
    async refund(account, clientIp) {
      await Promise.all([byAccount.reward(keyOf(account), 1), byClientIp.reward(clientIp, 1)]);
    },
  };
}
