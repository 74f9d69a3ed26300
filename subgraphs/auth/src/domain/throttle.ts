import { postgresRateLimiter } from '@comptoir/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginThrottle {
  /** Milliseconds until this account or address may try again; 0 when it may now. */
  retryAfterMs(account: string, clientIp: string): Promise<number>;
  recordFailure(account: string, clientIp: string): Promise<void>;
  recordSuccess(account: string): Promise<void>;
}

export interface ThrottleLimits {
  /** Failures per account (email, known or not) within the window before it is locked. */
  perAccount: number;
  /** Failures per client address within the window before it is locked. */
  perClientIp: number;
  windowSeconds: number;
}

/**
 * Brute-force protection for sign-in, shared by every replica through PostgreSQL. Unknown emails
 * are counted like real ones, so the lock reveals nothing about which accounts exist.
 */
export async function loginThrottle(orm: MikroORM, schema: string, limits: ThrottleLimits): Promise<LoginThrottle> {
  const limiter = (keyPrefix: string, points: number) =>
    postgresRateLimiter(orm, {
      schema,
      table: 'login_throttle',
      keyPrefix,
      points,
      durationSeconds: limits.windowSeconds,
      blockDurationSeconds: limits.windowSeconds,
    });
  const byAccount = limiter('account', limits.perAccount);
  const byClientIp = limiter('ip', limits.perClientIp);

  const blockedFor = (result: RateLimiterRes | null, points: number) =>
    result && result.consumedPoints >= points ? result.msBeforeNext : 0;

  return {
    async retryAfterMs(account, clientIp) {
      const [accountState, ipState] = await Promise.all([byAccount.get(account), byClientIp.get(clientIp)]);
      return Math.max(blockedFor(accountState, limits.perAccount), blockedFor(ipState, limits.perClientIp));
    },
    async recordFailure(account, clientIp) {
      // penalty() counts without rejecting: the caller already answers with a generic error.
      await Promise.all([byAccount.penalty(account), byClientIp.penalty(clientIp)]);
    },
    async recordSuccess(account) {
      await byAccount.delete(account);
    },
  };
}
