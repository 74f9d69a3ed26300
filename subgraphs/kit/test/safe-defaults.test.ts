import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphEnv } from '../src/config.ts';
import type { RequestContext } from '../src/context.ts';
import { operationLabels } from '../src/metrics.ts';
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph } from '../src/subgraph.ts';
import { postGraphQLAsRouter } from '../src/testing/index.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

/** A subgraph whose `broken` field fails as a bug would: SQL on a table that does not exist. */
const broken: SubgraphDefinition = {
  name: 'kit_test',
  typeDefs: parse('type Query { broken: Boolean, hello: String }'),
  resolvers: {
    Query: {
      broken: async (_: unknown, __: unknown, { em }: RequestContext) => {
        await em.getConnection().execute('select secret_column from no_such_table');
        return true;
      },
      hello: () => 'bonjour',
    },
  },
  entities: [],
  migrationsPath: import.meta.dirname,
};

/** An operation name of 10 KB of random text, as an attacker would send to grow /metrics. */
const hugeOperationName = () => `q${randomBytes(5_000).toString('hex')}`;

describe('a subgraph with NODE_ENV unset', () => {
  let db: KitDatabase;
  let subgraph: RunningSubgraph;
  const logged: string[] = [];
  /** As the router calls it: the subgraph answers nobody else. */
  const call = (query: string, headers: Record<string, string> = {}) =>
    postGraphQLAsRouter(subgraph.url, db.env.ROUTER_SUBGRAPH_SECRET[0] as string, query, {}, headers);

  beforeAll(async () => {
    db = await startKitDatabase();
    const log = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    );
    const nodeEnv = subgraphEnv.shape.NODE_ENV.parse(undefined);
    subgraph = await startSubgraph(broken, {
      env: { ...db.env, NODE_ENV: nodeEnv },
      log,
      processMetrics: false,
      // Any credential fails as an unreachable key store would: before the request has a context.
      verifyClaims: async (authorization) => {
        if (authorization) throw new Error('cannot reach http://keys.internal:4001 (select key from keys)');
        return null;
      },
    });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it('masks an unexpected failure: the request id to quote, no message, stack or SQL', async () => {
    const requestId = 'safe-defaults-broken';
    const { body } = await call('query Broken { broken }', { 'x-request-id': requestId });
    expect(body.errors).toEqual([
      {
        message: `Internal error; request id ${requestId}`,
        locations: [{ line: 1, column: 16 }],
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/no_such_table|secret_column|select|stacktrace|\.ts:\d+/i);
    // The full error stays in the server's log, where the request id finds it.
    expect(logged.join('')).toContain(requestId);
    expect(logged.join('')).toContain('no_such_table');
  });

  it('masks a failure before the resolvers too, while building the request context', async () => {
    const requestId = 'safe-defaults-context';
    const { headers, body } = await call('{ hello }', { authorization: 'Bearer any', 'x-request-id': requestId });
    expect(body).toEqual({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(headers.get('x-request-id')).toBe(requestId);
    expect(logged.join('')).toContain('keys.internal');
  });

  it('answers no introspection', async () => {
    const { body } = await call('{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves /metrics on its own port only', async () => {
    await call('query Hello { hello }');
    expect((await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    const response = await fetch(subgraph.metricsUrl);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(
      /graphql_requests_total\{operation="Hello",outcome="ok",service="kit_test"\} 1/,
    );
    expect((await fetch(subgraph.metricsUrl.replace(/\/metrics$/, '/graphql'))).status).toBe(404);
  });

  it('does not grow /metrics for operations named with 10 KB of random text', async () => {
    const named = (name: string) => call(`query ${name} { hello }`);
    const metricsSize = async () => (await (await fetch(subgraph.metricsUrl)).text()).length;
    await named(hugeOperationName());
    const before = await metricsSize();
    const names = [hugeOperationName(), hugeOperationName(), hugeOperationName()];
    for (const name of names) expect((await named(name)).body).toEqual({ data: { hello: 'bonjour' } });
    const metrics = await (await fetch(subgraph.metricsUrl)).text();
    // Counters may gain a digit; 30 KB of new label values would not fit.
    expect(metrics.length - before).toBeLessThan(200);
    for (const name of names) expect(metrics).not.toContain(name.slice(0, 64));
    expect(metrics).toMatch(/graphql_requests_total\{operation="other",outcome="ok",service="kit_test"\} 4/);
  });
});

describe('operation name labels', () => {
  it('keep short plain names, bucket the rest, and stop adding names past the cap', () => {
    const labelOf = operationLabels();
    expect(labelOf(undefined)).toBe('anonymous');
    expect(labelOf('ProductPage')).toBe('ProductPage');
    expect(labelOf('x'.repeat(65))).toBe('other');
    expect(labelOf('drop table;')).toBe('other');
    for (let index = 0; index < 300; index += 1) labelOf(`Operation${index}`);
    expect(labelOf('Operation150')).toBe('Operation150');
    expect(labelOf('Operation250')).toBe('other');
    // Names seen before the cap keep their label.
    expect(labelOf('ProductPage')).toBe('ProductPage');
  });
});
