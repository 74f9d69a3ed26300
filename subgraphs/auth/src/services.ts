import type { ServicesBuilder } from '@comptoir/kit';
import { jwtClaimsVerifier } from '@comptoir/kit/auth';
import { parseEnv } from '@comptoir/kit/config';
import { z } from 'zod';
import { accessTokens } from './domain/access-tokens.ts';
import type { AuthServices } from './domain/context.ts';
import { loadSigningKey } from './domain/signing-key.ts';
import { attemptThrottle } from './domain/throttle.ts';
import { tokenEndpoints } from './http/token-endpoints.ts';

const authOwnEnv = z.object({
  AUTH_SIGNING_KEY: z.string().optional(),
  AUTH_SIGNING_KEY_FILE: z.string().optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  REGISTER_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  REGISTER_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
});

/** Key material, token issuing and sign-in throttling, built once when the subgraph starts. */
export const authServices: ServicesBuilder<AuthServices> = async ({ rawEnv, env, log, orm }) => {
  const own = parseEnv(authOwnEnv, rawEnv);
  const { key, origin } = await loadSigningKey({ ...own, NODE_ENV: env.NODE_ENV });
  log.info({ kid: key.kid, origin }, 'access tokens signed with this key');
  const tokens = accessTokens(key, { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE });
  const signInThrottle = attemptThrottle(orm, 'sign-in', {
    perAccount: own.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perClientIp: own.LOGIN_MAX_FAILURES_PER_IP,
    windowSeconds: own.LOGIN_LOCK_SECONDS,
  });
  const registrationThrottle = attemptThrottle(orm, 'register', {
    perAccount: own.REGISTER_MAX_PER_EMAIL,
    perClientIp: own.REGISTER_MAX_PER_IP,
    windowSeconds: own.LOGIN_LOCK_SECONDS,
  });
  return {
    services: { tokens, signInThrottle, registrationThrottle },
    // The auth subgraph checks its own tokens with the key it holds, not over HTTP.
    verifyClaims: jwtClaimsVerifier(tokens.verify),
    routes: (app) => tokenEndpoints(app, orm, tokens),
  };
};
