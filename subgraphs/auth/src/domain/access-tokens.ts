import { randomUUID } from 'node:crypto';
import type { PartnerOrganization } from '@comptoir/kit';
import { accessTokenAlgorithm, createLocalJwtVerifier, type JwtVerifier } from '@comptoir/kit/auth';
import type { JSONWebKeySet } from 'jose';
import { SignJWT } from 'jose';
import type { SigningKey } from './signing-key.ts';

export interface AccessTokenSubject {
  userId: string;
  roles: readonly string[];
  scopes: readonly string[];
  /** The organisation a partner token acts for (claim `org`). */
  organization?: PartnerOrganization;
}

export interface AccessTokens {
  issue(subject: AccessTokenSubject, lifetimeSeconds?: number): Promise<{ token: string; expiresAt: Date }>;
  jwks(): JSONWebKeySet;
  verify: JwtVerifier;
}

/** Short-lived EdDSA access tokens carrying the user id, roles and OAuth scopes. */
export function accessTokens(key: SigningKey, options: { issuer: string; audience: string }): AccessTokens {
  const jwks: JSONWebKeySet = { keys: [key.publicJwk] };
  return {
    async issue({ userId, roles, scopes, organization }, lifetimeSeconds = 15 * 60) {
      const expiresAt = new Date(Date.now() + lifetimeSeconds * 1000);
      const org = organization ? { org: { id: organization.id, kind: organization.kind } } : {};
      const token = await new SignJWT({ roles: [...roles], scope: scopes.join(' '), ...org })
        .setProtectedHeader({ alg: accessTokenAlgorithm, kid: key.kid, typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key.privateKey);
      return { token, expiresAt };
    },
    jwks: () => jwks,
    verify: createLocalJwtVerifier(jwks, options),
  };
}
