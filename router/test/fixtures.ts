import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger } from '@comptoir/kit/logger';
import express from 'express';
import { type GraphQLSchema, parse } from 'graphql';
import { composeSupergraph as composeRouterSupergraph } from '../src/composition.ts';
import { callerKinds } from '../src/concerns/trusted-documents.ts';

/** Two throwaway subgraphs, unrelated to Comptoir's: the router must work over any supergraph. */
const accountsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type User @key(fields: "id") { id: ID! name: String }
  type Query { me: User }
`;
const reviewsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Review { body: String author: User }
  type User @key(fields: "id") { id: ID! reviews: [Review] }
`;

const users: Record<string, { id: string; name: string }> = { '1': { id: '1', name: 'Ada' } };

export type TestSubgraph = {
  name: string;
  url: string;
  /** Every request the subgraph received, oldest first, with the number of the connection it came on. */
  received: { headers: IncomingHttpHeaders; connection: number }[];
  /** How many connections the subgraph has accepted so far; the nth one is numbered n in `received`. */
  readonly connections: number;
  stop(): Promise<void>;
};

/**
 * Idle connections stay open this long, and the server says so (`Keep-Alive: timeout=600`), which
 * undici honours: keep-alive holds however slow the machine, instead of Node's default 5 s.
 */
const keepAliveTimeoutMs = 600_000;

/** Serves `schema` on an ephemeral port, recording what each request carried and on which connection. */
export async function startSubgraph(name: string, schema: GraphQLSchema): Promise<TestSubgraph> {
  const app = express();
  const httpServer = createServer(app);
  httpServer.keepAliveTimeout = keepAliveTimeoutMs;
  const connectionOf = new WeakMap<object, number>();
  let connections = 0;
  httpServer.on('connection', (socket) => {
    connections += 1;
    connectionOf.set(socket, connections);
  });
  // Inline tracing is for Apollo's usage reporting, which the router never does. Draining closes
  // the idle kept-alive connections on stop.
  const server = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  const received: TestSubgraph['received'] = [];
  app.use(
    express.json(),
    expressMiddleware(server, {
      context: async ({ req }) => {
        received.push({ headers: req.headers, connection: connectionOf.get(req.socket) ?? 0 });
        return {};
      },
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    name,
    url: `http://127.0.0.1:${port}/`,
    received,
    get connections() {
      return connections;
    },
    stop: () => server.stop(),
  };
}

export async function startTestSubgraphs(): Promise<{ accounts: TestSubgraph; reviews: TestSubgraph }> {
  const [accounts, reviews] = await Promise.all([
    startSubgraph(
      'accounts',
      buildSubgraphSchema({
        typeDefs: parse(accountsSdl),
        resolvers: {
          Query: { me: () => users['1'] },
          User: { __resolveReference: ({ id }: { id: string }) => users[id] },
        },
      }),
    ),
    startSubgraph(
      'reviews',
      buildSubgraphSchema({
        typeDefs: parse(reviewsSdl),
        resolvers: {
          User: { reviews: ({ id }: { id: string }) => [{ body: 'Très bien', authorId: id }] },
          Review: { author: ({ authorId }: { authorId: string }) => ({ id: authorId }) },
        },
      }),
    ),
  ]);
  return { accounts, reviews };
}

/** Composes the test subgraphs, recording `urls` in the supergraph as composition would. */
export function composeSupergraph(urls: { accounts: string; reviews: string }): string {
  const result = composeServices([
    { name: 'accounts', typeDefs: parse(accountsSdl), url: urls.accounts },
    { name: 'reviews', typeDefs: parse(reviewsSdl), url: urls.reviews },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** A temporary directory removed by the returned cleanup. */
export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'comptoir-router-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function writeFileIn(dir: string, name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export const silentLogger = createLogger('router', 'silent');

/**
 * Router options for a production router on which every caller may send documents of its own, as
 * partners and staff may by default: for tests of what stands behind trusted documents.
 */
export const anyDocuments = { arbitraryOperationCallers: callerKinds };

/** A query both subgraphs take part in: `me` from accounts, `reviews` from reviews. */
export const meWithReviews = 'query MeWithReviews { me { name reviews { body author { name } } } }';

export const expectedMeWithReviews = {
  me: { name: 'Ada', reviews: [{ body: 'Très bien', author: { name: 'Ada' } }] },
};

/** What a GraphQL endpoint answers, as the tests read it. */
export type GraphqlBody = {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: unknown } }[];
  extensions?: Record<string, unknown>;
};

/** POSTs a GraphQL query and returns the parsed JSON body with the response. */
export function postGraphql(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: GraphqlBody }> {
  return postOperation(url, { query }, headers);
}

/**
 * An endpoint that never answers: it accepts each connection and destroys it at once, so every
 * request fails ("fetch failed"). Unlike a port closed and handed back to the OS, which another
 * test worker may be given meanwhile, it stays taken until `stop`.
 */
export async function startUnreachable(): Promise<{
  url: string;
  readonly connections: number;
  stop(): Promise<void>;
}> {
  let connections = 0;
  const server = createTcpServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** How many connections were attempted (and cut): proof a failure came from here. */
    get connections() {
      return connections;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** POSTs a GraphQL request with variables and operation name; the parsed JSON body (key order kept) with the response. */
export async function postOperation(
  url: string,
  operation: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: GraphqlBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(operation),
  });
  return { response, body: (await response.json()) as GraphqlBody };
}

/** A subgraph that answers every request with the same HTTP status and body (a 500 page, a 401 refusal). */
export async function startCannedSubgraph(answer: {
  status: number;
  contentType: string;
  body: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, { 'content-type': answer.contentType });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** One field per request of the tests, each held until released. */
const heldFields = ['first', 'second', 'inProgress', 'abandoned', 'next'] as const;
export type HeldField = (typeof heldFields)[number];
const heldSdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Held { field: String }
  type Query { ${heldFields.map((field) => `${field}: Held`).join(' ')} }
`);

/** A subgraph whose every answer waits until the test releases it, by the field asked for. */
export async function startHeldSubgraph(): Promise<{
  subgraph: TestSubgraph;
  release(field: HeldField): void;
  asked: HeldField[];
}> {
  const held = new Map<HeldField, () => void>();
  const asked: HeldField[] = [];
  const subgraph = await startSubgraph(
    'held',
    buildSubgraphSchema({
      typeDefs: heldSdl,
      resolvers: {
        Query: Object.fromEntries(
          heldFields.map((field) => [
            field,
            () => {
              asked.push(field);
              return new Promise<{ field: HeldField }>((resolve) => held.set(field, () => resolve({ field })));
            },
          ]),
        ),
      },
    }),
  );
  return {
    subgraph,
    asked,
    release(field) {
      const answer = held.get(field);
      if (!answer) throw new Error(`the subgraph was never asked for ${field}`);
      answer();
    },
  };
}

/** The supergraph of the held subgraph alone. */
export function composeHeldSupergraph(url: string): string {
  return composeRouterSupergraph([{ name: 'held', typeDefs: heldSdl, url }]).supergraph;
}
