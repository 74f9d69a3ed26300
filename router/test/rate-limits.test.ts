import { randomBytes } from 'node:crypto';
import { startTokenIssuer, type TokenIssuer } from '@comptoir/kit/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, type RouterOptions, type RunningRouter, startRouter } from '../src/index.ts';
import { startTokenExchange, type TestTokenExchange } from './auth-fixtures.ts';
import {
  anyDocuments,
  composeSupergraph,
  meWithReviews,
  postGraphql,
  silentLogger,
  startTestSubgraphs,
  type TestSubgraph,
} from './fixtures.ts';

/** Cost 1: one object. */
const cheap = '{ me { name } }';
/** Cost 21: `me`, ten reviews (the default list size) and their authors. */
const costly = meWithReviews;
/** Twice the costly operation, or 42 cheap ones; the window outlasts the test. */
const limits = { points: 42, windowSeconds: 3600 };
/** Two partner tokens of one shop, exchanged for tokens of the same subject. */
const partnerTokens = ['cpt_shop_one', 'cpt_shop_two'];
/** tools/test.sh starts a Redis server there when none answers. */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('rate limits at the router, charged by operation cost', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let signer: TokenIssuer;
  let exchange: TestTokenExchange;
  /** Connected to directly: no proxy trusted, X-Forwarded-For is the client's claim. */
  let direct: RunningRouter;
  /** Behind a proxy on loopback, whose X-Forwarded-For is believed. */
  let proxied: RunningRouter;
  /** Two replicas behind the proxy, sharing their buckets in Redis. */
  let replicas: RunningRouter[];

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    signer = await startTokenIssuer();
    const shop = { sub: 'shop-1', roles: ['PARTNER'] };
    exchange = await startTokenExchange(signer, Object.fromEntries(partnerTokens.map((token) => [token, shop])));
    const options: RouterOptions = {
      supergraphSdl: composeSupergraph({ accounts: subgraphs.accounts.url, reviews: subgraphs.reviews.url }),
      port: 0,
      logger: silentLogger,
      nodeEnv: 'production',
      // Budgets are what stands in the way of a caller free to send its own documents.
      ...anyDocuments,
      auth: { url: exchange.url, jwksUrl: signer.jwksUrl },
      rateLimits: limits,
    };
    direct = await startRouter(options);
    proxied = await startRouter({ ...options, trustedProxies: ['127.0.0.1'] });
    const replica = { ...options, trustedProxies: ['127.0.0.1'], rateLimits: { ...limits, redisUrl } };
    replicas = await Promise.all([startRouter(replica), startRouter(replica)]);
  });

  afterAll(async () => {
    await Promise.all([direct, proxied, ...(replicas ?? [])].map((router) => router?.stop()));
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop(), signer?.stop(), exchange?.stop()]);
  });

  /** Sends `query` `times` times, one after the other, each answered with data. */
  async function spend(router: RunningRouter, times: number, query: string, headers: Record<string, string> = {}) {
    for (let i = 0; i < times; i += 1) {
      const { response, body } = await postGraphql(router.url, query, headers);
      expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    }
  }

  async function expectRateLimited(router: RunningRouter, headers: Record<string, string> = {}) {
    const { response, body } = await postGraphql(router.url, cheap, headers);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= limits.windowSeconds).toBe(true);
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/rate limit/i), extensions: { code: 'RATE_LIMITED' } }],
    });
  }

  test('past its budget a client gets 429, Retry-After and RATE_LIMITED, and no subgraph is called', async () => {
    const client = { 'x-forwarded-for': '198.51.100.1' };
    await spend(proxied, limits.points, cheap, client);
    const calls = subgraphs.accounts.received.length;
    await expectRateLimited(proxied, client);
    expect(subgraphs.accounts.received.length).toBe(calls);
  });

  test('a forged X-Forwarded-For from an untrusted peer does not buy a fresh budget', async () => {
    await spend(direct, limits.points, cheap, { 'x-forwarded-for': '203.0.113.1' });
    await expectRateLimited(direct, { 'x-forwarded-for': '203.0.113.2' });
    await expectRateLimited(direct);
  });

  test('behind a trusted proxy, each client has its own budget and subgraphs see its address', async () => {
    await spend(proxied, limits.points, cheap, { 'x-forwarded-for': '198.51.100.2' });
    await expectRateLimited(proxied, { 'x-forwarded-for': '198.51.100.2' });
    // The rightmost hop the proxy did not add is the client; what it claims before that is kept as sent.
    await spend(proxied, 1, cheap, { 'x-forwarded-for': '198.51.100.2, 198.51.100.3' });
    expect(subgraphs.accounts.received.at(-1)?.headers['x-forwarded-for']).toBe('198.51.100.2, 198.51.100.3');
  });

  test('a costly operation drains more of the budget than a cheap one', async () => {
    await spend(proxied, 2, costly, { 'x-forwarded-for': '198.51.100.4' });
    await expectRateLimited(proxied, { 'x-forwarded-for': '198.51.100.4' });
    await spend(proxied, 2, cheap, { 'x-forwarded-for': '198.51.100.5' });
    await spend(proxied, 1, costly, { 'x-forwarded-for': '198.51.100.5' });
  });

  test("a user's budget follows the user from one address to another", async () => {
    const ada = { authorization: `Bearer ${await signer.mint({ sub: 'ada' })}` };
    await spend(proxied, limits.points, cheap, { ...ada, 'x-forwarded-for': '198.51.100.6' });
    await expectRateLimited(proxied, { ...ada, 'x-forwarded-for': '198.51.100.7' });
    // That address still has its own budget, for anyone else.
    const grace = { authorization: `Bearer ${await signer.mint({ sub: 'grace' })}` };
    await spend(proxied, 1, cheap, { ...grace, 'x-forwarded-for': '198.51.100.7' });
    await spend(proxied, 1, cheap, { 'x-forwarded-for': '198.51.100.7' });
  });

  test('each partner token has its own budget, apart from its issuer and its address', async () => {
    const [one, two] = partnerTokens.map((token) => ({ authorization: `Bearer ${token}` }));
    await spend(proxied, limits.points, cheap, { ...one, 'x-forwarded-for': '198.51.100.8' });
    await expectRateLimited(proxied, { ...one, 'x-forwarded-for': '198.51.100.9' });
    await spend(proxied, 1, cheap, { ...two, 'x-forwarded-for': '198.51.100.9' });
  });

  test('an operation the limits refuse costs MAX_COST: the address is then refused before its body is read', async () => {
    const client = { 'x-forwarded-for': '198.51.100.10' };
    const tooDeep = `{ me { name ${'reviews { author { '.repeat(8)}name${' } }'.repeat(8)} } }`;
    const { response, body } = await postGraphql(proxied.url, tooDeep, client);
    expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'OPERATION_TOO_DEEP',
    });
    const calls = subgraphs.accounts.received.length;
    await expectRateLimited(proxied, client);
    // 429, not 413: the address is refused before the body would be read and found too large.
    const oneMegabyte = await postGraphql(proxied.url, `{ ${'me { name } '.repeat(90_000)}}`, client);
    expect(oneMegabyte.response.status).toBe(429);
    expect(subgraphs.accounts.received.length).toBe(calls);
  });

  test("an operation too costly to run is charged to its user's budget, from any address", async () => {
    const mallory = { authorization: `Bearer ${await signer.mint({ sub: 'mallory' })}` };
    // Four levels of ten reviews (the default list size): over 22,000 objects.
    const tooCostly = `{ me { ${'reviews { author { '.repeat(4)}name${' } }'.repeat(4)} } }`;
    const { response, body } = await postGraphql(proxied.url, tooCostly, {
      ...mallory,
      'x-forwarded-for': '198.51.100.11',
    });
    expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'OPERATION_TOO_COMPLEX',
    });
    await expectRateLimited(proxied, { ...mallory, 'x-forwarded-for': '198.51.100.12' });
    await expectRateLimited(proxied, { 'x-forwarded-for': '198.51.100.11' });
  });

  test('replicas sharing a Redis store share each budget', async () => {
    // Redis outlives the test run: an address of its own keeps each run's buckets apart.
    const client = {
      'x-forwarded-for': `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`,
    };
    const [first, second] = replicas as [RunningRouter, RunningRouter];
    await spend(first, 1, costly, client);
    await spend(second, 1, costly, client);
    await expectRateLimited(first, client);
    await expectRateLimited(second, client);
  });
});

