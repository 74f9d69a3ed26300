import { postgresRateLimiter } from '@comptoir/kit';
import { defineEntity, p } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterRes } from 'rate-limiter-flexible';

/** rate-limiter-flexible's PostgreSQL store, created by our migration. */
export const ContactThrottleRow = defineEntity({
  name: 'ContactThrottleRow',
  tableName: 'contact_throttle',
  properties: {
    key: p.string().primary(),
    points: p.integer().default(0),
    expire: p.bigint('number').nullable(),
  },
});

export interface ContactThrottle {
  /** Takes one request of this address and email; milliseconds to wait when either is spent, else 0. */
  consume(email: string, clientIp: string): Promise<number>;
}

export interface ContactLimits {
  perEmail: number;
  perClientIp: number;
  windowSeconds: number;
}

/** The contact form's limits, per client address and per email, shared by every replica through PostgreSQL. */
export async function contactThrottle(orm: MikroORM, schema: string, limits: ContactLimits): Promise<ContactThrottle> {
  const limiter = (keyPrefix: string, points: number) =>
    postgresRateLimiter(orm, {
      schema,
      table: 'contact_throttle',
      keyPrefix,
      points,
      durationSeconds: limits.windowSeconds,
    });
  const byClientIp = limiter('contact-ip', limits.perClientIp);
  const byEmail = limiter('contact-email', limits.perEmail);

  const refused = (error: unknown) => {
    if (error instanceof RateLimiterRes) return Math.max(1, error.msBeforeNext);
    throw error;
  };
  return {
    async consume(email, clientIp) {
      // consume() counts atomically in the store, so concurrent requests cannot overshoot.
      try {
        await byClientIp.consume(clientIp);
      } catch (error) {
        return refused(error);
      }
      try {
        await byEmail.consume(email.toLowerCase());
        return 0;
      } catch (error) {
        // Refused for the email: the address keeps the point it would have spent.
        await byClientIp.reward(clientIp);
        return refused(error);
      }
    },
  };
}
