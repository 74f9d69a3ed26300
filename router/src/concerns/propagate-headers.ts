import type { RouterConcern } from '../concern.ts';

export type PropagationContext = {
  /** The address of the peer connected to the router, appended to `x-forwarded-for`. */
  clientAddress: string | undefined;
};

/** What a subgraph needs to act in the same trace and language: W3C trace context and the locale. */
const forwardedHeaders = ['traceparent', 'tracestate', 'accept-language'] as const;

/**
 * Relays to every subgraph the client's trace context and language, and the `x-forwarded-for`
 * chain ending with the peer the router saw. Credentials are not relayed as sent: the
 * authentication concern forwards the token it verified.
 */
export function propagateHeaders(): RouterConcern {
  return {
    context: (req) => ({ clientAddress: req.socket.remoteAddress }),
    onSubgraphRequest({ incoming, context, headers }) {
      const forwardedFor = forwardedForChain(incoming.get('x-forwarded-for'), context.clientAddress);
      if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
      for (const name of forwardedHeaders) {
        const value = incoming.get(name);
        if (value) headers.set(name, value);
      }
    },
  };
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
