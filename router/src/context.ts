import type { Claims } from '@comptoir/kit';
import type { Logger } from '@comptoir/kit/logger';

/** What every resolver, plugin and subgraph fetch of one GraphQL request can rely on. */
export type RouterContext = {
  requestId: string;
  /** The router logger bound to this request's id. */
  log: Logger;
  /** Who is calling, verified by authentication(); null for an anonymous caller. */
  claims: Claims | null;
  /** The verified JWT that subgraphs receive as the caller's bearer token (for partners: the exchanged one). */
  accessToken?: string;
  /** The address of the peer connected to the router, appended to `x-forwarded-for`. */
  clientAddress: string | undefined;
  /** The anonymous shopper's basket token (x-basket-token header or web cookie), relayed to subgraphs. */
  basketToken?: string;
  /** A basket token a subgraph issued (or revoked, null) during this request, for the web cookie. */
  basketCookie?: { token: string | null };
};
