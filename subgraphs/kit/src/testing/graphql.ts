import { routerCredentialHeader, signRouterCredential } from '../auth/router-credential.ts';

/** POSTs a GraphQL operation and returns the parsed response (errors included, never thrown). */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

/** POSTs a GraphQL request straight to a subgraph, signed with `secret` as the router signs it. */
export function postGraphQLAsRouter<T = Record<string, unknown>>(
  url: string,
  secret: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): ReturnType<typeof postGraphQL<T>> {
  const credential = signRouterCredential(secret, { authorization: headers.authorization, query, variables });
  return postGraphQL<T>(url, query, variables, { ...headers, [routerCredentialHeader]: credential });
}
