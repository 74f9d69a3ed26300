import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningRouter, startRouter } from '../src/index.ts';
import { postGraphql, silentLogger, tempDir, writeFileIn } from './fixtures.ts';

/** A stand-in baskets subgraph: echoes the token it was relayed, hands out or revokes one on demand. */
const basketsSdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { relayedToken: String }
  type Mutation { issueToken: String revokeToken: Boolean }
`);

type Context = { token: string | undefined; setHeader(name: string, value: string): void };

describe('anonymous basket token: header for apps, httpOnly cookie for the web', () => {
  let router: RunningRouter;
  let subgraph: ApolloServer<Context>;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    subgraph = new ApolloServer<Context>({
      schema: buildSubgraphSchema({
        typeDefs: basketsSdl,
        resolvers: {
          Query: { relayedToken: (_parent: unknown, _args: unknown, ctx: unknown) => (ctx as Context).token ?? null },
          Mutation: {
            issueToken: (_parent: unknown, _args: unknown, ctx: unknown) => {
              (ctx as Context).setHeader('x-basket-token-issued', 'fresh-token');
              return 'fresh-token';
            },
            revokeToken: (_parent: unknown, _args: unknown, ctx: unknown) => {
              (ctx as Context).setHeader('x-basket-token-revoked', '1');
              return true;
            },
          },
        },
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url } = await startStandaloneServer(subgraph, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req, res }) => ({
        token: req.headers['x-basket-token'] as string | undefined,
        setHeader: (name: string, value: string) => res.setHeader(name, value),
      }),
    });
    const composed = composeServices([{ name: 'baskets', typeDefs: basketsSdl, url }]);
    if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
    dir = await tempDir();
    const supergraphPath = await writeFileIn(dir.path, 'supergraph.graphql', composed.supergraphSdl);
    router = await startRouter({ supergraphPath, port: 0, logger: silentLogger, nodeEnv: 'test' });
  });

  afterAll(async () => {
    await router?.stop();
    await subgraph?.stop();
    await dir?.remove();
  });

  test('relays the cookie to subgraphs as x-basket-token', async () => {
    const { body } = await postGraphql(router.url, '{ relayedToken }', {
      cookie: 'theme=dark; comptoir_basket=from-cookie',
    });
    expect(body.data).toEqual({ relayedToken: 'from-cookie' });
  });

  test("an app's x-basket-token header wins over a cookie", async () => {
    const { body } = await postGraphql(router.url, '{ relayedToken }', {
      cookie: 'comptoir_basket=from-cookie',
      'x-basket-token': 'from-header',
    });
    expect(body.data).toEqual({ relayedToken: 'from-header' });
  });

  test('no token, nothing relayed and no cookie set', async () => {
    const { response, body } = await postGraphql(router.url, '{ relayedToken }');
    expect(body.data).toEqual({ relayedToken: null });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('a token the subgraph issues becomes an httpOnly, SameSite=Lax cookie for 30 days', async () => {
    const { response } = await postGraphql(router.url, 'mutation { issueToken }');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^comptoir_basket=fresh-token;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain(`Max-Age=${30 * 24 * 3600}`);
    // Not production: local http would drop a Secure cookie.
    expect(cookie).not.toContain('Secure');
  });

  test('a revoked token clears the cookie', async () => {
    const { response } = await postGraphql(router.url, 'mutation { revokeToken }', { cookie: 'comptoir_basket=old' });
    expect(response.headers.get('set-cookie')).toMatch(/^comptoir_basket=; Max-Age=0;/);
  });
});
