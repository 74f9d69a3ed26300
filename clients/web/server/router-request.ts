import type { Request } from 'express';
import type { TypedDocumentString } from '../src/generated/graphql.ts';

/** The request headers worth relaying to the router: the page's language and the browser. */
const relayedHeaders = ['accept-language', 'user-agent'] as const;

/**
 * Runs one of the storefront's generated operations at the router from the server (session and
 * one-click unsubscribe endpoints), by its text: the router knows it from the storefront's trusted
 * documents. Throws on a transport or GraphQL error; userErrors are the caller's to read.
 */
export async function routerRequest<TResult, TVariables>(
  routerUrl: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  incoming: Request,
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of relayedHeaders) {
    const value = incoming.get(name);
    if (value !== undefined) headers[name] = value;
  }
  // The shopper's address, for auth's sign-in throttle (the router believes it from trusted proxies).
  const forwardedFor = [incoming.get('x-forwarded-for'), incoming.socket.remoteAddress].filter(Boolean).join(', ');
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const response = await fetch(routerUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string }> };
  if (!body.data || body.errors?.length) {
    throw new Error(`router answered ${response.status}: ${body.errors?.map((error) => error.message).join('; ')}`);
  }
  return body.data;
}
