import { randomBytes } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { composeSupergraph, loadConfig, type RunningRouter, startRouter } from '../src/index.ts';
import { anyDocuments, postGraphql, silentLogger, startSubgraph, type TestSubgraph } from './fixtures.ts';

/** A subgraph that, unlike ours, tells the world what went wrong inside it. */
const inventorySdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { stock: Int, hello: String, reserved: Int }
`);
const leakedMessage = 'insert into inventory.stock (sku) values ($1) - duplicate key value';

const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/**
 * The router's own series on /metrics, name and labels without values. Node's runtime metrics are
 * left out: a kind of garbage collection seen for the first time adds a series of its own.
 */
const seriesOf = (metrics: string): string[] =>
  metrics
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !/^(nodejs|process)_/.test(line))
    .map((line) => line.slice(0, line.lastIndexOf(' ')));

/** An operation name of 10 KB of random text, as an attacker would send to grow /metrics. */
const hugeOperationName = () => `q${randomBytes(5_000).toString('hex')}`;

describe('the router with NODE_ENV unset', () => {
  let inventory: TestSubgraph;
  let router: RunningRouter;

  beforeAll(async () => {
    inventory = await startSubgraph(
      'inventory',
      buildSubgraphSchema({
        typeDefs: inventorySdl,
        resolvers: {
          Query: {
            stock: () => {
              throw new GraphQLError(leakedMessage, {
                extensions: { stacktrace: ['Error: duplicate key', '    at insert (/srv/inventory/stock.ts:42:7)'] },
              });
            },
            hello: () => 'bonjour',
            reserved: () => {
              throw new GraphQLError('reserved for the warehouse', {
                extensions: { code: 'FORBIDDEN', http: { status: 403 } },
              });
            },
          },
        },
      }),
    );
    const { supergraph } = composeSupergraph([{ name: 'inventory', typeDefs: inventorySdl, url: inventory.url }]);
    const { nodeEnv } = loadConfig({}, []);
    // Errors, metrics and introspection stay safe for callers free to send their own documents too.
    router = await startRouter({ supergraphSdl: supergraph, port: 0, logger: silentLogger, nodeEnv, ...anyDocuments });
  });

  afterAll(async () => {
    await router?.stop();
    await inventory?.stop();
  });

  test("relays a subgraph's internal error masked: the request id to quote, no message, stack or SQL", async () => {
    const requestId = 'safe-defaults-relayed';
    const { body } = await postGraphql(router.url, 'query Stock { stock }', { 'x-request-id': requestId });
    expect(body).toEqual({
      data: { stock: null },
      errors: [
        {
          message: `Internal error; request id ${requestId}`,
          path: ['stock'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });

  test("relays a subgraph's refusal by its code, without the subgraph's address", async () => {
    const { body } = await postGraphql(router.url, '{ reserved }');
    expect(body.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect(JSON.stringify(body)).not.toContain(new URL(inventory.url).host);
  });

  test('serves no GraphiQL, no introspection and no query plan', async () => {
    const page = await fetch(router.url, { headers: browser });
    expect(page.headers.get('content-type')).not.toMatch(/^text\/html/);

    const introspection = await postGraphql(router.url, '{ __schema { queryType { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);

    const planned = await postGraphql(router.url, '{ hello }', { 'apollo-query-plan-experimental': 'true' });
    expect(planned.body).toEqual({ data: { hello: 'bonjour' } });
  });

  test('serves /metrics on its own port only', async () => {
    const publicMetrics = await fetch(router.url.replace(/\/graphql$/, '/metrics'));
    expect(publicMetrics.status).toBe(404);
    const response = await fetch(router.metricsUrl);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('graphql_requests_total');
  });

  test('does not grow /metrics for operations named with 10 KB of random text', async () => {
    const named = (name: string) => postGraphql(router.url, `query ${name} { hello }`);
    await named(hugeOperationName());
    const before = seriesOf(await (await fetch(router.metricsUrl)).text());
    const names = [hugeOperationName(), hugeOperationName(), hugeOperationName()];
    for (const name of names) expect((await named(name)).body).toEqual({ data: { hello: 'bonjour' } });
    const metrics = await (await fetch(router.metricsUrl)).text();
    // The same operation under new names adds no series; only their values move.
    expect(seriesOf(metrics)).toEqual(before);
    for (const name of names) expect(metrics).not.toContain(name.slice(0, 64));
    expect(metrics).toMatch(/graphql_requests_total\{operation="other",outcome="ok",service="router"\} 4/);
  });
});
