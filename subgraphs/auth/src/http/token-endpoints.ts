import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { AccessTokens } from '../domain/access-tokens.ts';
import { exchangePartnerToken } from '../domain/partner-tokens.ts';

/**
 * HTTP endpoints beside GraphQL: the public keys other services verify access tokens with, and
 * the exchange the router uses to turn a partner API token into a short-lived access token.
 */
export function tokenEndpoints(app: Express, orm: MikroORM, tokens: AccessTokens): void {
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(tokens.jwks());
  });
  app.post('/token/exchange', express.json({ limit: '4kb' }), async (req, res) => {
    const presented: unknown = req.body?.token;
    const exchanged =
      typeof presented === 'string' ? await exchangePartnerToken(orm.em.fork(), tokens, presented) : null;
    if (!exchanged) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    res
      .set('cache-control', 'no-store')
      .json({ accessToken: exchanged.accessToken, expiresAt: exchanged.expiresAt.toISOString() });
  });
}
