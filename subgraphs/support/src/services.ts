import type { ServicesBuilder } from '@comptoir/kit';
import { parseEnv } from '@comptoir/kit/config';
import { z } from 'zod';
import { contactThrottle } from './domain/contact-throttle.ts';
import type { SupportServices } from './domain/context.ts';

const supportOwnEnv = z.object({
  SUPPORT_CONTACT_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  SUPPORT_CONTACT_MAX_PER_IP: z.coerce.number().int().min(1).default(5),
  SUPPORT_CONTACT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
});

/** The contact form's rate limits, built once when the subgraph starts. */
export const supportServices: ServicesBuilder<SupportServices> = async ({ rawEnv, orm }) => {
  const own = parseEnv(supportOwnEnv, rawEnv);
  const services = {
    contactThrottle: await contactThrottle(orm, 'support', {
      perEmail: own.SUPPORT_CONTACT_MAX_PER_EMAIL,
      perClientIp: own.SUPPORT_CONTACT_MAX_PER_IP,
      windowSeconds: own.SUPPORT_CONTACT_WINDOW_SECONDS,
    }),
  };
  return { services };
};
