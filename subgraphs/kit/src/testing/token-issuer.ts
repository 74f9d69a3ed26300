import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, type JWK, SignJWT } from 'jose';
import { accessTokenAlgorithm } from '../auth/jwt.ts';
import { close, listen, urlOf } from './http.ts';

/** What the auth subgraph puts in `iss` and `aud` by default (AUTH_ISSUER, AUTH_AUDIENCE). */
export const issuer = 'comptoir';
export const audience = 'comptoir-api';

/** An Ed25519 signing key as the auth subgraph holds it: its kid is the public key's thumbprint. */
export type TestKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK; pem: string };

export async function newSigningKey(): Promise<TestKey> {
  const { privateKey } = await generateKeyPair(accessTokenAlgorithm, { crv: 'Ed25519', extractable: true });
  const { d: _private, ...publicJwk } = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateKey,
    publicJwk: { ...publicJwk, kid, alg: accessTokenAlgorithm, use: 'sig' },
    pem: await exportPKCS8(privateKey),
  };
}

export type TestClaims = {
  sub: string;
  roles?: string[];
  scope?: string;
  /** A partner token's organisation, as auth's token exchange sets it. */
  org?: { id: string; kind: 'CARRIER' | 'SELLER' };
};
export type MintOptions = { key?: TestKey; audience?: string; issuer?: string; expiresAt?: number };

/**
 * Stands in for the signing side of the auth subgraph where a test runs without it: keys and a
 * `/.well-known/jwks.json` endpoint, and tokens signed exactly as auth signs them. With auth
 * running on `key` (AUTH_SIGNING_KEY), minted tokens verify against auth's own JWKS too.
 */
export type TokenIssuer = {
  /** The first published key (its PEM is what AUTH_SIGNING_KEY takes). */
  key: TestKey;
  jwksUrl: string;
  /** How many times the JWKS was fetched. */
  readonly jwksFetches: number;
  /** Adds a key to the published JWKS, as a key rotation does. */
  publish(key: TestKey): void;
  /** A signed access token; by default with the first published key, valid for 5 minutes. */
  mint(claims: TestClaims, options?: MintOptions): Promise<string>;
  stop(): Promise<void>;
};

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const key = await newSigningKey();
  const published = [key];
  let jwksFetches = 0;
  const server = await listen((req, res) => {
    if (req.method !== 'GET' || req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
    jwksFetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((published) => published.publicJwk) }));
  });
  return {
    key,
    jwksUrl: `${urlOf(server)}/.well-known/jwks.json`,
    get jwksFetches() {
      return jwksFetches;
    },
    publish: (another) => published.push(another),
    mint: (claims, options = {}) => signToken(options.key ?? key, claims, options),
    stop: () => close(server),
  };
}

/** An access token as the auth subgraph issues it, signed with `key`. */
export function signToken(key: TestKey, claims: TestClaims, options: MintOptions = {}): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: accessTokenAlgorithm, kid: key.kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(key.privateKey);
}

/** A JWT with `alg: none`: the unsigned token every verifier must refuse. */
export function unsignedToken(claims: TestClaims): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, iss: issuer, aud: audience, iat: now, exp: now + 300 })}.`;
}

/** The same token with a payload the signature no longer covers (here: a scope added). */
export function tamperedToken(token: string, scope: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, scope })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}
