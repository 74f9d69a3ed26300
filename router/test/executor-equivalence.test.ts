import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { executePlan } from '../src/execution/plan-execution.ts';
import { composeSupergraph, type RunningRouter, startRouter } from '../src/index.ts';
import {
  postOperation,
  silentLogger,
  startCannedSubgraph,
  startSubgraph,
  startUnreachable,
  type TestSubgraph,
} from './fixtures.ts';

// Counts the plans the router's own executor runs, so each case can prove it was not the
// gateway's executor (the fallback) that answered; the function itself runs unchanged.
vi.mock('../src/execution/plan-execution.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/execution/plan-execution.ts')>();
  return { ...original, executePlan: vi.fn(original.executePlan) };
});

const federation = (imports: string[]) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ${JSON.stringify(imports)})`;

/** Products, books and authors: an interface, a union, nested lists, an enum, a custom scalar. */
const catalogSdl = `
  ${federation(['@key'])}
  scalar Money
  enum Currency { EUR USD }
  interface Item { id: ID! name: String! }
  type Product implements Item @key(fields: "id") {
    id: ID! name: String! price: Money currency: Currency! weight: Int tags: [[String!]]! grid: [[Int]]
  }
  type Book implements Item @key(fields: "id") { id: ID! name: String! pages: Int }
  type Author { name: String! books: [Book!]! }
  union SearchResult = Product | Book | Author
  type Query {
    product(id: ID!): Product
    products(first: Int = 3, currency: Currency): [Product!]!
    items: [Item!]!
    search(term: String = "a"): [SearchResult]
    "The products of ids, in their order, as often as they are named."
    repeated(ids: [ID!]!): [Product!]!
  }
  type Mutation { rename(id: ID!, name: String!): Product! }
`;

/** Reviews of products, by users: @requires, @provides, @external; p3's reviews fail. */
const reviewsSdl = `
  ${federation(['@key', '@external', '@requires', '@provides'])}
  type Product @key(fields: "id") {
    id: ID! weight: Int @external shippingEstimate: Int @requires(fields: "weight") reviews: [Review!]!
  }
  type Review { id: ID! body: String rating: Int! author: User @provides(fields: "name") }
  type User @key(fields: "id") { id: ID! name: String @external }
  type Query { topReviews(limit: Int = 1): [Review!]! }
  type Mutation { addReview(productId: ID!, body: String!): Review }
`;

/** Users: u2's email is refused (a coded error), u3 cannot be resolved (a plain error in _entities). */
const accountsSdl = `
  ${federation(['@key', '@shareable'])}
  type User @key(fields: "id") { id: ID! name: String @shareable email: String! }
  type Query { me: User }
`;

/**
 * Stock as the supergraph knows it. The inventory subgraph actually serves `inventoryServedSdl`,
 * as a subgraph deployed ahead of (or behind) the composed supergraph would: null for the
 * non-null `stock`, a string for the Int `code`, a grade the enum does not have, and a location of
 * a type the API schema hides (@inaccessible).
 */
const inventorySdl = `
  ${federation(['@key', '@inaccessible'])}
  type Product @key(fields: "id") { id: ID! stock: Int! code: Int grade: Grade location: Location }
  enum Grade { A B }
  interface Location { label: String! }
  type Warehouse implements Location { label: String! city: String }
  type Vault implements Location @inaccessible { label: String! }
`;
const inventoryServedSdl = `
  ${federation(['@key'])}
  type Product @key(fields: "id") { id: ID! stock: Int code: String grade: String location: Location }
  interface Location { label: String! }
  type Warehouse implements Location { label: String! city: String }
  type Vault implements Location { label: String! }
`;

/**
 * Subgraphs that fail at the HTTP level: flaky answers 500, guarded 401, offline cuts every
 * connection it accepts. Degraded answers 200 without data, miscounting an error at an unsent index.
 */
const flakySdl = `
  ${federation(['@key'])}
  type Product @key(fields: "id") { id: ID! discount: Int }
  type Query { flakyQuote: Int }
`;
const guardedSdl = `type Query { guardedNote: String }`;
/** A subgraph adding one String field to Product, for the canned answers below. */
const productFieldSdl = (field: string) => `
  ${federation(['@key'])}
  type Product @key(fields: "id") { id: ID! ${field}: String }
