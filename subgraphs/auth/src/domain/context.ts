import type { RequestContext } from '@comptoir/kit';
import type { AccessTokens } from './access-tokens.ts';
import type { AttemptThrottle } from './throttle.ts';

/** The auth subgraph's process-level services. */
export interface AuthServices {
  tokens: AccessTokens;
  /** Password and second-factor checks: sign-in, changing the password, turning two-factor off. */
  signInThrottle: AttemptThrottle;
  /** Registrations, so EMAIL_TAKEN cannot enumerate accounts faster than sign-in could. */
  registrationThrottle: AttemptThrottle;
}

/** The request context as the auth subgraph sees it. */
export type AuthContext = RequestContext<AuthServices>;
