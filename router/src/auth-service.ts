/** Settings for reaching the auth subgraph and checking its tokens (AUTH_* variables). */
export type AuthSettings = {
  /** Base URL of the auth subgraph's HTTP endpoints (AUTH_URL). Default: its supergraph URL minus `/graphql`. */
  url?: string;
  /** AUTH_JWKS_URL. Default: `<url>/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** What access tokens must carry in `iss` and `aud`. */
  issuer: string;
  audience: string;
};

/** Where the router exchanges partner tokens and fetches signing keys; undefined when it cannot tell. */
export type AuthService = { url: string | undefined; jwksUrl: string | undefined };

/** The subgraph that issues tokens, by its name in the supergraph. */
const authSubgraph = 'auth';

/**
 * Locates the auth subgraph: explicit settings first, else the auth subgraph's resolved URL
 * (after any SUBGRAPH_AUTH_URL override) without its trailing `/graphql`.
 */
export function locateAuthService(
  settings: Pick<AuthSettings, 'url' | 'jwksUrl'>,
  subgraphUrls: ReadonlyMap<string, string>,
): AuthService {
  const url = (settings.url ?? subgraphUrls.get(authSubgraph)?.replace(/\/graphql\/?$/, ''))?.replace(/\/$/, '');
  return { url, jwksUrl: settings.jwksUrl ?? (url === undefined ? undefined : `${url}/.well-known/jwks.json`) };
}
