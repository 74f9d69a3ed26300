import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// The harness depends on the router: reached by path, not as a dependency of it.
import { catalog } from '../../subgraphs/catalog/src/index.ts';
import { startTestPlatform, type TestPlatform } from '../../subgraphs/testing/src/index.ts';
import { composePlatform } from '../../tools/src/subgraphs.ts';
import { loadConfig, startRouter } from '../src/index.ts';
import { defaultTrustedDocumentsDir, documentHash, loadTrustedDocuments } from '../src/trusted-document-manifests.ts';
import { composeSupergraph, silentLogger, tempDir, writeFileIn } from './fixtures.ts';

/** The one document of the test's manifest, as a storefront would send it. */
const categoriesDocument = 'query Categories { categories { slug name } }';
const categoriesHash = documentHash(categoriesDocument);
/** A document no manifest holds. */
const adHoc = '{ categories { slug } }';
const unknownHash = documentHash(adHoc);

/** A partner token's organisation. */
const sellerId = randomUUID();

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

type Answer = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};

async function answerOf(response: Response): Promise<Answer> {
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** POSTs `body` (one operation, or a batch) as the SDK does, with `token` as bearer when given. */
async function post(url: string, body: unknown, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return answerOf(await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** A GET with the operation in the URL; the preflight header passes Apollo's CSRF prevention. */
async function get(url: string, params: { query?: string; extensions?: object }): Promise<Answer> {
  const search = new URLSearchParams();
  if (params.query) search.set('query', params.query);
  if (params.extensions) search.set('extensions', JSON.stringify(params.extensions));
  return answerOf(await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } }));
}

function expectRefused(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, codes: answer.body.errors?.map((error) => error.extensions?.code) }).toEqual({
    status,
    codes: [code],
  });
  expect(answer.body.data).toBeUndefined();
}

const expectedCategories = { categories: [{ slug: 'teas', name: 'Teas' }] };

