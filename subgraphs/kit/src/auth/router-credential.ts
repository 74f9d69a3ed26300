import { createHash, createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The header carrying the router's proof on every subgraph request. */
export const routerCredentialHeader = 'x-router-credential';

/** How long a credential stays valid after the router signed it (and how far clocks may drift). */
export const routerCredentialMaxAgeSeconds = 60;

/** What the credential covers: the caller's token and the operation, so neither can be swapped. */
export type SignedRequest = {
  authorization: string | undefined;
  query: string;
  variables: Record<string, unknown> | null | undefined;
  /** The variables exactly as the request's body serializes them, when the signer has them: spares serializing them again. */
  variablesJson?: string | undefined;
};

/**
 * The router's credential for one subgraph request: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * the time, the Authorization header, the query and the variables, keyed by the shared secret.
 */
export function signRouterCredential(secret: string, request: SignedRequest, now = Date.now()): string {
  const time = Math.floor(now / 1000);
  return `t=${time},v1=${mac(secret, time, request).toString('hex')}`;
}

/**
 * True when `credential` was signed for this very request, less than a minute ago, by any of the
 * accepted secrets (several during a rotation).
 */
export function isValidRouterCredential(
  secrets: readonly string[],
  credential: string | undefined,
  request: SignedRequest,
  now = Date.now(),
): boolean {
  const parsed = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(credential ?? '');
  if (!parsed) return false;
  const time = Number(parsed[1]);
  if (Math.abs(now / 1000 - time) > routerCredentialMaxAgeSeconds) return false;
  const presented = Buffer.from(parsed[2] as string, 'hex');
  return secrets.some((secret) => timingSafeEqual(mac(secret, time, request), presented));
}

/**
 * Refuses, with 401 and before anything executes, a `/graphql` request that does not carry a
 * valid router credential for its parsed JSON body. Mount it after the body parser.
 */
export function requireRouterCredential(secrets: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const operation =
      typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string'
        ? { query: body.query, variables: 'variables' in body ? (body.variables as SignedRequest['variables']) : null }
        : undefined;
    const signed =
      operation !== undefined &&
      isValidRouterCredential(secrets, req.header(routerCredentialHeader), {
        authorization: req.header('authorization'),
        ...operation,
      });
    if (signed) return next();
    res.status(401).json({
      errors: [{ message: 'only the router may call this subgraph', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  };
}

/**
 * What the credential covers for a plain HTTP route a subgraph serves through the router (catalog's
 * images): the method with the path and query in place of the query, and the body's SHA-256 (null
 * without a body) in place of the variables, so neither the target nor the bytes can be swapped.
 */
export function signedHttpRequest(request: {
  method: string;
  url: string;
  authorization: string | undefined;
  body?: Uint8Array | undefined;
}): SignedRequest {
  const body = request.body?.length ? { sha256: createHash('sha256').update(request.body).digest('hex') } : null;
  return { authorization: request.authorization, query: `${request.method} ${request.url}`, variables: body };
}

/**
 * Refuses, with 401, a plain HTTP request that does not carry a valid router credential (see
 * signedHttpRequest). Mount it after a raw body parser on routes that take a body.
 */
export function requireRouterHttpCredential(secrets: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const request = signedHttpRequest({
      method: req.method,
      url: req.originalUrl,
      authorization: req.header('authorization'),
      body: Buffer.isBuffer(req.body) ? req.body : undefined,
    });
    if (isValidRouterCredential(secrets, req.header(routerCredentialHeader), request)) return next();
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'only the router may call this subgraph' } });
  };
}

/** Each secret as a key object, made once: createHmac otherwise imports a string secret on every call. */
const keys = new Map<string, KeyObject>();

function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (key === undefined) {
    key = createSecretKey(secret, 'utf8');
    keys.set(secret, key);
  }
  return key;
}

function mac(secret: string, time: number, request: SignedRequest): Buffer {
  // A JSON array keeps the parts unambiguous; the subgraph re-serialises the variables it parsed,
  // which gives back the router's bytes (JSON.stringify of parsed JSON is stable). Written out, it is
  // JSON.stringify([time, authorization, query, variables]) with the variables' JSON reused.
  // The parts are hashed one after the other rather than joined: the variables can be large, and
  // the joined message would be one more copy of them per subgraph request.
  return createHmac('sha256', keyOf(secret))
    .update(`[${time},${JSON.stringify(request.authorization ?? '')},${JSON.stringify(request.query)},`)
    .update(request.variablesJson ?? JSON.stringify(request.variables ?? {}))
    .update(']')
    .digest();
}
