import type { RequestContext } from '@comptoir/kit';
import type { AccessTokens } from './access-tokens.ts';
import type { LoginThrottle } from './throttle.ts';

/** The auth subgraph's process-level services. */
export interface AuthServices {
  tokens: AccessTokens;
  throttle: LoginThrottle;
}

/** The request context as the auth subgraph sees it. */
export type AuthContext = RequestContext<AuthServices>;
