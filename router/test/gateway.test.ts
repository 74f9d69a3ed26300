import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningRouter, startRouter } from '../src/index.ts';
import {
  composeSupergraph,
  expectedMeWithReviews,
  meWithReviews,
  postGraphql,
  silentLogger,
  startTestSubgraphs,
  type TestSubgraph,
  tempDir,
  writeFileIn,
} from './fixtures.ts';

describe('router over an arbitrary supergraph file', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let router: RunningRouter;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    dir = await tempDir();
    const supergraphSdl = composeSupergraph({ accounts: subgraphs.accounts.url, reviews: subgraphs.reviews.url });
    const supergraphPath = await writeFileIn(dir.path, 'supergraph.graphql', supergraphSdl);
    router = await startRouter({ supergraphPath, port: 0, logger: silentLogger, nodeEnv: 'test' });
  });

  afterAll(async () => {
    await router?.stop();
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop()]);
    await dir?.remove();
  });

  test('a query spanning both subgraphs returns the merged data', async () => {
    const { response, body } = await postGraphql(router.url, meWithReviews);
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: expectedMeWithReviews });
  });

  test('forwards request id, trace context and language to every subgraph', async () => {
    const sent = {
      'x-request-id': 'req-42.abc_DEF',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      tracestate: 'comptoir=1',
      'accept-language': 'fr-FR',
    };
    const { response } = await postGraphql(router.url, meWithReviews, sent);

    expect(response.headers.get('x-request-id')).toBe(sent['x-request-id']);
    for (const subgraph of [subgraphs.accounts, subgraphs.reviews]) {
      expect(subgraph.received.at(-1)?.headers, subgraph.name).toMatchObject(sent);
    }
  });

  test('without an auth subgraph or AUTH_URL, a bearer token is refused as unverifiable (503), never ignored', async () => {
    const { response, body } = await postGraphql(router.url, meWithReviews, { authorization: 'Bearer some.jwt.token' });
    expect(response.status).toBe(503);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  });

  test('generates a request id when the client sends none or an unsafe one', async () => {
    const generated = await postGraphql(router.url, meWithReviews);
    const id = generated.response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(subgraphs.accounts.received.at(-1)?.headers['x-request-id']).toBe(id);

    const unsafe = await postGraphql(router.url, meWithReviews, { 'x-request-id': 'bad id\twith spaces' });
    expect(unsafe.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(subgraphs.accounts.received.at(-1)?.headers.authorization).toBeUndefined();
  });

  test('reuses its connection to a subgraph across requests (keep-alive)', async () => {
    // Opens a connection to accounts (if an earlier test left none), which stays idle once it has answered.
    await postGraphql(router.url, meWithReviews);
    const requestsBefore = subgraphs.accounts.received.length;
    const connectionsBefore = subgraphs.accounts.connections;

    for (let i = 0; i < 3; i++) {
      const { response } = await postGraphql(router.url, meWithReviews);
      expect(response.status).toBe(200);
    }

    // Each query calls accounts twice (me, then the author's name): six requests, not one new connection.
    const requests = subgraphs.accounts.received.slice(requestsBefore);
    expect(requests).toHaveLength(6);
    expect(subgraphs.accounts.connections).toBe(connectionsBefore);
    expect(new Set(requests.map(({ connection }) => connection)).size).toBe(1);
    for (const { headers } of requests) expect(headers.connection).not.toBe('close');
  });
});
