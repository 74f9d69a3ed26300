import { hash, KeyObject } from 'node:crypto';
import { createDecoder, createVerifier, TokenError } from 'fast-jwt';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTPayload } from 'jose';
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

/** Finds the key of a token's header in a JWKS, local or fetched. */
type KeyFinder = (header: { alg: string; kid?: string }) => Promise<CryptoKey>;

/**
 * A caller sends the same access token with every request for its lifetime: once its signature and
 * claims have been checked, its next requests within a minute (and before it expires) reuse the
 * claims, keyed by the token's SHA-256, so a token differing by one character is checked afresh;
 * the digest, not the token, is kept: an eighth of its length, the bulk of a remembered token's memory.
 * The minute bounds how long a key withdrawn from the JWKS keeps working beyond jose's own JWKS cache.
 *
 * jose finds the key (JWKS fetching, rotation, `kid` matching); fast-jwt checks signature and claims
 * with node:crypto on the calling thread, which costs a fraction of WebCrypto's round trip through
 * the thread pool — paid on every request that brings a token not seen before.
 */
function verifierWith(keys: KeyFinder, options: JwtVerifierOptions): JwtVerifier {
  const verified = new LRUCache<string, { claims: Claims; trustedUntilMs: number }>({ max: verifiedTokensKept });
  const checkerByKey = new WeakMap<CryptoKey, (token: string) => JWTPayload>();
  const checkerFor = (key: CryptoKey) => {
    let check = checkerByKey.get(key);
    if (check === undefined) {
      check = createVerifier({
        key: KeyObject.from(key).export({ type: 'spki', format: 'pem' }).toString(),
        algorithms: [accessTokenAlgorithm],
        allowedIss: options.issuer,
        allowedAud: options.audience,
        requiredClaims: ['sub', 'exp'],
      });
      checkerByKey.set(key, check);
    }
    return check;
  };
  return async (token) => {
    const digest = hash('sha256', token, 'base64');
    const known = verified.get(digest);
    if (known !== undefined && known.trustedUntilMs > Date.now()) return known.claims;
    try {
      const { header } = decodeToken(token);
      // Refused before any key lookup, so a forged header cannot make the JWKS be fetched again.
      if (header.alg !== accessTokenAlgorithm) throw new InvalidCredentialError('algorithm not allowed');
      const key = await keys({ alg: accessTokenAlgorithm, ...(header.kid === undefined ? {} : { kid: header.kid }) });
      const payload = checkerFor(key)(token);
      const claims = claimsOf(payload);
      const trustedUntilMs = Math.min((payload.exp as number) * 1000, Date.now() + verifiedTokenTrustMs);
      verified.set(digest, { claims, trustedUntilMs });
      return claims;
    } catch (error) {
      // The key set could not be had: our failure, not the caller's credential (503, not 401).
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
        throw new Error(`JWKS unavailable: ${error.message}`);
      if (error instanceof errors.JOSEError || error instanceof TokenError || error instanceof InvalidCredentialError) {
        throw new InvalidCredentialError(`invalid access token: ${describe(error)}`);
      }
      throw error;
    }
  };
}

const decodeToken: (token: string) => { header: { alg?: string; kid?: string } } = createDecoder({ complete: true });

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
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof TokenError) {
    if (error.code === TokenError.codes.expired) return 'expired';
    if (error.code === TokenError.codes.invalidSignature) return 'bad signature';
    if (error.code === TokenError.codes.malformed) return 'malformed token';
    // "The aud claim value is not allowed.", "The sub claim is required."…: the claim and why.
    const claim = /^The (\w+) claim (.*?)\.?$/.exec(error.message);
    if (claim) return `claim ${claim[1]} ${claim[2]}`;
  }
  return (error as Error).message;
}
