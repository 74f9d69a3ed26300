import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { text } from 'node:stream/consumers';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, type RunningRouter, startRouter } from '../src/index.ts';
import { anyDocuments, silentLogger, startSubgraph, type TestSubgraph } from './fixtures.ts';

/** A throwaway shop whose categories list their products: the shape that grows with every level. */
const shopSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { products(first: Int = 20): ProductConnection! categories(sort: CategorySort): [Category!]! }
  enum CategorySort { NAME POSITION }
  type ProductConnection { edges: [ProductEdge!]! }
  type ProductEdge { node: Product! }
  type Product @key(fields: "id") { id: ID! name: String! category: Category! }
  type Category @key(fields: "id") { id: ID! name: String! products(first: Int = 20): ProductConnection! }
`;

const category = { id: 'c1', name: 'Cafés' };
const productsPage = (_: unknown, { first }: { first: number }) => ({
  edges: Array.from({ length: Math.min(first, 2) }, (_, i) => ({ node: { id: `p${i}`, name: `Café ${i}` } })),
});

async function startShop(): Promise<{ shop: TestSubgraph; supergraphSdl: string }> {
  const shop = await startSubgraph(
    'shop',
    buildSubgraphSchema({
      typeDefs: parse(shopSdl),
      resolvers: {
        Query: { products: productsPage, categories: () => [category] },
        Product: { category: () => category },
        Category: { products: productsPage },
      },
    }),
  );
  const composed = composeServices([{ name: 'shop', typeDefs: parse(shopSdl), url: shop.url }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  return { shop, supergraphSdl: composed.supergraphSdl };
}

/** `levels` times `category { products(first) { edges { node { … } } } }` below the first product. */
function nestedCategories(levels: number, first: number | string): string {
  const open = `category { products(first: ${first}) { edges { node { name `.repeat(levels);
  return `products(first: ${first}) { edges { node { name ${open}${'} } } } '.repeat(levels)}} } }`;
}

const attacks = {
  depth100: `{ ${nestedCategories(24, 1)} }`,
  aliases10k: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: categories { id }`).join(' ')} }`,
  costExplosion: `{ ${nestedCategories(2, 100)} }`,
  directives1k: `{ categories { id ${'@include(if: true) '.repeat(1000)} } }`,
  document1MB: `{ ${'categories { id } '.repeat(56_000)} }`,
};

describe('operation limits, enforced by the router before any subgraph is called', () => {
  let shop: TestSubgraph;
  /** At the default limits, in production. */
  let router: RunningRouter;
  /**
   * The size limits raised (tokens, body), so that each structural attack meets its own limit
   * rather than a cheaper one ahead of it; in development.
   */
  let lenient: RunningRouter;

  beforeAll(async () => {
    const started = await startShop();
    shop = started.shop;
    router = await startRouter({
      supergraphSdl: started.supergraphSdl,
      port: 0,
      logger: silentLogger,
      nodeEnv: 'production',
      // The limits are what stands in the way of a caller free to send its own documents.
      ...anyDocuments,
    });
    lenient = await startRouter({
      supergraphSdl: started.supergraphSdl,
      port: 0,
      logger: silentLogger,
      nodeEnv: 'development',
      operationLimits: { maxTokens: 100_000, maxBodyBytes: 512 * 1024 },
    });
  });

  afterAll(async () => {
    await Promise.all([router?.stop(), lenient?.stop()]);
    await shop?.stop();
  });

  /** POSTs `query`, counting the subgraph requests it caused. */
  async function run(url: string, query: string, variables?: Record<string, unknown>) {
    const before = shop.received.length;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: object }[] };
    return { status: response.status, body, subgraphCalls: shop.received.length - before };
  }

  async function expectRefused(url: string, query: string, status: number, code: string) {
    const { status: actual, body, subgraphCalls } = await run(url, query);
    expect({ status: actual, codes: body.errors?.map((error) => error.extensions) }).toMatchObject({
      status,
      codes: [{ code }],
    });
    expect(body.data).toBeUndefined();
    expect(subgraphCalls).toBe(0);
  }

  test('ordinary queries pass the default limits', async () => {
    const page = await run(router.url, `{ ${nestedCategories(1, 20)} categories { id name } }`);
    expect(page.status).toBe(200);
    expect(page.body.errors).toBeUndefined();
    expect(page.subgraphCalls).toBeGreaterThan(0);

    const aliased = await run(
      router.url,
      '{ first: products(first: 1) { edges { node { id } } } all: categories { id } }',
    );
    expect(aliased.body).toEqual({ data: { first: { edges: [{ node: { id: 'p0' } }] }, all: [{ id: 'c1' }] } });
  });

  test('depth 100: OPERATION_TOO_DEEP', async () => {
    await expectRefused(router.url, attacks.depth100, 400, 'OPERATION_TOO_DEEP');
  });

  test('10,000 aliases: TOO_MANY_ALIASES, or refused unread at the default body size', async () => {
    await expectRefused(lenient.url, attacks.aliases10k, 400, 'TOO_MANY_ALIASES');
    await expectRefused(router.url, attacks.aliases10k, 413, 'REQUEST_TOO_LARGE');
  });

  test('nested category.products with first: 100: OPERATION_TOO_COMPLEX', async () => {
    await expectRefused(router.url, attacks.costExplosion, 400, 'OPERATION_TOO_COMPLEX');
  });

  test('the cost counts the variables of each request, not only those a cached document first came with', async () => {
    const query = `query Nested($first: Int) { ${nestedCategories(2, '$first')} }`;
    expect((await run(router.url, query, { first: 2 })).body.errors).toBeUndefined();
    const { status, body, subgraphCalls } = await run(router.url, query, { first: 100 });
    expect({ status, code: body.errors?.[0]?.extensions }).toMatchObject({
      status: 400,
      code: { code: 'OPERATION_TOO_COMPLEX' },
    });
    expect(subgraphCalls).toBe(0);
  });

  test('verdicts and costs kept from earlier requests answer each request for its own document and variables', async () => {
    const query = `query Remembered($first: Int) { ${nestedCategories(2, '$first')} }`;
    for (const first of [2, 100, 2, 100]) {
      // On the lenient router: these refusals spend its budget, not the one the later tests need.
      const { status, body, subgraphCalls } = await run(lenient.url, query, { first });
      if (first === 2) expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      else
        expect({ status, code: body.errors?.[0]?.extensions, subgraphCalls }).toMatchObject({
          status: 400,
          code: { code: 'OPERATION_TOO_COMPLEX' },
          subgraphCalls: 0,
        });
    }
    // A refused text stays refused, and the same text with one level fewer is its own document.
    await expectRefused(lenient.url, attacks.depth100, 400, 'OPERATION_TOO_DEEP');
    await expectRefused(lenient.url, attacks.depth100, 400, 'OPERATION_TOO_DEEP');
    expect((await run(lenient.url, `{ ${nestedCategories(1, 1)} }`)).body.errors).toBeUndefined();
  });

  test('1,000 directives: TOO_MANY_DIRECTIVES, or TOO_MANY_TOKENS at the default token count', async () => {
    await expectRefused(lenient.url, attacks.directives1k, 400, 'TOO_MANY_DIRECTIVES');
    await expectRefused(router.url, attacks.directives1k, 400, 'TOO_MANY_TOKENS');
  });

  test('a 1 MB document: 413 REQUEST_TOO_LARGE, whichever limits apply', async () => {
    expect(JSON.stringify({ query: attacks.document1MB }).length).toBeGreaterThan(1_000_000);
    await expectRefused(router.url, attacks.document1MB, 413, 'REQUEST_TOO_LARGE');
    await expectRefused(lenient.url, attacks.document1MB, 413, 'REQUEST_TOO_LARGE');
  });

  test('a body announced larger than the limit is answered before it is sent, and the connection closed', async () => {
    // Only the headers go out: were the router to read the body before refusing, no answer would come.
    const request = httpRequest(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
    });
    request.flushHeaders();
    const [response] = (await once(request, 'response')) as [IncomingMessage];
    const body = JSON.parse((await text(response)) || '{}');
    request.destroy();
    expect({ status: response.statusCode, connection: response.headers.connection, body }).toEqual({
      status: 413,
      connection: 'close',
      body: {
        errors: [{ message: expect.stringContaining('larger than'), extensions: { code: 'REQUEST_TOO_LARGE' } }],
      },
    });
  });

  test('outside development, errors suggest no field or enum value names', async () => {
    const typo = '{ categoriez { id } }';
    const [production, development] = await Promise.all([run(router.url, typo), run(lenient.url, typo)]);
    expect(development.body.errors?.[0]?.message).toContain('Did you mean "categories"?');
    expect(production.status).toBe(400);
    expect(production.body.errors?.[0]?.message).toBe('Cannot query field "categoriez" on type "Query".');

    const sorted = 'query Sorted($sort: CategorySort) { categories(sort: $sort) { id } }';
    const badVariable = await run(router.url, sorted, { sort: 'NAMES' });
    expect(badVariable.status).toBe(400);
    expect(badVariable.body.errors?.[0]?.message).toMatch(/"NAMES" does not exist in "CategorySort" enum\.$/);
    expect((await run(lenient.url, sorted, { sort: 'NAMES' })).body.errors?.[0]?.message).toContain('Did you mean');
  });
});

describe('operation limits from the environment', () => {
  test('MAX_* variables set the limits; the others keep their defaults', () => {
    const { operationLimits } = loadConfig({ MAX_COST: '500', MAX_BODY_BYTES: '2048' }, []);
    expect(operationLimits).toMatchObject({ maxCost: 500, maxBodyBytes: 2048, maxDepth: 15, defaultListSize: 10 });
  });

  test('a limit that is not a positive integer stops the router, naming its variable', () => {
    expect(() => loadConfig({ MAX_DEPTH: '0' }, [])).toThrow(/MAX_DEPTH="0" is invalid/);
    expect(() => loadConfig({ MAX_ALIASES: 'many' }, [])).toThrow(/MAX_ALIASES="many" is invalid/);
  });
});
