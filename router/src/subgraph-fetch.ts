import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { hooks, type RouterConcern } from './concern.ts';
import type { RouterContext } from './context.ts';

type DataSource = RemoteGraphQLDataSource<RouterContext>;
type Fetcher = DataSource['fetcher'];
type DidReceiveResponseArgs = Parameters<NonNullable<DataSource['didReceiveResponse']>>[0];

// Only typing gaps: Fetcher allows a Buffer body (the data source always sends a JSON string), and
// the workspace's lib lacks dom.iterable so Headers looks non-iterable. Undici's fetch satisfies Fetcher.
const globalFetch = fetch as unknown as Fetcher;

/**
 * Fetches one subgraph on behalf of incoming requests; the router's concerns see each request
 * before it is sent and each response before the planner reads it. Uses Node's global fetch: its
 * undici pool keeps connections to each subgraph alive between requests, and unlike the gateway's
 * default (make-fetch-happen) it adds no HTTP cache layer.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  readonly subgraph: string;
  readonly #onRequest: NonNullable<RouterConcern['onSubgraphRequest']>[];
  readonly #onResponse: NonNullable<RouterConcern['onSubgraphResponse']>[];

  constructor(subgraph: string, url: string, concerns: readonly RouterConcern[]) {
    super({ url, fetcher: globalFetch });
    this.subgraph = subgraph;
    this.#onRequest = hooks(concerns, 'onSubgraphRequest');
    this.#onResponse = hooks(concerns, 'onSubgraphResponse');
  }

  override willSendRequest(options: Parameters<DataSource['process']>[0]): void {
    // Health checks and schema loading have no incoming request; with a static supergraph they never happen.
    const headers = options.request.http?.headers;
    if (!('incomingRequestContext' in options) || headers === undefined) return;
    const incoming = options.incomingRequestContext.request.http?.headers ?? new Map<string, string>();
    const operation = { query: options.request.query ?? '', variables: options.request.variables };
    for (const onRequest of this.#onRequest) {
      onRequest({ subgraph: this.subgraph, incoming, context: options.context, headers, operation });
    }
  }

  override didReceiveResponse({ response, context }: DidReceiveResponseArgs) {
    const headers = response.http?.headers;
    if (headers === undefined) return response;
    for (const onResponse of this.#onResponse) {
      onResponse({ subgraph: this.subgraph, headers, context });
    }
    return response;
  }

  /** Clients only see "fetch failed"; the log says which subgraph, where, and why. */
  override didEncounterError(...args: Parameters<DataSource['didEncounterError']>): void {
    const [error, , response, context] = args;
    context?.log.error(
      { subgraph: this.subgraph, url: this.url, status: response?.status, err: error },
      'subgraph request failed',
    );
    super.didEncounterError(...args);
  }
}
