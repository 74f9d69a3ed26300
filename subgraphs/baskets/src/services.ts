import type { ServicesBuilder } from '@comptoir/kit';
import { parseEnv } from '@comptoir/kit/config';
import { z } from 'zod';
import { expireAnonymousBaskets } from './domain/basket-expiry.ts';

const basketsOwnEnv = z.object({
  /** As long as the basket cookie lives, by default. */
  ANONYMOUS_BASKET_TTL_DAYS: z.coerce.number().int().min(1).default(30),
});

/** The hourly sweep of abandoned anonymous baskets. */
export const basketsServices: ServicesBuilder<Record<string, never>> = async ({ rawEnv, orm }) => {
  const { ANONYMOUS_BASKET_TTL_DAYS: ttlDays } = parseEnv(basketsOwnEnv, rawEnv);
  return {
    services: {},
    tasks: [
      {
        name: 'anonymous-basket-expiry',
        everyMs: 3_600_000,
        run: () => expireAnonymousBaskets(orm.em.fork(), ttlDays),
      },
    ],
  };
};
