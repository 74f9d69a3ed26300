import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, type RunningRouter, startRouter } from '../src/index.ts';
import {
  composeSupergraph,
  expectedMeWithReviews,
  meWithReviews,
  postGraphql,
  silentLogger,
  startTestSubgraphs,
  startUnreachable,
  type TestSubgraph,
  tempDir,
  writeFileIn,
} from './fixtures.ts';

describe('subgraph URL overrides', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let supergraphPath: string;
  let unreachable: Awaited<ReturnType<typeof startUnreachable>>;
  const routers: RunningRouter[] = [];

  async function routerWith(subgraphUrlOverrides: Record<string, string>): Promise<RunningRouter> {
    // Development: the gateway's own fetch error reaches the client unmasked, naming what failed.
    const router = await startRouter({
      supergraphPath,
      subgraphUrlOverrides,
      port: 0,
      logger: silentLogger,
      nodeEnv: 'development',
    });
    routers.push(router);
    return router;
  }

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    unreachable = await startUnreachable();
    dir = await tempDir();
    // Composed with a URL where no reviews subgraph runs: only an override can make queries work.
    const sdl = composeSupergraph({ accounts: subgraphs.accounts.url, reviews: `${unreachable.url}/graphql` });
    supergraphPath = await writeFileIn(dir.path, 'supergraph.graphql', sdl);
  });

  afterAll(async () => {
    await Promise.all(routers.map((router) => router.stop()));
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop(), unreachable?.stop()]);
    await dir?.remove();
  });

  test('without an override, the supergraph URL is used (and fails here)', async () => {
    const router = await routerWith({});
    const { body } = await postGraphql(router.url, meWithReviews);
    expect(body).toMatchObject({ data: { me: { name: 'Ada', reviews: null } }, errors: [{ message: 'fetch failed' }] });
    expect(unreachable.connections).toBeGreaterThan(0);
  });

  test('an override given as an option replaces the supergraph URL', async () => {
    const router = await routerWith({ reviews: subgraphs.reviews.url });
    const { body } = await postGraphql(router.url, meWithReviews);
    expect(body).toEqual({ data: expectedMeWithReviews });
  });

  test('SUBGRAPH_<NAME>_URL in the environment replaces the supergraph URL', async () => {
    const config = loadConfig({ SUBGRAPH_REVIEWS_URL: subgraphs.reviews.url }, []);
    expect(config.subgraphUrlOverrides).toEqual({ REVIEWS: subgraphs.reviews.url });
    const router = await routerWith(config.subgraphUrlOverrides);
    const { body } = await postGraphql(router.url, meWithReviews);
    expect(body).toEqual({ data: expectedMeWithReviews });
  });
});
