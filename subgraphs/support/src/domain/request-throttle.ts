import { postgresRateLimiter, UserInputError } from '@comptoir/kit';
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

/**
 * Limits on a public form that makes Comptoir write to an address (contact, newsletter sign-up):
 * per client address, and per email so no one can make Comptoir flood someone else's mailbox.
 */
export interface RequestThrottle {
  /** Takes one request of this address and email; RATE_LIMITED when either is spent. */
  consume(email: string, clientIp: string): Promise<void>;
}

export interface RequestLimits {
  perEmail: number;
  perClientIp: number;
  windowSeconds: number;
}

/** A form's limits (`form` names its counters), shared by every replica through PostgreSQL. */
export async function requestThrottle(
  orm: MikroORM,
  schema: string,
  form: string,
  limits: RequestLimits,
): Promise<RequestThrottle> {
  const limiter = (keyPrefix: string, points: number) =>
    postgresRateLimiter(orm, {
      schema,
      table: 'contact_throttle',
      keyPrefix,
      points,
      durationSeconds: limits.windowSeconds,
    });
  const byClientIp = limiter(`${form}-ip`, limits.perClientIp);
  const byEmail = limiter(`${form}-email`, limits.perEmail);

  const refused = (error: unknown): never => {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, error.msBeforeNext));
    throw error;
  };
  return {
    async consume(email, clientIp) {
      // consume() counts atomically in the store, so concurrent requests cannot overshoot.
      try {
        await byClientIp.consume(clientIp);
      } catch (error) {
        refused(error);
      }
      try {
        await byEmail.consume(email.toLowerCase());
      } catch (error) {
        // Refused for the email: the address keeps the point it would have spent.
        await byClientIp.reward(clientIp);
        refused(error);
      }
    },
  };
}

/** Too many requests: the payload says when to try again. */
export class RateLimitedError extends UserInputError {
  readonly retryAfterSeconds: number;

  constructor(waitMs: number) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    super('RATE_LIMITED', {
      en: `Too many requests. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      fr: `Trop de demandes. Veuillez réessayer dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    });
    this.retryAfterSeconds = Math.ceil(waitMs / 1000);
  }
}