`;
/** Answers one entity, with an error at an index it was not sent (a subgraph out of step with its router). */
const miscountingSdl = productFieldSdl('warranty');
/** Answers with `errors` that is not a list. */
const malformedSdl = productFieldSdl('recallNotice');
/** Answers 200 with no data and an error of no one entity, whatever it is asked. */
const degradedSdl = productFieldSdl('restockDate');
const offlineSdl = `
  ${federation(['@key'])}
  type User @key(fields: "id") { id: ID! loyalty: Int }
  type Query { offlineStatus: String }
`;

type Row = Record<string, unknown>;

const products: Row[] = [
  {
    id: 'p1',
    name: 'Lamp',
    price: { amount: 25.5, currency: 'EUR' },
    currency: 'EUR',
    weight: 2,
    tags: [['home', 'light'], ['sale']],
    grid: [[1, null], [3]],
  },
  { id: 'p2', name: 'Chair', price: 40, currency: 'USD', weight: 7, tags: [[]], grid: null },
  { id: 'p3', name: 'Desk', price: '120.00', currency: 'EUR', weight: null, tags: [], grid: [[], null] },
].map((product) => ({ __typename: 'Product', ...product }));
const book = { __typename: 'Book', id: 'b1', name: 'Dune', pages: 412 };
const author = { __typename: 'Author', name: 'Frank', books: [book] };

const reviews: Record<string, Row[]> = {
  p1: [
    { id: 'r1', body: 'Bright', rating: 5, authorId: 'u1' },
    { id: 'r2', body: null, rating: 3, authorId: 'u2' },
  ],
  p2: [{ id: 'r3', body: 'Wobbly', rating: 2, authorId: 'u3' }],
};
/** The products whose reviews the reviews subgraph was asked for, in order. */
const reviewLookups: string[] = [];
const userNames: Record<string, string> = { u1: 'Ada', u2: 'Grace', u3: 'Edsger' };

const stock: Record<string, Row> = {
  p1: { stock: 4, code: 11, grade: 'A', location: { __typename: 'Warehouse', label: 'North', city: 'Lyon' } },
  p2: { stock: null, code: 'X-2', grade: 'Z', location: { __typename: 'Vault', label: 'Hidden' } },
  p3: { stock: 0, code: 3, grade: 'B', location: null },
};

function startEquivalenceSubgraphs(): Promise<TestSubgraph[]> {
  return Promise.all([
    startSubgraph(
      'catalog',
      buildSubgraphSchema({
        typeDefs: parse(catalogSdl),
        resolvers: {
          Query: {
            product: (_: unknown, { id }: { id: string }) => products.find((product) => product.id === id) ?? null,
            products: (_: unknown, { first, currency }: { first: number; currency?: string }) =>
              products.filter((product) => currency === undefined || product.currency === currency).slice(0, first),
            items: () => [products[0], book, products[1]],
            search: () => [products[0], book, author, null, products[1]],
            repeated: (_: unknown, { ids }: { ids: string[] }) =>
              ids.map((id) => products.find((product) => product.id === id)),
          },
          Mutation: {
            rename: (_: unknown, { id, name }: { id: string; name: string }) => ({
              ...products.find((product) => product.id === id),
              name,
            }),
          },
          Product: {
            __resolveReference: ({ id }: { id: string }) => products.find((product) => product.id === id),
          },
        },
      }),
    ),
    startSubgraph(
      'reviews',
      buildSubgraphSchema({
        typeDefs: parse(reviewsSdl),
        resolvers: {
          Query: {
            topReviews: (_: unknown, { limit }: { limit: number }) => Object.values(reviews).flat().slice(0, limit),
          },
          Mutation: {
            addReview: (_: unknown, { body }: { body: string }) => ({ id: 'r-new', body, rating: 0, authorId: 'u1' }),
          },
          Product: {
            shippingEstimate: ({ weight }: { weight: number | null }) => (weight === null ? null : weight * 2 + 5),
            reviews: ({ id }: { id: string }) => {
              reviewLookups.push(id);
              if (id === 'p3') throw new Error(`reviews of ${id} are being moderated`);
              return reviews[id] ?? [];
            },
          },
          Review: {
            author: ({ authorId }: { authorId: string }) => ({ id: authorId, name: userNames[authorId] }),
          },
        },
      }),
    ),
    startSubgraph(
      'accounts',
      buildSubgraphSchema({
        typeDefs: parse(accountsSdl),
        resolvers: {
          Query: { me: () => ({ id: 'u1', name: 'Ada' }) },
          User: {
            __resolveReference: ({ id }: { id: string }) => {
              if (id === 'u3') throw new Error(`user ${id} is archived`);
              return { id, name: userNames[id] };
            },
            email: ({ id }: { id: string }) => {
              if (id === 'u2') throw new GraphQLError('email not shared', { extensions: { code: 'FORBIDDEN' } });
              return `${id}@example.com`;
            },
          },
        },
      }),
    ),
    startSubgraph(
      'inventory',
      buildSubgraphSchema({
        typeDefs: parse(inventoryServedSdl),
        resolvers: {
          Product: { __resolveReference: ({ id }: { id: string }) => ({ id, ...stock[id] }) },
        },
      }),
    ),
  ]);
}

type Case = { query: string; variables?: Record<string, unknown>; operationName?: string };

const productsWithVariables =
  'query Products($first: Int = 1, $currency: Currency) { products(first: $first, currency: $currency) { id price currency } }';

const cases: Record<string, Case> = {
  'root __typename, aliased': { query: '{ __typename t: __typename me { __typename id kind: __typename } }' },
  'entities across subgraphs with @requires and @provides': {
    query: '{ products(first: 2) { id name weight shippingEstimate reviews { id body rating author { id name } } } }',
  },
  '@requires on an entity whose required field is null': { query: '{ product(id: "p3") { id shippingEstimate } }' },
  'schema argument defaults': { query: '{ products { id } search { __typename } topReviews { id } }' },
  'variables left to their defaults': { query: productsWithVariables },
  'variables given': {
    query: productsWithVariables,
    variables: { first: 5, currency: 'USD' },
  },
  'nested lists and a custom scalar': { query: '{ products { id tags grid price } }' },
  'interface with fragments on several implementations': {
    query:
      '{ items { __typename id name ... on Product { currency shippingEstimate reviews { rating } } ... on Book { pages } ... on Item { id } } }',
  },
  'union with named and inline fragments, repeated fields': {
    query: `
      query Search { search(term: "x") { ...ProductHit ... on Book { name pages n: name } ... on Author { name books { ...BookHit } } } }
      fragment ProductHit on Product { id name ... on Product { name price reviews { rating } } kind: __typename }
      fragment BookHit on Book { id pages }`,
  },
  'aliases, of fields and of __typename': {
    query: `{
      a: product(id: "p1") { n: name id kind: __typename }
      b: product(id: "p2") { n: name reviews { r: rating by: author { who: name t: __typename } } }
      missing: product(id: "nope") { id }
    }`,
  },
  'aliases every object inherits: __proto__, constructor, toString': {
    query: `{
      __proto__: product(id: "p1") { id constructor: name }
      products(first: 2) { toString: id valueOf: name reviews { hasOwnProperty: rating } }
    }`,
  },
  'the same field selected twice with different subselections': {
    query: `{ product(id: "p1") {
      reviews { id body }
      reviews { id rating author { name } }
      ... on Product { reviews { author { id } } name }
    } }`,
  },
  '@skip and @include with literals': {
    query: `{ product(id: "p1") {
      id name @skip(if: true) weight @include(if: false)
      ... on Product @include(if: true) { currency }
      ... @skip(if: true) { grid }
      reviews @skip(if: false) { id }
      stock @include(if: true)
    } }`,
  },
  ...Object.fromEntries(
    [{ withReviews: true }, { withReviews: false, hideName: true }].map((variables) => [
      `@skip and @include with variables ${JSON.stringify(variables)}`,
      {
        query: `
          query Conditional($withReviews: Boolean!, $hideName: Boolean = false) {
            product(id: "p1") {
              id name @skip(if: $hideName)
              reviews @include(if: $withReviews) { body author { name } }
              ...Stock @include(if: $withReviews)
              ... @skip(if: $withReviews) { shippingEstimate }
            }
          }
          fragment Stock on Product { stock grade }`,
        variables,
      },
    ]),
  ),
  'mutations across subgraphs, in order': {
    query:
      'mutation { rename(id: "p1", name: "Lamp II") { id name shippingEstimate } addReview(productId: "p1", body: "ok") { id body author { name email } } }',
  },
  'one operation of several, by name': {
    query: 'query First { me { id } } query Second { me { name } product(id: "p2") { name stock } }',
    operationName: 'Second',
  },
  'a subgraph error with a code, in an entity fetch': {
    query: '{ product(id: "p1") { reviews { author { name email } } } }',
  },
  'a resolver throwing in __resolveReference': { query: '{ product(id: "p2") { reviews { author { email } } } }' },
  'a resolver throwing in _entities, null bubbling to a nullable parent': {
    query: '{ product(id: "p3") { name reviews { body } } }',
  },
  'a resolver throwing in _entities, null bubbling to the root': { query: '{ products { id reviews { rating } } }' },
  'the same entities at several places, each fetched once': {
    query:
      '{ repeated(ids: ["p1", "p2", "p1", "p2", "p1"]) { id name weight shippingEstimate reviews { id rating author { id name } } } }',
  },
  'an error of an entity at several places, once for each place': {
    query: '{ repeated(ids: ["p1", "p1"]) { id reviews { body author { name email } } } }',
  },
  'a resolver throwing in _entities for an entity at several places': {
    query: '{ repeated(ids: ["p3", "p1", "p3"]) { id reviews { body } } }',
  },
  'sibling entity fetches of one selection, sent together': {
    query:
      '{ a: product(id: "p1") { id weight shippingEstimate reviews { id rating } } b: product(id: "p2") { id shippingEstimate reviews { id author { name } } } }',
  },
  'sibling entity fetches of one selection, their subgraph answering HTTP 500': {
    query: '{ a: product(id: "p1") { id discount } b: products(first: 2) { id discount } }',
  },
  'sibling entity fetches of one selection, their subgraph answering an error of no one entity': {
    query:
      '{ a: product(id: "p2") { id restockDate } b: products(first: 2) { id restockDate } c: product(id: "p2") { restockDate } }',
  },
  'an error at an entity index the subgraph was not sent': { query: '{ product(id: "p1") { id warranty } }' },
  'a null for a non-null field, bubbling to a nullable parent': { query: '{ product(id: "p2") { id stock } }' },
  'a null for a non-null field, bubbling to the root': { query: '{ products { id stock } }' },
  'a null for a non-null field in a list of nullable elements': {
    query: '{ search { ... on Product { id stock } ... on Book { id } } }',
  },
  'a wrong-typed leaf': { query: '{ products { id code } }' },
  'an enum value the schema does not have': { query: '{ product(id: "p2") { grade code } }' },
  'an __typename the API schema does not know': {
    query: '{ products { id location { label ... on Warehouse { city } } } }',
  },
  'value completion errors dropped when a fetch failed': { query: '{ product(id: "p2") { code } flakyQuote }' },
  'a subgraph answering HTTP 500 (root fetch)': { query: '{ flakyQuote product(id: "p1") { name } }' },
  'a subgraph answering HTTP 500 (entity fetch)': { query: '{ products { id discount } }' },
  'a subgraph answering HTTP 401': { query: '{ guardedNote me { name } }' },
  'a subgraph that is down (root fetch)': { query: '{ offlineStatus }' },
  'a subgraph that is down (entity fetch)': { query: '{ me { name loyalty } }' },
};

/**
 * What the comparison reads of a response: the HTTP status, `data`, `errors` and
 * `extensions.valueCompletion`, each as sent (key order included). Stack traces are left out: the
 * router runs in development so that no error is masked, and its frames are its own.
 */
function graphqlResponse({ response, body }: { response: Response; body: unknown }): Row {
  const { data, errors, extensions } = body as { data?: unknown; errors?: Row[]; extensions?: Row };
  const withoutStack = (error: Row) => {
    const { stacktrace: _, ...rest } = (error.extensions ?? {}) as Row;
    return error.extensions === undefined ? error : { ...error, extensions: rest };
  };
  return {
    status: response.status,
    ...(data === undefined ? {} : { data }),
    ...(errors === undefined ? {} : { errors: errors.map(withoutStack) }),
    ...(extensions?.valueCompletion === undefined
      ? {}
      : { valueCompletion: (extensions.valueCompletion as Row[]).map(withoutStack) }),
  };
}

/*
 * The reference is a stock Apollo Server over a plain `new ApolloGateway({ supergraphSdl })`: the
 * gateway's own executor and RemoteGraphQLDataSource, given Node's global fetch as its fetcher, as
 * the router had them before it called subgraphs itself (and as SubgraphDataSource still reports
 * failures: a subgraph that is down is "fetch failed"; the gateway's default make-fetch-happen would
 * say "request to <url> failed, reason: …", a difference of transport, not of executor).
 * Forcing the router onto its fallback with `apollo-query-plan-experimental` would not be faithful:
 * the gateway then replaces the response's extensions with the query plan, which drops
 * `extensions.valueCompletion`, one of the things compared here.
 */
const globalFetch = fetch as unknown as NonNullable<
  ConstructorParameters<typeof RemoteGraphQLDataSource>[0]
>['fetcher'];

describe("the router's executor answers as the stock gateway's", () => {
  let subgraphs: TestSubgraph[];
  let failing: { url: string; stop(): Promise<void> }[];
  let router: RunningRouter;
  let vanilla: { server: ApolloServer; url: string };

  beforeAll(async () => {
    subgraphs = await startEquivalenceSubgraphs();
    const [flaky, guarded, offline, degraded, miscounting, malformed] = await Promise.all([
      startCannedSubgraph({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'upstream exploded' }] }),
      }),
      startCannedSubgraph({ status: 401, contentType: 'text/plain', body: 'who are you?' }),
      startUnreachable(),
      startCannedSubgraph({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ data: null, errors: [{ message: 'stock is being recounted' }] }),
      }),
      startCannedSubgraph({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: { _entities: [{ warranty: '2 years' }] },
          errors: [{ message: 'warranty of entity 7 unknown', path: ['_entities', 7, 'warranty'] }],
        }),
      }),
      startCannedSubgraph({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ data: { _entities: [null] }, errors: { message: 'not a list' } }),
      }),
    ]);
    failing = [flaky, guarded, offline, degraded, miscounting, malformed];
    const url = (name: string) => subgraphs.find((subgraph) => subgraph.name === name)?.url as string;
    const { supergraph } = composeSupergraph([
      { name: 'catalog', typeDefs: parse(catalogSdl), url: url('catalog') },
      { name: 'reviews', typeDefs: parse(reviewsSdl), url: url('reviews') },
      { name: 'accounts', typeDefs: parse(accountsSdl), url: url('accounts') },
      { name: 'inventory', typeDefs: parse(inventorySdl), url: url('inventory') },
      { name: 'flaky', typeDefs: parse(flakySdl), url: flaky.url },
      { name: 'guarded', typeDefs: parse(guardedSdl), url: guarded.url },
      { name: 'offline', typeDefs: parse(offlineSdl), url: offline.url },
      { name: 'degraded', typeDefs: parse(degradedSdl), url: degraded.url },
      { name: 'miscounting', typeDefs: parse(miscountingSdl), url: miscounting.url },
      { name: 'malformed', typeDefs: parse(malformedSdl), url: malformed.url },
    ]);

    router = await startRouter({ supergraphSdl: supergraph, port: 0, logger: silentLogger, nodeEnv: 'development' });
    const server = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: supergraph,
        logger: silentLogger,
        buildService: ({ url }) => new RemoteGraphQLDataSource({ url, fetcher: globalFetch }),
      }),
      logger: silentLogger,
      includeStacktraceInErrorResponses: true,
    });
    const { url: vanillaUrl } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    vanilla = { server, url: vanillaUrl };
  });

  afterAll(async () => {
    await router?.stop();
    await vanilla?.server.stop();
    await Promise.all([...(subgraphs ?? []), ...(failing ?? [])].map((subgraph) => subgraph.stop()));
  });

  test.each(Object.entries(cases))('%s', async (_name, operation) => {
    const plansBefore = vi.mocked(executePlan).mock.calls.length;
    const routerResponse = graphqlResponse(await postOperation(router.url, operation));
    const plansRun = vi.mocked(executePlan).mock.calls.length - plansBefore;
    const vanillaResponse = graphqlResponse(await postOperation(vanilla.url, operation));

    expect(plansRun, "plans run by the router's executor").toBe(1);
    expect(routerResponse).toEqual(vanillaResponse);
    // Field order is part of the response.
    expect(JSON.stringify(routerResponse)).toBe(JSON.stringify(vanillaResponse));
  });

  test('asks a subgraph once for an entity found at several places, where the gateway asks for each', async () => {
    const operation = { query: '{ repeated(ids: ["p1", "p2", "p1", "p2", "p1"]) { id reviews { id } } }' };
    reviewLookups.length = 0;
    const { body } = await postOperation(router.url, operation);
    expect(reviewLookups).toEqual(['p1', 'p2']);
    reviewLookups.length = 0;
    expect((await postOperation(vanilla.url, operation)).body).toEqual(body);
    expect(reviewLookups).toEqual(['p1', 'p2', 'p1', 'p2', 'p1']);
  });

  test('sends sibling entity fetches of one selection as one request, where the gateway sends one each', async () => {
    const reviewsSubgraph = subgraphs.find((subgraph) => subgraph.name === 'reviews') as TestSubgraph;
    const operation = { query: '{ a: product(id: "p1") { reviews { id } } b: product(id: "p1") { reviews { id } } }' };
    const requestsFor = async (url: string) => {
      const before = reviewsSubgraph.received.length;
      reviewLookups.length = 0;
      const { body } = await postOperation(url, operation);
      return { body, requests: reviewsSubgraph.received.length - before, lookups: [...reviewLookups] };
    };
    const routed = await requestsFor(router.url);
    const stock = await requestsFor(vanilla.url);
    expect(routed.body).toEqual(stock.body);
    expect(routed).toMatchObject({ requests: 1, lookups: ['p1'] });
    expect(stock).toMatchObject({ requests: 2, lookups: ['p1', 'p1'] });
  });

  test('each of the sibling fetches sent together gets the errors of its own entities, where they are', async () => {
    // The batch holds p1, p3, p2: `a` sent p1 and p3 first, `b` sent p3, p2, p1 in another order.
    const operation = {
      query:
        '{ a: repeated(ids: ["p1", "p3"]) { id reviews { body } } b: repeated(ids: ["p3", "p2", "p1", "p3"]) { id reviews { body } } c: product(id: "p1") { reviews { author { email } } } d: product(id: "p1") { id reviews { author { name email } } } }',
    };
    const routed = graphqlResponse(await postOperation(router.url, operation));
    const stock = graphqlResponse(await postOperation(vanilla.url, operation));
    // The gateway's sibling requests answer in whichever order they come back: errors compared as a set.
    const byPath = (response: Row) =>
      (response.errors as Row[]).toSorted((x, y) => JSON.stringify(x.path).localeCompare(JSON.stringify(y.path)));
    expect(JSON.stringify(routed.data)).toBe(JSON.stringify(stock.data));
    expect(byPath(routed)).toEqual(byPath(stock));
    expect(byPath(routed).map((error) => error.path)).toEqual([
      ['a', 1, 'reviews'],
      ['b', 0, 'reviews'],
      ['b', 3, 'reviews'],
      ['c', 'reviews', 1, 'author', 'email'],
      ['d', 'reviews', 1, 'author', 'email'],
    ]);
  });

  test('an entity answer it cannot read fails its fetch with an error, never leaves the request pending', async () => {
    const { response, body } = await postOperation(router.url, { query: '{ product(id: "p1") { id recallNotice } }' });
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      data: { product: { id: 'p1', recallNotice: null } },
      errors: [{ message: expect.stringContaining('not iterable') }],
    });
  });

  test('a response name every object inherits writes a field, never into Object.prototype', async () => {
    const operation = { query: '{ __proto__: product(id: "p1") { id constructor: name } }' };
    const { response, body } = await postOperation(router.url, operation);
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: { ['__proto__']: { id: 'p1', constructor: expect.any(String) } } });
    expect(Object.hasOwn(Object.prototype, 'id')).toBe(false);
    expect(({} as { constructor: unknown }).constructor).toBe(Object);
  });

  test('several variables of the wrong type are each refused, as the gateway refuses them', async () => {
    const operation = {
      query:
        'query Products($first: Int, $next: Int) { products(first: $first) { id } more: products(first: $next) { id } }',
      variables: { first: 'many', next: 'more' },
    };
    const routerResponse = graphqlResponse(await postOperation(router.url, operation));
    expect(routerResponse).toEqual(graphqlResponse(await postOperation(vanilla.url, operation)));
    expect(routerResponse).toMatchObject({
      status: 400,
      errors: [
        { message: expect.stringContaining('"$first"'), extensions: { code: 'BAD_USER_INPUT' } },
        { message: expect.stringContaining('"$next"'), extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
  });

  test('a variable of the wrong type is refused before planning, as the gateway refuses it, where it is', async () => {
    const operation = {
      query: 'query Products($first: Int) { products(first: $first) { id } }',
      variables: { first: 'many' },
    };
    const routerResponse = graphqlResponse(await postOperation(router.url, operation));
    const vanillaResponse = graphqlResponse(await postOperation(vanilla.url, operation));
    expect(routerResponse).toEqual(vanillaResponse);
    expect(routerResponse).toMatchObject({
      status: 400,
      errors: [{ locations: [{ line: 1, column: 16 }], extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
