import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '@comptoir/kit/config';
import { StartupError } from '@comptoir/kit/process-entry';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, startRouter } from '../src/index.ts';
import { composeSupergraph, silentLogger, tempDir, writeFileIn } from './fixtures.ts';

/** The error a promise rejects with, or a failure if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('a supergraph the router cannot use stops it with one line naming the file', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    dir = await tempDir();
  });

  afterAll(async () => {
    await dir?.remove();
  });

  test('missing file', async () => {
    const supergraphPath = `${dir.path}/nowhere/supergraph.graphql`;
    const error = await rejection(startRouter({ supergraphPath, port: 0, logger: silentLogger }));
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toBe(
      `cannot read supergraph file ${supergraphPath}: no such file (set SUPERGRAPH_PATH or --supergraph)`,
    );
  });

  test.each([
    ['not GraphQL at all', 'this is { not graphql'],
    ['a plain schema, not a supergraph', 'type Query { hello: String }'],
  ])('%s', async (_case, content) => {
    const supergraphPath = await writeFileIn(dir.path, 'invalid.graphql', content);
    const error = await rejection(startRouter({ supergraphPath, port: 0, logger: silentLogger }));
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toContain(`invalid supergraph file ${supergraphPath}: `);
    expect(error.message).not.toContain('\n');
  });

  test('a subgraph without a URL asks for its SUBGRAPH_<NAME>_URL', async () => {
    const supergraphSdl = composeSupergraph({ accounts: 'http://127.0.0.1:4001/graphql', reviews: '' });
    const error = await rejection(startRouter({ supergraphSdl, port: 0, logger: silentLogger }));
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toContain('subgraph "reviews"');
    expect(error.message).toContain('set SUBGRAPH_REVIEWS_URL');
  });

  test('a port already in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const supergraphSdl = composeSupergraph({
        accounts: 'http://127.0.0.1:4001/graphql',
        reviews: 'http://127.0.0.1:4002/graphql',
      });
      const error = await rejection(startRouter({ supergraphSdl, port, logger: silentLogger }));
      expect(error).toBeInstanceOf(StartupError);
      expect(error.message).toContain(`cannot listen on 127.0.0.1:${port}`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('configuration', () => {
  test('defaults: port 4000 on 127.0.0.1, metrics on 9400, production, the repository supergraph and web build', () => {
    const config = loadConfig({}, []);
    expect(config).toMatchObject({
      port: 4000,
      metricsPort: 9400,
      host: '127.0.0.1',
      nodeEnv: 'production',
      subgraphUrlOverrides: {},
    });
    expect(config.supergraphPath).toMatch(/\/schema\/supergraph\.graphql$/);
    expect(config.webDistDir).toMatch(/\/clients\/web\/dist$/);
  });

  test('--supergraph wins over SUPERGRAPH_PATH', () => {
    const config = loadConfig({ SUPERGRAPH_PATH: '/from/env.graphql' }, ['--supergraph', '/from/flag.graphql']);
    expect(config.supergraphPath).toBe('/from/flag.graphql');
    expect(loadConfig({ SUPERGRAPH_PATH: '/from/env.graphql' }, []).supergraphPath).toBe('/from/env.graphql');
  });

  test.each(['ftp://catalog:4001/graphql', 'not a url', ''])('SUBGRAPH_CATALOG_URL=%j is refused by name', (value) => {
    const load = () => loadConfig({ SUBGRAPH_CATALOG_URL: value }, []);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(`SUBGRAPH_CATALOG_URL=${JSON.stringify(value)} is invalid: expected an http(s) URL`);
  });

  test('auth: AUTH_URL and AUTH_JWKS_URL unset by default (found from the supergraph), issuer and audience from the kit', () => {
    expect(loadConfig({}, []).auth).toEqual({
      url: undefined,
      jwksUrl: undefined,
      issuer: 'comptoir',
      audience: 'comptoir-api',
    });
    const auth = loadConfig({ AUTH_URL: 'http://auth:4001', AUTH_JWKS_URL: 'http://keys/jwks.json' }, []).auth;
    expect(auth).toMatchObject({ url: 'http://auth:4001', jwksUrl: 'http://keys/jwks.json' });
    expect(() => loadConfig({ AUTH_URL: 'auth:4001' }, [])).toThrow('AUTH_URL="auth:4001" is invalid');
  });

  test('ROUTER_SUBGRAPH_SECRET: optional, at least 32 characters, never printed', () => {
    expect(loadConfig({}, []).subgraphSecret).toBeUndefined();
    expect(loadConfig({ ROUTER_SUBGRAPH_SECRET: 's'.repeat(32) }, []).subgraphSecret).toBe('s'.repeat(32));
    expect(() => loadConfig({ ROUTER_SUBGRAPH_SECRET: 'hunter2' }, [])).toThrow(
      'ROUTER_SUBGRAPH_SECRET="***" is invalid: expected at least 32 characters',
    );
  });

  test('a bad PORT or an unknown flag is a ConfigError', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, [])).toThrow(/PORT="eighty" is invalid/);
    expect(() => loadConfig({}, ['--supergraf', 'x'])).toThrow(ConfigError);
  });

  test('METRICS_PORT: PORT + 5400 unless set, never PORT itself', () => {
    expect(loadConfig({ PORT: '8080' }, []).metricsPort).toBe(13480);
    expect(loadConfig({ METRICS_PORT: '9100' }, []).metricsPort).toBe(9100);
    expect(() => loadConfig({ METRICS_PORT: 'x' }, [])).toThrow(/METRICS_PORT="x" is invalid/);
    expect(() => loadConfig({ PORT: '9000', METRICS_PORT: '9000' }, [])).toThrow(
      'METRICS_PORT=9000 is invalid: it is PORT',
    );
    expect(() => loadConfig({ PORT: '65000' }, [])).toThrow(/METRICS_PORT is missing/);
  });
});
