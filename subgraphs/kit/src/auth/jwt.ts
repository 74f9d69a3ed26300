import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { type Claims, type ClaimsVerifier, partnerOrganizationKinds } from '../context.ts';

/** Access tokens are signed with Ed25519; anything else (including `alg: none`) is refused. */
export const accessTokenAlgorithm = 'EdDSA';

/** A credential that was presented but is not valid: answered with UNAUTHENTICATED. */
export class InvalidCredentialError extends Error {
  override name = 'InvalidCredentialError';
}

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
}

/** Verifies an access token and returns its claims. */
export type JwtVerifier = (token: string) => Promise<Claims>;

/**
 * Verifies access tokens against the auth subgraph's JWKS. Keys are cached; a token whose `kid`
 * is unknown makes jose refetch the set (at most every 30 s), so key rotation needs no restart.
 */
export function createJwtVerifier(options: JwtVerifierOptions & { jwksUrl: string }): JwtVerifier {
  return verifierWith(
    createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 }),
    options,
  );
}

/** Verifies access tokens against keys held in memory (the auth subgraph's own). */
export function createLocalJwtVerifier(keySet: JSONWebKeySet, options: JwtVerifierOptions): JwtVerifier {
  return verifierWith(createLocalJWKSet(keySet), options);
}

/** Tokens a verifier remembers having verified; the least recently presented are forgotten first. */
const verifiedTokensKept = 10_000;
/** How long a verified token is believed without a new check: never past its expiry, at most this. */
const verifiedTokenTrustMs = 60_000;

/**
 * A caller sends the same access token with every request for its lifetime: once its signature and
 * claims have been checked, its next requests within a minute (and before it expires) reuse the
 * claims, keyed by the whole token, so a token differing by one character is checked afresh. The
 * minute bounds how long a key withdrawn from the JWKS keeps working beyond jose's own JWKS cache.
 */
function verifierWith(keys: Parameters<typeof jwtVerify>[1], options: JwtVerifierOptions): JwtVerifier {
  const verified = new LRUCache<string, { claims: Claims; trustedUntilMs: number }>({ max: verifiedTokensKept });
  return async (token) => {
    const known = verified.get(token);
    if (known !== undefined && known.trustedUntilMs > Date.now()) return known.claims;
    try {
      const { payload } = await jwtVerify(token, keys as never, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [accessTokenAlgorithm],
        requiredClaims: ['sub', 'exp'],
      });
      const claims = claimsOf(payload);
      const trustedUntilMs = Math.min((payload.exp as number) * 1000, Date.now() + verifiedTokenTrustMs);
      verified.set(token, { claims, trustedUntilMs });
      return claims;
    } catch (error) {
      // The key set could not be had: our failure, not the caller's credential (503, not 401).
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
        throw new Error(`JWKS unavailable: ${error.message}`);
      if (error instanceof errors.JOSEError || error instanceof InvalidCredentialError) {
        throw new InvalidCredentialError(`invalid access token: ${describe(error)}`);
      }
      throw error;
    }
  };
}

const organizationClaim = z.object({ id: z.uuid(), kind: z.enum(partnerOrganizationKinds) });

/**
 * Our claims from a verified payload: `roles` is an array, `scope` the OAuth space-separated list,
 * `org` (partner tokens only) the organisation the partner acts for.
 */
export function claimsOf(payload: JWTPayload): Claims {
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((role): role is string => typeof role === 'string')
    : [];
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
  if (typeof payload.sub !== 'string') throw new InvalidCredentialError('no subject');
  if (payload.org === undefined) return { sub: payload.sub, roles, scopes };
  // A partner whose organisation cannot be read must not pass for staff.
  const org = organizationClaim.safeParse(payload.org);
  if (!org.success) throw new InvalidCredentialError('malformed org claim');
  return { sub: payload.sub, roles, scopes, org: { id: org.data.id, kind: org.data.kind } };
}

/** Bearer JWT → claims; no Authorization header → anonymous (null). */
export function jwtClaimsVerifier(verify: JwtVerifier): ClaimsVerifier {
  return async (authorization) => {
    const token = bearerToken(authorization);
    return token ? verify(token) : null;
  };
}

/** The token of an `Authorization: Bearer …` header; undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new InvalidCredentialError('the Authorization header must be "Bearer <token>"');
  return match[1];
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} ${error.reason}`;
  return (error as Error).message;
}
