import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningRouter, startRouter } from '../src/index.ts';
import {
  anyDocuments,
  composeSupergraph,
  meWithReviews,
  postGraphql,
  silentLogger,
  startTestSubgraphs,
  type TestSubgraph,
  tempDir,
  writeFileIn,
} from './fixtures.ts';

const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('HTTP endpoints besides GraphQL', () => {
  let subgraphs: { accounts: TestSubgraph; reviews: TestSubgraph };
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let development: RunningRouter;
  let production: RunningRouter;
  const base = (router: RunningRouter) => router.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    dir = await tempDir();
    const supergraphSdl = composeSupergraph({ accounts: subgraphs.accounts.url, reviews: subgraphs.reviews.url });
    // Under a dot-folder, as builds often are (~/.cache, CI workspaces): nothing may be refused as a dotfile.
    const webDistDir = join(dir.path, '.build', 'dist');
    await mkdir(webDistDir, { recursive: true });
    await writeFileIn(webDistDir, 'index.html', '<!doctype html><title>Comptoir storefront</title>');
    await writeFileIn(webDistDir, 'app.js', 'console.log("storefront");');
    [development, production] = await Promise.all([
      startRouter({ supergraphSdl, port: 0, logger: silentLogger, nodeEnv: 'development', webDistDir }),
      startRouter({ supergraphSdl, port: 0, logger: silentLogger, nodeEnv: 'production', ...anyDocuments }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([development?.stop(), production?.stop()]);
    await Promise.all([subgraphs?.accounts.stop(), subgraphs?.reviews.stop()]);
    await dir?.remove();
  });

  test('/health, /health/live and /health/ready answer 200 once the supergraph is loaded', async () => {
    for (const path of ['/health', '/health/live', '/health/ready']) {
      const response = await fetch(`${base(production)}${path}`);
      expect(response.status, path).toBe(200);
    }
    expect(await (await fetch(`${base(production)}/health/ready`)).json()).toEqual({
      status: 'ready',
      checks: [{ name: 'gateway', ok: true }],
    });
  });

  test('/metrics, on its own port, counts GraphQL operations by name and outcome', async () => {
    await postGraphql(production.url, meWithReviews);
    await postGraphql(production.url, '{ nope }');
    const response = await fetch(production.metricsUrl);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = await response.text();
    expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation="MeWithReviews"[^}]*outcome="ok"[^}]*\} 1/);
    expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation="anonymous"[^}]*outcome="client-error"[^}]*\} 1/);
    expect(metrics).toMatch(/graphql_request_duration_seconds_count\{[^}]*operation="MeWithReviews"/);
  });

  test('GraphiQL is served to browsers in development, with every asset from the router itself', async () => {
    const response = await fetch(development.url, { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    expect(page).not.toMatch(/https?:\/\//);

    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url ?? '');
    expect(assets).toHaveLength(5);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/graphiql\/assets\//);
      const file = await fetch(`${base(development)}${asset}`);
      expect(file.status, asset).toBe(200);
      expect(file.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
    }
  });

  test('API clients asking /graphql get GraphQL, not the GraphiQL page', async () => {
    const response = await fetch(`${development.url}?query=%7B__typename%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('production serves no GraphiQL, no assets and no introspection', async () => {
    const page = await fetch(production.url, { headers: browser });
    expect(page.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect((await fetch(`${base(production)}/graphiql/assets/graphiql.min.js`)).status).toBe(404);

    const { body } = await postGraphql(production.url, '{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  test('a malformed request body gets a GraphQL-shaped 400, not an HTML error page', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('the built web client is served at / with client-side routes falling back to index.html', async () => {
    const home = await fetch(`${base(development)}/`, { headers: browser });
    expect(await home.text()).toContain('Comptoir storefront');

    const clientRoute = await fetch(`${base(development)}/products/42`, { headers: browser });
    expect(clientRoute.status).toBe(200);
    expect(await clientRoute.text()).toContain('Comptoir storefront');

    const asset = await fetch(`${base(development)}/app.js`);
    expect(await asset.text()).toContain('storefront');
    expect((await fetch(`${base(development)}/missing.js`)).status).toBe(404);
    // Served on the metrics port only: a 404 here, never the storefront's page.
    expect((await fetch(`${base(development)}/metrics`, { headers: browser })).status).toBe(404);
  });

  test('without a web client build, / points to the GraphQL endpoint', async () => {
    const response = await fetch(`${base(production)}/`);
    expect(await response.json()).toEqual({ service: 'comptoir-router', graphql: '/graphql' });
  });
});
