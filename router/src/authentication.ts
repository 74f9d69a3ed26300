import type { Claims } from '@comptoir/kit';
import { bearerToken, createJwtVerifier, InvalidCredentialError, type JwtVerifier } from '@comptoir/kit/auth';
import type { Logger } from '@comptoir/kit/logger';
import type { Request, RequestHandler } from 'express';
import type { AuthService, AuthSettings } from './auth-service.ts';
import { createPartnerTokenExchange, type PartnerTokenExchange, partnerTokenPrefix } from './partner-token-exchange.ts';
import { requestIdOf } from './request-id.ts';

/** Who a request acts for: a verified access token and its claims, or nobody. */
export type Authentication = { claims: Claims; accessToken: string } | { claims: null; accessToken?: undefined };

const anonymous: Authentication = { claims: null };
const authentications = new WeakMap<Request, Authentication>();

/**
 * Authenticates every request before its body is even read. No Authorization header: anonymous.
 * A bearer JWT is verified against the auth subgraph's JWKS; a partner token (`cpt_…`) is first
 * exchanged for one. An invalid credential is answered 401 at once, never downgraded to
 * anonymous; when the auth subgraph cannot be reached the answer is 503.
 */
export function authentication(
  service: AuthService,
  settings: Pick<AuthSettings, 'issuer' | 'audience'>,
  logger: Logger,
): RequestHandler {
  const verify = verifierAt(service, settings);
  const exchange = exchangeAt(service);
  return async (req, res, next) => {
    try {
      const token = bearerToken(req.get('authorization'));
      if (token === undefined) {
        authentications.set(req, anonymous);
      } else {
        const accessToken = token.startsWith(partnerTokenPrefix) ? await exchange(token) : token;
        authentications.set(req, { claims: await verify(accessToken), accessToken });
      }
    } catch (error) {
      const log = logger.child({ requestId: requestIdOf(req) });
      if (error instanceof InvalidCredentialError) {
        log.debug({ reason: error.message }, 'credential refused');
        res
          .status(401)
          .set('www-authenticate', 'Bearer error="invalid_token"')
          .json(graphqlError(error.message, 'UNAUTHENTICATED'));
      } else {
        log.error({ err: error }, 'cannot authenticate: auth subgraph unavailable');
        res.status(503).json(graphqlError('authentication is temporarily unavailable', 'SERVICE_UNAVAILABLE'));
      }
      return;
    }
    next();
  };
}

/** What authentication() decided for this request. */
export function authenticationOf(req: Request): Authentication {
  const decided = authentications.get(req);
  if (decided === undefined) throw new Error('authentication() middleware must run before authenticationOf()');
  return decided;
}

function verifierAt(service: AuthService, settings: Pick<AuthSettings, 'issuer' | 'audience'>): JwtVerifier {
  if (service.jwksUrl === undefined) return unlocated('no auth subgraph to fetch signing keys from');
  return createJwtVerifier({ jwksUrl: service.jwksUrl, issuer: settings.issuer, audience: settings.audience });
}

function exchangeAt(service: AuthService): PartnerTokenExchange {
  if (service.url === undefined) return unlocated('no auth subgraph to exchange partner tokens at');
  return createPartnerTokenExchange({ authUrl: service.url });
}

/** Without an auth subgraph, credentials cannot be checked: refuse them as unavailable, never let them through. */
function unlocated(problem: string): () => Promise<never> {
  return () => Promise.reject(new Error(`${problem}: set AUTH_URL or add an "auth" subgraph`));
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}