describe('rate limits and trusted proxies from the environment', () => {
  test('RATE_LIMIT_* set the budget and TRUSTED_PROXIES the proxies believed, none by default', () => {
    expect(loadConfig({}, [])).toMatchObject({
      rateLimits: { points: 100_000, windowSeconds: 60 },
      trustedProxies: [],
    });
    const config = loadConfig(
      { RATE_LIMIT_POINTS: '500', RATE_LIMIT_WINDOW_SECONDS: '10', TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1' },
      [],
    );
    expect(config).toMatchObject({
      rateLimits: { points: 500, windowSeconds: 10 },
      trustedProxies: ['10.0.0.0/8', '127.0.0.1', '::1'],
    });
  });

  test('a trusted proxy that is not an address or a CIDR stops the router, naming its variable', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,lb.internal' }, [])).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '0' }, [])).toThrow(/RATE_LIMIT_POINTS="0" is invalid/);
  });

  test('RATE_LIMIT_REDIS_URL puts the buckets in Redis; anything but a redis(s) URL stops the router', () => {
    expect(loadConfig({ RATE_LIMIT_REDIS_URL: 'redis://cache:6379/1' }, []).rateLimits).toMatchObject({
      redisUrl: 'redis://cache:6379/1',
    });
    expect(() => loadConfig({ RATE_LIMIT_REDIS_URL: 'http://cache:6379' }, [])).toThrow(/RATE_LIMIT_REDIS_URL/);
  });
});
