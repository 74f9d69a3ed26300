import { propagatedByTracing } from '@comptoir/kit/trace-context';
import type { Request } from 'express';
import proxyaddr from 'proxy-addr';
import type { RouterConcern } from '../concern.ts';

export type PropagationContext = {
  /**
   * The client's address: the rightmost `x-forwarded-for` hop not sent by a trusted proxy (the
   * socket's peer when it is not one). Rate limits and subgraphs' throttles key on it.
   */
  clientAddress: string;
  /** The `x-forwarded-for` chain relayed to subgraphs, ending with `clientAddress`. */
  forwardedFor: string;
};

/**
 * What a subgraph needs to act in the same trace and language: W3C trace context and the locale.
 * With tracing on, the trace context is the router's own span's, written by the fetch instrumentation.
 */
const forwardedHeaders = ['traceparent', 'tracestate', 'accept-language'] as const;

const propagations = new WeakMap<Request, PropagationContext>();

/**
 * Relays to every subgraph the client's trace context and language, and the `x-forwarded-for`
 * chain ending with the client's address: subgraphs take its last hop as the caller. Hops are
 * believed only from `trustedProxies` (addresses, CIDRs, or proxy-addr's names such as
 * `loopback`); none by default. Credentials are not relayed as sent: the authentication concern
 * forwards the token it verified.
 */
export function propagateHeaders(trustedProxies: readonly string[] = []): RouterConcern {
  const trusted = proxyaddr.compile([...trustedProxies]);
  return {
    // First of all on /graphql: the rate limits refuse a client by its address before anything else.
    onGraphqlRequest(req, _res, next) {
      // From the socket's peer back to the first hop (proxy-addr's order), every hop claimed...
      const claimed = proxyaddr.all(req).map(withoutIpv4Mapping);
      // ...and up to the client, the hops the trusted proxies vouch for.
      const vouched = proxyaddr.all(req, trusted).length;
      const chain = claimed.slice(vouched - 1).reverse();
      propagations.set(req, { clientAddress: chain.at(-1) as string, forwardedFor: chain.join(', ') });
      next();
    },
    context: propagationOf,
    onSubgraphRequest({ incoming, context, headers }) {
      headers.set('x-forwarded-for', context.forwardedFor);
      for (const name of forwardedHeaders) {
        const value = incoming.get(name);
        if (value && !propagatedByTracing(name)) headers.set(name, value);
      }
    },
  };
}

/** Where `req` comes from, once the header propagation concern has read it. */
export function propagationOf(req: Request): PropagationContext {
  const read = propagations.get(req);
  if (read === undefined) throw new Error('the header propagation concern must run before propagationOf()');
  return read;
}

/** A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; proxies write them as a.b.c.d. */
function withoutIpv4Mapping(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

/** Whether proxy-addr takes `entry` as a trusted proxy: an IP, a CIDR or one of its names. */
export function isProxyAddress(entry: string): boolean {
  try {
    proxyaddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}
