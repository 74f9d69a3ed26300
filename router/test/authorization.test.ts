import { startTokenIssuer, type TestClaims, type TokenIssuer } from '@comptoir/kit/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningRouter, startRouter } from '../src/index.ts';
import { composeGuardedSupergraph, startGuardedSubgraphs } from './auth-fixtures.ts';
import { silentLogger, type TestSubgraph } from './fixtures.ts';

describe('@authenticated and @requiresScopes, enforced by the router', () => {
  let subgraphs: { shop: TestSubgraph; billing: TestSubgraph };
  let signer: TokenIssuer;
  let router: RunningRouter;

  beforeAll(async () => {
    subgraphs = await startGuardedSubgraphs();
    signer = await startTokenIssuer();
    const supergraphSdl = composeGuardedSupergraph({ shop: subgraphs.shop.url, billing: subgraphs.billing.url });
    router = await startRouter({
      supergraphSdl,
      port: 0,
      logger: silentLogger,
      nodeEnv: 'test',
      auth: { jwksUrl: signer.jwksUrl },
    });
  });

  afterAll(async () => {
    await router?.stop();
    await Promise.all([subgraphs?.shop.stop(), subgraphs?.billing.stop(), signer?.stop()]);
  });

  /** Runs `query` as `caller` (anonymous when undefined), counting the subgraph requests it caused. */
  async function run(query: string, caller?: TestClaims, operationName?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers.authorization = `Bearer ${await signer.mint(caller)}`;
    const before = subgraphs.shop.received.length + subgraphs.billing.received.length;
    const response = await fetch(router.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: object }[] };
    const subgraphCalls = subgraphs.shop.received.length + subgraphs.billing.received.length - before;
    return { status: response.status, body, subgraphCalls, challenge: response.headers.get('www-authenticate') };
  }

  const customer = { sub: 'u1', roles: ['CUSTOMER'] };
  const withScopes = (scope: string) => ({ ...customer, scope });
  const refused = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

  test('unguarded fields and introspection stay open to anonymous callers', async () => {
    expect((await run('{ products { name } __typename }')).body).toEqual({
      data: { products: [{ name: 'Café' }], __typename: 'Query' },
    });
    expect((await run('{ __schema { queryType { name } } }')).status).toBe(200);
  });

  test('an anonymous caller touching an @authenticated field: 401 UNAUTHENTICATED, no subgraph called', async () => {
    const { status, body, subgraphCalls, challenge } = await run('{ products { name } me { name } }');
    expect(status).toBe(401);
    expect(challenge).toBe('Bearer');
    expect(body).toEqual(refused('UNAUTHENTICATED', 'Query.me requires authentication'));
    expect(subgraphCalls).toBe(0);
  });

  test('an authenticated caller gets the field, planned across both subgraphs', async () => {
    const { body } = await run('{ me { name invoices { total } } }', customer);
    expect(body).toEqual({ data: { me: { name: 'Ada', invoices: [{ total: 4200 }] } } });
  });

  test('@requiresScopes: 401 anonymous, 403 FORBIDDEN without the scope, data with it', async () => {
    const query = '{ customers { name } }';
    expect((await run(query)).body).toEqual(refused('UNAUTHENTICATED', 'Query.customers requires authentication'));

    const forbidden = await run(query, withScopes('orders:read'));
    expect(forbidden.status).toBe(403);
    expect(forbidden.challenge).toBe('Bearer error="insufficient_scope"');
    expect(forbidden.body).toEqual(refused('FORBIDDEN', 'Query.customers requires scope customers:read'));
    expect(forbidden.subgraphCalls).toBe(0);

    expect((await run(query, withScopes('orders:read customers:read'))).body).toEqual({
      data: { customers: [{ name: 'Ada' }] },
    });
  });

  test.each([
    ['orders:read', 403],
    ['orders:export', 403],
    ['orders:read orders:export', 200],
    ['orders:admin', 200],
  ])('scope sets are alternatives, each a conjunction: %j gets %i', async (scope, status) => {
    const { status: actual, body } = await run('{ orderExport }', withScopes(scope));
    expect(actual).toBe(status);
    if (status === 403) {
      expect(body).toEqual(
        refused('FORBIDDEN', 'Query.orderExport requires scopes (orders:read and orders:export) or orders:admin'),
      );
    } else {
      expect(body).toEqual({ data: { orderExport: 'order,total' } });
    }
  });

  test('a type-level guard covers every field returning the type, and fragments on it in a union', async () => {
    expect((await run('{ invoice(id: "i1") { total } }')).body).toEqual(
      refused('UNAUTHENTICATED', 'Query.invoice requires authentication'),
    );
    expect((await run('{ documents { ... on Invoice { total } } }')).body).toEqual(
      refused('UNAUTHENTICATED', 'Invoice requires authentication'),
    );
    expect((await run('{ documents { ... on Brochure { title } } }')).body).toEqual({
      data: { documents: [{ title: 'Soldes' }, {}] },
    });
    expect((await run('{ invoice(id: "i1") { total } }', customer)).body).toEqual({
      data: { invoice: { total: 4200 } },
    });
  });

  test('guarded fields reached through named and inline fragments are caught', async () => {
    const named = `
      query { ...Everything }
      fragment Everything on Query { products { name } ...Private }
      fragment Private on Query { me { name } }
    `;
    expect((await run(named)).body).toEqual(refused('UNAUTHENTICATED', 'Query.me requires authentication'));

    const inline = '{ ... on Query { products { name } ... @include(if: true) { customers { name } } } }';
    expect((await run(inline, customer)).body).toEqual(
      refused('FORBIDDEN', 'Query.customers requires scope customers:read'),
    );
  });

  test('every denial is named, once', async () => {
    const { body } = await run('{ me { name } customers { name } again: me { id } }');
    expect(body).toEqual(
      refused('UNAUTHENTICATED', 'Query.me requires authentication; Query.customers requires authentication'),
    );
  });

  test('only the operation being run is checked, not its siblings in the document', async () => {
    const document = 'query Open { products { name } } query Closed { me { name } }';
    expect((await run(document, undefined, 'Open')).body).toEqual({ data: { products: [{ name: 'Café' }] } });
    expect((await run(document, undefined, 'Closed')).status).toBe(401);
    const unnamed = await run(document);
    expect(unnamed.body.data).toBeUndefined();
    expect(unnamed.subgraphCalls).toBe(0);
  });
});