describe('trusted documents, on the router over the catalog subgraph', () => {
  let manifests: Awaited<ReturnType<typeof tempDir>>;
  /** Production, default ROUTER_ALLOW_ARBITRARY_OPERATIONS (partner, staff). */
  let production: TestPlatform;
  /** Production, ROUTER_ALLOW_ARBITRARY_OPERATIONS=none. */
  let lockedDown: TestPlatform;
  let development: TestPlatform;
  const tokens = { customer: '', partner: '', staff: '' };

  beforeAll(async () => {
    manifests = await tempDir();
    await writeFileIn(manifests.path, 'storefront.json', JSON.stringify({ [categoriesHash]: categoriesDocument }));
    const router = { trustedDocumentsDir: manifests.path };
    [production, lockedDown, development] = await Promise.all([
      startTestPlatform({ subgraphs: [catalog], env: { NODE_ENV: 'production' }, router }),
      startTestPlatform({
        subgraphs: [catalog],
        env: { NODE_ENV: 'production' },
        router: { ...router, arbitraryOperationCallers: [] },
      }),
      startTestPlatform({ subgraphs: [catalog], env: { NODE_ENV: 'development' }, router }),
    ]);
    // Every platform signs with its own key; the claims are the same.
    tokens.customer = await production.token({ sub: 'customer-1', roles: ['CUSTOMER'] });
    tokens.partner = await production.token({
      sub: 'partner-1',
      roles: ['PARTNER'],
      scope: 'catalog:write',
      org: { id: sellerId, kind: 'SELLER' },
    });
    tokens.staff = await production.token({ sub: 'admin-1', roles: ['ADMIN'], scope: 'catalog:write catalog:admin' });
    // Straight to the subgraph: the locked-down router would refuse the mutation even to staff.
    for (const t of [production, lockedDown, development]) {
      const staff = await t.token({ sub: 'admin-1', roles: ['ADMIN'], scope: 'catalog:write' });
      const created = await t.subgraphGraphql(
        'catalog',
        'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { userErrors { message } } }',
        { input: { slug: 'teas', name: { en: 'Teas', fr: 'Thés' } } },
        { token: staff },
      );
      expect(created.body).toEqual({ data: { createCategory: { userErrors: [] } } });
    }
  });

  afterAll(async () => {
    await Promise.all([production?.stop(), lockedDown?.stop(), development?.stop()]);
    await manifests?.remove();
  });

  describe('in production', () => {
    test('an anonymous caller may not send a document of its own, refused before it is even parsed', async () => {
      expectRefused(await post(production.url, { query: adHoc }), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
      expectRefused(await post(production.url, { query: '{ categories {' }), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
      expectRefused(await post(production.url, { query: '{ nope }' }), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
      expectRefused(
        await post(production.url, { query: '{ __schema { queryType { name } } }' }),
        400,
        'PERSISTED_QUERY_NOT_ALLOWED',
      );
    });

    test('nor may a customer', async () => {
      expectRefused(await post(production.url, { query: adHoc }, tokens.customer), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
    });

    test('partners and staff may, by default', async () => {
      for (const token of [tokens.partner, tokens.staff]) {
        expect(await post(production.url, { query: adHoc }, token)).toEqual({
          status: 200,
          body: { data: { categories: [{ slug: 'teas' }] } },
        });
      }
    });

    test('a trusted document by its hash alone answers what its text answers in development', async () => {
      const byHash = await post(production.url, { operationName: 'Categories', extensions: persisted(categoriesHash) });
      const byText = await post(development.url, { query: categoriesDocument });
      expect(byHash).toEqual({ status: 200, body: { data: expectedCategories } });
      expect(byHash).toEqual(byText);
    });

    test('the text of a trusted document is accepted as it is, with or without its hash', async () => {
      const expected = { status: 200, body: { data: expectedCategories } };
      expect(await post(production.url, { query: categoriesDocument })).toEqual(expected);
      expect(
        await post(
          production.url,
          { query: categoriesDocument, extensions: persisted(categoriesHash) },
          tokens.customer,
        ),
      ).toEqual(expected);
    });

    test('an unknown hash is refused; for a caller free to send documents it is APQ-not-found', async () => {
      expectRefused(
        await post(production.url, { extensions: persisted(unknownHash) }),
        400,
        'PERSISTED_QUERY_NOT_ALLOWED',
      );
      expectRefused(
        await post(production.url, { extensions: persisted(unknownHash) }, tokens.staff),
        200,
        'PERSISTED_QUERY_NOT_FOUND',
      );
    });

    test("a hash sent with another document's text is refused", async () => {
      for (const token of [undefined, tokens.staff]) {
        expectRefused(
          await post(production.url, { query: adHoc, extensions: persisted(categoriesHash) }, token),
          400,
          'PERSISTED_QUERY_HASH_MISMATCH',
        );
      }
    });

    test('a GET is held to the same rules', async () => {
      expectRefused(await get(production.url, { query: adHoc }), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
      expectRefused(
        await get(production.url, { extensions: persisted(unknownHash) }),
        400,
        'PERSISTED_QUERY_NOT_ALLOWED',
      );
      expect(await get(production.url, { extensions: persisted(categoriesHash) })).toEqual({
        status: 200,
        body: { data: expectedCategories },
      });
    });

    test('a batch cannot slip a document of its own behind a trusted one', async () => {
      const batch = [{ extensions: persisted(categoriesHash) }, { query: adHoc }];
      expectRefused(await post(production.url, batch), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
    });

    test('with ROUTER_ALLOW_ARBITRARY_OPERATIONS=none, partners and staff are held to trusted documents too', async () => {
      for (const claims of [
        {
          sub: 'partner-1',
          roles: ['PARTNER'],
          scope: 'catalog:write',
          org: { id: sellerId, kind: 'SELLER' as const },
        },
        { sub: 'admin-1', roles: ['ADMIN'], scope: 'catalog:write catalog:admin' },
      ]) {
        const token = await lockedDown.token(claims);
        expectRefused(await post(lockedDown.url, { query: adHoc }, token), 400, 'PERSISTED_QUERY_NOT_ALLOWED');
        expect(await post(lockedDown.url, { extensions: persisted(categoriesHash) }, token)).toEqual({
          status: 200,
          body: { data: expectedCategories },
        });
      }
    });
  });

  describe('in development', () => {
    test('any caller may send any document, and hashes still resolve', async () => {
      expect(await post(development.url, { query: adHoc })).toEqual({
        status: 200,
        body: { data: { categories: [{ slug: 'teas' }] } },
      });
      expect(await post(development.url, { extensions: persisted(categoriesHash) })).toEqual({
        status: 200,
        body: { data: expectedCategories },
      });
    });

    test('an unknown hash is APQ-not-found, and the document sent with its hash then runs, unregistered', async () => {
      expectRefused(
        await post(development.url, { extensions: persisted(unknownHash) }),
        200,
        'PERSISTED_QUERY_NOT_FOUND',
      );
      expect(await post(development.url, { query: adHoc, extensions: persisted(unknownHash) })).toMatchObject({
        status: 200,
        body: { data: { categories: [{ slug: 'teas' }] } },
      });
      expectRefused(
        await post(development.url, { extensions: persisted(unknownHash) }),
        200,
        'PERSISTED_QUERY_NOT_FOUND',
      );
    });

    test("a hash sent with another document's text is refused", async () => {
      expectRefused(
        await post(development.url, { query: adHoc, extensions: persisted(categoriesHash) }),
        400,
        'PERSISTED_QUERY_HASH_MISMATCH',
      );
    });
  });
});

/** The manifest files of `folder`, none when it does not exist. */
async function manifestsIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  return names.filter((name) => name.endsWith('.json'));
}

describe('trusted documents manifests', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const supergraphSdl = composeSupergraph({ accounts: 'http://127.0.0.1:1/', reviews: 'http://127.0.0.1:2/' });

  beforeAll(async () => {
    dir = await tempDir();
  });

  afterAll(async () => {
    await dir?.remove();
  });

  test('every document committed under schema/trusted-documents is valid against the composed supergraph', async () => {
    const documents = await loadTrustedDocuments(defaultTrustedDocumentsDir);
    // No documents must mean no manifests (before the first client), not manifests left unread.
    if (documents.size === 0) expect(await manifestsIn(defaultTrustedDocumentsDir)).toEqual([]);
    const schema = buildSchema(composePlatform().api);
    const invalid = [...documents.values()].flatMap((document) =>
      validate(schema, parse(document)).map((error) => `${error.message} in ${document}`),
    );
    expect(invalid).toEqual([]);
  });

  test('a missing folder means no trusted documents', async () => {
    expect((await loadTrustedDocuments(join(dir.path, 'missing'))).size).toBe(0);
  });

  test('a malformed manifest, or a key that is not its document’s hash, stops the router naming the file', async () => {
    const cases = [
      ['not-json.json', '{ "abc": ', /^invalid trusted documents manifest .*not-json\.json: /],
      ['list.json', '["{ a }"]', /^invalid trusted documents manifest .*list\.json: expected an object/],
      [
        'wrong-key.json',
        JSON.stringify({ [unknownHash]: categoriesDocument }),
        new RegExp(`^invalid trusted documents manifest .*wrong-key\\.json: key ${unknownHash} is not the SHA-256`),
      ],
    ] as const;
    for (const [name, content, message] of cases) {
      const folder = join(dir.path, name.replace('.json', ''));
      await mkdir(folder);
      await writeFileIn(folder, name, content);
      const started = startRouter({ supergraphSdl, port: 0, logger: silentLogger, trustedDocumentsDir: folder });
      await expect(started).rejects.toMatchObject({ name: 'StartupError', message: expect.stringMatching(message) });
    }
  });

  test('ROUTER_ALLOW_ARBITRARY_OPERATIONS: partner, staff by default; none; a list; anything else refused', () => {
    const allowed = (value?: string) =>
      loadConfig(value === undefined ? {} : { ROUTER_ALLOW_ARBITRARY_OPERATIONS: value }, []).arbitraryOperationCallers;
    expect(allowed()).toEqual(['partner', 'staff']);
    expect(allowed('none')).toEqual([]);
    expect(allowed('staff, anonymous')).toEqual(['staff', 'anonymous']);
    expect(() => allowed('staff,admins')).toThrow(
      'invalid configuration: ROUTER_ALLOW_ARBITRARY_OPERATIONS="staff,admins" is invalid: expected "none" or a comma-separated list of anonymous, customer, partner, staff',
    );
  });
});
