import { newSigningKey, startTokenIssuer, type TokenIssuer, tamperedToken, unsignedToken } from '@comptoir/kit/testing';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { locateAuthService } from '../src/auth-service.ts';
import { type RunningRouter, startRouter } from '../src/index.ts';
import {
  composeGuardedSupergraph,
  startGuardedSubgraphs,
  startTokenExchange,
  type TestTokenExchange,
} from './auth-fixtures.ts';
import { postGraphql, silentLogger, startUnreachable, type TestSubgraph } from './fixtures.ts';

const customers = '{ customers { name } }';
const reader = { sub: 'u1', roles: ['SUPPORT_AGENT'], scope: 'customers:read' };
const carrierToken = 'cpt_carrier_4f9a';

describe('authentication at the router', () => {
  let subgraphs: { shop: TestSubgraph; billing: TestSubgraph };
  let signer: TokenIssuer;
  let exchange: TestTokenExchange;
  let supergraphSdl: string;
  const routers: RunningRouter[] = [];

  async function routerWith(auth: { url: string; jwksUrl?: string }): Promise<RunningRouter> {
    const router = await startRouter({ supergraphSdl, port: 0, logger: silentLogger, nodeEnv: 'test', auth });
    routers.push(router);
    return router;
  }
  let router: RunningRouter;

  beforeAll(async () => {
    subgraphs = await startGuardedSubgraphs();
    signer = await startTokenIssuer();
    exchange = await startTokenExchange(signer, {
      [carrierToken]: { sub: 'carrier-1', roles: ['PARTNER'], scope: 'customers:read' },
    });
    supergraphSdl = composeGuardedSupergraph({ shop: subgraphs.shop.url, billing: subgraphs.billing.url });
    router = await routerWith({ url: exchange.url, jwksUrl: signer.jwksUrl });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  afterAll(async () => {
    await Promise.all(routers.map((running) => running.stop()));
    await Promise.all([subgraphs?.shop.stop(), subgraphs?.billing.stop(), signer?.stop(), exchange?.stop()]);
  });

  test('a valid token gets data; the subgraph receives that token and the forwarded-for chain', async () => {
    const token = await signer.mint(reader);
    const { response, body } = await postGraphql(router.url, customers, {
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '203.0.113.7',
    });
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: { customers: [{ name: 'Ada' }] } });
    expect(subgraphs.shop.received.at(-1)?.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '203.0.113.7, 127.0.0.1',
    });
  });

  test('anonymous: no authorization reaches the subgraph, and x-forwarded-for is the client address', async () => {
    const { body } = await postGraphql(router.url, '{ products { name } }');
    expect(body).toEqual({ data: { products: [{ name: 'Café' }] } });
    const { headers } = subgraphs.shop.received.at(-1) ?? {};
    expect(headers?.authorization).toBeUndefined();
    expect(headers?.['x-forwarded-for']).toBe('127.0.0.1');
  });

  test.each<[string, (signer: TokenIssuer) => Promise<string>, RegExp]>([
    ['a tampered payload', async (s) => tamperedToken(await s.mint({ sub: 'u1' }), 'customers:read'), /bad signature/],
    ['an expired token', (s) => s.mint(reader, { expiresAt: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['alg: none', async () => unsignedToken(reader), /algorithm not allowed/],
    [
      'a key not in the JWKS (unknown kid)',
      async (s) => s.mint(reader, { key: await newSigningKey() }),
      /unknown signing key/,
    ],
    ['another audience', (s) => s.mint(reader, { audience: 'someone-else' }), /claim aud/],
    ['another issuer', (s) => s.mint(reader, { issuer: 'someone-else' }), /claim iss/],
    ['not a JWT at all', async () => 'hello', /malformed token/],
  ])('%s is refused with 401 before any subgraph is called', async (_case, token, reason) => {
    const before = subgraphs.shop.received.length;
    const { response, body } = await postGraphql(router.url, customers, {
      authorization: `Bearer ${await token(signer)}`,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/^invalid access token: /), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(body.errors?.[0]?.message).toMatch(reason);
    expect(subgraphs.shop.received.length).toBe(before);
  });

  test('a malformed Authorization header is refused with 401, not treated as anonymous', async () => {
    const { response, body } = await postGraphql(router.url, '{ products { name } }', { authorization: 'Basic dTpw' });
    expect(response.status).toBe(401);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  test('key rotation: a token signed with a key published after start is accepted once jose may refetch', async () => {
    const rotating = await routerWith({ url: exchange.url, jwksUrl: signer.jwksUrl });
    const ok = async (token: string) =>
      (await postGraphql(rotating.url, customers, { authorization: `Bearer ${token}` })).response.status;
    expect(await ok(await signer.mint(reader))).toBe(200);
    const fetchesBefore = signer.jwksFetches;

    const rotated = await newSigningKey();
    signer.publish(rotated);
    const token = await signer.mint(reader, { key: rotated });
    // jose refetches the JWKS for an unknown kid, but at most once per 30 s cooldown: move the clock past it.
    vi.setSystemTime(Date.now() + 31_000);
    expect(await ok(token)).toBe(200);
    expect(signer.jwksFetches).toBe(fetchesBefore + 1);
  });

  test('a partner token is exchanged once, then reused; subgraphs only ever see the exchanged JWT', async () => {
    const callsBefore = exchange.calls;
    for (let i = 0; i < 2; i++) {
      const { response, body } = await postGraphql(router.url, customers, { authorization: `Bearer ${carrierToken}` });
      expect(response.status).toBe(200);
      expect(body).toEqual({ data: { customers: [{ name: 'Ada' }] } });
      expect(subgraphs.shop.received.at(-1)?.headers.authorization).toBe(`Bearer ${exchange.issued.at(-1)}`);
    }
    expect(exchange.calls).toBe(callsBefore + 1);
    expect(JSON.stringify(subgraphs.shop.received.map(({ headers }) => headers))).not.toContain('cpt_');
  });

  test('an unknown partner token is refused with 401', async () => {
    const before = subgraphs.shop.received.length;
    const { response, body } = await postGraphql(router.url, customers, { authorization: 'Bearer cpt_revoked' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(body).toEqual({ errors: [{ message: 'invalid partner token', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(subgraphs.shop.received.length).toBe(before);
  });

  test('when the exchange endpoint is down, a partner gets 503, never anonymous access', async () => {
    const unreachable = await startUnreachable();
    try {
      const down = await routerWith({ url: unreachable.url, jwksUrl: signer.jwksUrl });
      const { response, body } = await postGraphql(down.url, '{ products { name } }', {
        authorization: `Bearer ${carrierToken}`,
      });
      expect(response.status).toBe(503);
      expect(body).toEqual({
        errors: [{ message: 'authentication is temporarily unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      expect(unreachable.connections).toBeGreaterThan(0);
    } finally {
      await unreachable.stop();
    }
  });
});

describe('locating the auth subgraph', () => {
  const subgraphUrls = new Map([['auth', 'http://auth.internal:4001/graphql']]);

  test('by default: the auth subgraph URL without /graphql, and its JWKS under it', () => {
    expect(locateAuthService({}, subgraphUrls)).toEqual({
      url: 'http://auth.internal:4001',
      jwksUrl: 'http://auth.internal:4001/.well-known/jwks.json',
    });
  });

  test('AUTH_URL and AUTH_JWKS_URL win', () => {
    expect(locateAuthService({ url: 'http://auth:9000/' }, subgraphUrls)).toEqual({
      url: 'http://auth:9000',
      jwksUrl: 'http://auth:9000/.well-known/jwks.json',
    });
    expect(locateAuthService({ jwksUrl: 'http://keys/jwks.json' }, subgraphUrls).jwksUrl).toBe('http://keys/jwks.json');
  });

  test('nowhere to be found without an auth subgraph', () => {
    expect(locateAuthService({}, new Map())).toEqual({ url: undefined, jwksUrl: undefined });
  });
});
