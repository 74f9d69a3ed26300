import {
  type AnyVariables,
  Client,
  type Exchange,
  fetchExchange,
  makeOperation,
  mapExchange,
  type OperationResult,
} from '@urql/core';
import { createContext, type JSX, useContext } from 'solid-js';
import type { TypedDocumentString } from '../generated/graphql.ts';
import type { Lang } from '../i18n/languages.ts';

/**
 * The storefront's GraphQL client: urql without a cache (pages fetch through Solid resources, which
 * the server serializes for hydration), sending each document by its sha256 alone. Every document
 * is in schema/trusted-documents/storefront.json, which the router loads, so the text never travels.
 */
export interface GraphqlClientOptions {
  /** The router's /graphql on the server; `/graphql` (this server's proxy) in the browser. */
  url: string;
  /** Headers for every request: the shopper's language, and on the server the basket token. */
  headers?: () => Record<string, string>;
  fetch?: typeof fetch;
}

/** Puts the document's hash (in the operation's context) into the persisted-query extension. */
const persistedDocuments: Exchange = mapExchange({
  onOperation(operation) {
    const hash = operation.context.documentHash;
    if (typeof hash !== 'string') return operation;
    return makeOperation(
      operation.kind,
      { ...operation, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      operation.context,
    );
  },
});

export function createGraphqlClient(options: GraphqlClientOptions): Client {
  /** The client's headers, with the page's language when the operation names it (see query). */
  const requestHeaders = mapExchange({
    onOperation(operation) {
      const lang = operation.context.lang;
      const headers = () => ({
        ...options.headers?.(),
        ...(typeof lang === 'string' ? { 'accept-language': lang } : {}),
      });
      return makeOperation(operation.kind, operation, {
        ...operation.context,
        fetchOptions: () => ({ headers: headers() }),
      });
    },
  });
  return new Client({
    url: options.url,
    exchanges: [persistedDocuments, requestHeaders, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** An operation's failure: the network's, or the GraphQL errors' first message. */
export class GraphqlRequestError extends Error {}

function dataOf<T>(result: OperationResult<T, AnyVariables>): T {
  if (result.error) throw new GraphqlRequestError(result.error.message);
  if (result.data === undefined || result.data === null) throw new GraphqlRequestError('no data');
  return result.data;
}

function hashOf(document: { __meta__?: Record<string, unknown> }): string {
  const hash = document.__meta__?.hash;
  if (typeof hash !== 'string') throw new TypeError('a generated document carries its hash');
  return hash.replace(/^sha256:/, '');
}

/**
 * Runs a query. `lang` is the page's language, from its route: pages pass it because while the
 * router switches language, the new page's data loads before the address bar changes (the
 * browser's default header, read from the address, would still name the old language).
 */
export async function query<T, V extends AnyVariables>(
  client: Client,
  document: TypedDocumentString<T, V>,
  variables: V,
  options: { lang?: Lang } = {},
): Promise<T> {
  const result = await client
    .query<T, V>(document.toString(), variables, { documentHash: hashOf(document), lang: options.lang })
    .toPromise();
  return dataOf(result);
}

export async function mutate<T, V extends AnyVariables>(
  client: Client,
  document: TypedDocumentString<T, V>,
  variables: V,
): Promise<T> {
  const result = await client
    .mutation<T, V>(document.toString(), variables, { documentHash: hashOf(document) })
    .toPromise();
  return dataOf(result);
}

const GraphqlContext = createContext<Client>();

export function GraphqlProvider(props: { client: Client; children: JSX.Element }) {
  return <GraphqlContext.Provider value={props.client}>{props.children}</GraphqlContext.Provider>;
}

export function useGraphql(): Client {
  const client = useContext(GraphqlContext);
  if (!client) throw new Error('useGraphql outside GraphqlProvider');
  return client;
}
