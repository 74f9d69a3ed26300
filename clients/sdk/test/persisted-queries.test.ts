import { catalog } from '@comptoir/catalog';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CategoriesDocument, ComptoirError, createComptoirClient, TypedDocumentString } from '../src/index.ts';
import { observedFetch } from './fixtures.ts';

/* The SDK sends documents by hash (automatic persisted queries); the router knows its manifest's. */
let t: TestPlatform;

/** A partner's own document, in no manifest (its hash is made up): outside production anyone may send it. */
const ownDocument = new TypedDocumentString<{ categories: Array<{ slug: string }> }, Record<string, never>>(
  'query OwnCategories { categories { slug } }',
  { hash: `sha256:${'0'.repeat(64)}` },
);

beforeAll(async () => {
  t = await startTestPlatform({ subgraphs: [catalog] });
});
afterAll(() => t?.stop());

test('an SDK operation is sent by its hash alone', async () => {
  const observed = observedFetch();
  const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch });
  expect(await client.request(CategoriesDocument)).toEqual({ categories: [] });
  expect(observed.calls.map(({ withText, status }) => ({ withText, status }))).toEqual([
    { withText: false, status: 200 },
  ]);
});

test('a document the router does not know by its hash is sent again with its text, once', async () => {
  const observed = observedFetch();
  const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch });
  expect(await client.request(ownDocument)).toEqual({ categories: [] });
  expect(observed.calls.map(({ withText, codes }) => ({ withText, codes }))).toEqual([
    { withText: false, codes: ['PERSISTED_QUERY_NOT_FOUND'] },
    { withText: true, codes: [] },
  ]);
});

describe('in production', () => {
  let production: TestPlatform;
  beforeAll(async () => {
    production = await startTestPlatform({ subgraphs: [catalog], env: { NODE_ENV: 'production' } });
  });
  afterAll(() => production?.stop());

  test("an anonymous caller's SDK operations go by hash; a document of no manifest is refused, not sent again", async () => {
    const observed = observedFetch();
    const client = createComptoirClient({ endpoint: production.url, fetch: observed.fetch });
    expect(await client.request(CategoriesDocument)).toEqual({ categories: [] });
    const refused = await client.request(ownDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ComptoirError);
    expect(refused).toMatchObject({ kind: 'graphql', status: 400, codes: ['PERSISTED_QUERY_NOT_ALLOWED'] });
    expect(observed.calls.map(({ operationName, withText }) => ({ operationName, withText }))).toEqual([
      { operationName: 'Categories', withText: false },
      { operationName: 'OwnCategories', withText: false },
    ]);
  });
});
