/**
 * Incoming headers a subgraph needs to act for the same caller, in the same trace and language:
 * the bearer token (subgraphs verify claims again), W3C trace context, and the storefront locale.
 */
const forwardedHeaders = ['authorization', 'traceparent', 'tracestate', 'accept-language'] as const;

/** Headers to add to a subgraph fetch made on behalf of an incoming request. */
export function propagatedHeaders(
  incoming: { get(name: string): string | null | undefined },
  requestId: string,
): [string, string][] {
  const headers: [string, string][] = [['x-request-id', requestId]];
  for (const name of forwardedHeaders) {
    const value = incoming.get(name);
    if (value) headers.push([name, value]);
  }
  return headers;
}
