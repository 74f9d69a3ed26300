import { basketTokenHeader } from './basket-cookie.ts';
import type { RouterContext } from './context.ts';

/**
 * Incoming headers a subgraph needs to act in the same trace and language: W3C trace context and
 * the storefront locale. The caller's Authorization header is never relayed as sent: subgraphs get
 * the access token authentication() verified (for a partner, the exchanged JWT).
 */
const forwardedHeaders = ['traceparent', 'tracestate', 'accept-language'] as const;

/** Headers to add to a subgraph fetch made on behalf of an incoming request. */
export function propagatedHeaders(
  incoming: { get(name: string): string | null | undefined },
  context: Pick<RouterContext, 'requestId' | 'accessToken' | 'clientAddress' | 'basketToken'>,
): [string, string][] {
  const headers: [string, string][] = [['x-request-id', context.requestId]];
  if (context.accessToken !== undefined) headers.push(['authorization', `Bearer ${context.accessToken}`]);
  if (context.basketToken !== undefined) headers.push([basketTokenHeader, context.basketToken]);
  const forwardedFor = forwardedForChain(incoming.get('x-forwarded-for'), context.clientAddress);
  if (forwardedFor) headers.push(['x-forwarded-for', forwardedFor]);
  for (const name of forwardedHeaders) {
    const value = incoming.get(name);
    if (value) headers.push([name, value]);
  }
  return headers;
}

/**
 * The proxies' chain plus the peer the router saw, as every proxy does. Only that last hop is the
 * router's own observation; earlier entries are whatever the caller claimed.
 */
function forwardedForChain(incoming: string | null | undefined, clientAddress: string | undefined): string {
  const hops = incoming ? [incoming] : [];
  // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; proxies write them as a.b.c.d.
  if (clientAddress) hops.push(clientAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ''));
  return hops.join(', ');
}
