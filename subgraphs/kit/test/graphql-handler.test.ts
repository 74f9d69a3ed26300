import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphqlHandler } from '../src/graphql-handler.ts';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
type Call = { method: string; path: string; headers?: Record<string, string>; body?: string };

/** Raw HTTP, so HEAD and the exact bytes and headers are what the server wrote. */
function call(base: string, { method, path, headers = {}, body }: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const post = (query: string, headers: Record<string, string> = {}, variables?: unknown): Call => ({
  method: 'POST',
  path: '/graphql',
  headers: { ...json, ...headers },
  body: JSON.stringify({ query, variables }),
});

// Each answered the same by Apollo's own express integration (ETags off, as our apps run).
const sameAsStock: Record<string, Call> = {
  'a query whose answer has multi-byte characters': post('{ greeting }'),
  'a query with variables': post('query ($name: String!) { hello(name: $name) }', {}, { name: 'Zoë' }),
  'a syntax error (400)': post('{ greeting'),
  'a validation error (400)': post('{ nope }'),
  'a wrong variable (400)': post('query ($name: String!) { hello(name: $name) }', {}, { name: 3 }),
  'graphql-response+json negotiated': post('{ greeting }', { accept: 'application/graphql-response+json' }),
  'a GET query with the preflight header': {
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ greeting }')}#ignored`,
    headers: { 'apollo-require-preflight': 'true' },
  },
  'a GET query without it (CSRF, 400)': { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ greeting }')}` },
  'a mutation over GET (405)': {
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { touch }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  },
  'HEAD (no body)': { method: 'HEAD', path: '/graphql', headers: json },
  'an empty JSON object (400)': { method: 'POST', path: '/graphql', headers: json, body: '{}' },
};

describe('graphqlHandler', () => {
  const typeDefs = `
    type Query { greeting: String, hello(name: String!): String }
    type Mutation { touch: Boolean }
  `;
  const resolvers = {
    Query: { greeting: () => 'Café ☕ 日本', hello: (_: unknown, { name }: { name: string }) => `Bonjour ${name}` },
    Mutation: { touch: () => true },
  };
  const servers: { stop(): Promise<void> }[] = [];
  let ours: string;
  let stock: string;

  const serve = async (mount: (apollo: ApolloServer) => RequestHandler) => {
    const apollo = new ApolloServer({ typeDefs, resolvers });
    await apollo.start();
    const app = express();
    app.disable('etag');
    app.use('/graphql', express.json(), mount(apollo));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({
      stop: async () => {
        await new Promise((resolve) => server.close(resolve));
        await apollo.stop();
      },
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    ours = await serve((apollo) => graphqlHandler(apollo, async () => ({})));
    stock = await serve((apollo) => expressMiddleware(apollo));
  });
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  const comparable = ({ status, headers, body }: Answer) => ({
    status,
    body,
    contentType: headers['content-type'],
    contentLength: headers['content-length'],
    transferEncoding: headers['transfer-encoding'],
    etag: headers.etag,
    cacheControl: headers['cache-control'],
    vary: headers.vary,
  });

  test.each(Object.entries(sameAsStock))('%s: the same status, headers and bytes as stock', async (_name, request) => {
    const answer = await call(ours, request);
    expect(comparable(answer)).toEqual(comparable(await call(stock, request)));
  });

  test("writes Apollo's JSON as it is, its byte length as Content-Length, no ETag", async () => {
    const answer = await call(ours, post('{ greeting }'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { greeting: 'Café ☕ 日本' } });
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(answer.headers.etag).toBeUndefined();
  });

  test('a body no parser read (text/plain) is refused by Apollo with 400, not a 500', async () => {
    const answer = await call(ours, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ greeting }' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('greeting');
  });
});
