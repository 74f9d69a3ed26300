import { routerCredentialHeader, signRouterCredential } from '@comptoir/kit/auth';
import type { RouterConcern } from '../concern.ts';

/**
 * Proves to every subgraph that a request comes from the router: an HMAC over the time, the
 * forwarded Authorization and the operation, with the secret the subgraphs accept. Must come
 * after every concern that sets the Authorization header.
 */
export function subgraphCredential(secret: string | undefined): RouterConcern {
  if (secret === undefined) return {};
  return {
    onSubgraphRequest({ headers, operation }) {
      const authorization = headers.get('authorization') ?? undefined;
      headers.set(routerCredentialHeader, signRouterCredential(secret, { authorization, ...operation }));
    },
  };
}
