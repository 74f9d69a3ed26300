import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger } from '@comptoir/kit/logger';
import { type GraphQLSchema, parse } from 'graphql';

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
  /** Every request the subgraph received, oldest first. */
  received: { headers: IncomingHttpHeaders; remotePort: number | undefined }[];
  stop(): Promise<void>;
};

/** Serves `schema` on an ephemeral port, recording what each request carried. */
export async function startSubgraph(name: string, schema: GraphQLSchema): Promise<TestSubgraph> {
  // Inline tracing is for Apollo's usage reporting, which the router never does.
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const received: TestSubgraph['received'] = [];
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      received.push({ headers: req.headers, remotePort: req.socket.remotePort });
      return {};
    },
  });
  return { name, url, received, stop: () => server.stop() };
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

/** A query both subgraphs take part in: `me` from accounts, `reviews` from reviews. */
export const meWithReviews = 'query MeWithReviews { me { name reviews { body author { name } } } }';

export const expectedMeWithReviews = {
  me: { name: 'Ada', reviews: [{ body: 'Très bien', author: { name: 'Ada' } }] },
};

/** POSTs a GraphQL operation and returns the parsed JSON body with the response. */
export async function postGraphql(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: { data?: unknown; errors?: { message: string }[] } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: await response.json() };
}

/** A URL nothing listens on: a port the system just handed out and took back. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}
