import type { Claims } from '@comptoir/kit';
import { bearerToken, createJwtVerifier, InvalidCredentialError, type JwtVerifier } from '@comptoir/kit/auth';
import { authEnv } from '@comptoir/kit/config';
import type { Logger } from '@comptoir/kit/logger';
import type { Request } from 'express';
import { type AuthService, type AuthSettings, locateAuthService } from '../auth-service.ts';
import type { RouterConcern } from '../concern.ts';
import {
  createPartnerTokenExchange,
  type PartnerTokenExchange,
  partnerTokenPrefix,
} from '../partner-token-exchange.ts';
import { requestIdOf } from './request-id.ts';

/** Who a request acts for: a verified access token and its claims, or nobody. */
export type AuthenticationContext = {
  /** Who is calling; null for an anonymous caller. */
  claims: Claims | null;
  /** The verified JWT that subgraphs receive as the caller's bearer token (for partners: the exchanged one). */
  accessToken?: string;
};

const anonymous: AuthenticationContext = { claims: null };
const authentications = new WeakMap<Request, AuthenticationContext>();

/**
 * Authenticates every GraphQL request before its body is even read. No Authorization header:
 * anonymous. A bearer JWT is verified against the auth subgraph's JWKS; a partner token (`cpt_…`)
 * is first exchanged for one. An invalid credential is answered 401 at once, never downgraded to
 * anonymous; when the auth subgraph cannot be reached the answer is 503. Subgraphs receive the
 * verified token, never the credential as sent.
 */
export function authentication(options: {
  /** Where tokens are exchanged and verified; defaults as for the AUTH_* variables. */
  settings: Partial<AuthSettings>;
  /** The resolved subgraph URLs, to find the auth subgraph among them. */
  subgraphUrls: ReadonlyMap<string, string>;
  /** Names the supergraph in the warning given when no auth service can be located. */
  supergraphOrigin: string;
  logger: Logger;
}): RouterConcern {
  const { settings, logger } = options;
  const service = locateAuthService(settings, options.subgraphUrls);
  if (service.jwksUrl === undefined) {
    logger.warn(
      `supergraph ${options.supergraphOrigin} has no "auth" subgraph and AUTH_URL is unset: bearer tokens will be refused`,
    );
  }
  const verify = verifierAt(service, {
    issuer: settings.issuer ?? authEnv.AUTH_ISSUER.parse(undefined),
    audience: settings.audience ?? authEnv.AUTH_AUDIENCE.parse(undefined),
  });
  const exchange = exchangeAt(service);
  return {
    async onGraphqlRequest(req, res, next) {
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
    },
    context: authenticationOf,
    onSubgraphRequest({ context, headers }) {
      if (context.accessToken !== undefined) headers.set('authorization', `Bearer ${context.accessToken}`);
    },
  };
}

/** Who `req` acts for, once the authentication concern has decided. */
export function authenticationOf(req: Request): AuthenticationContext {
  const decided = authentications.get(req);
  if (decided === undefined) throw new Error('the authentication concern must run before authenticationOf()');
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
