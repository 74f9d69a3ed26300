import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { noteBasketToken } from './basket-cookie.ts';
import type { RouterContext } from './context.ts';
import { propagatedHeaders } from './propagate-headers.ts';

type DataSource = RemoteGraphQLDataSource<RouterContext>;
type Fetcher = DataSource['fetcher'];
type DidReceiveResponseArgs = Parameters<NonNullable<DataSource['didReceiveResponse']>>[0];

// Only typing gaps: Fetcher allows a Buffer body (the data source always sends a JSON string), and
// the workspace's lib lacks dom.iterable so Headers looks non-iterable. Undici's fetch satisfies Fetcher.
const globalFetch = fetch as unknown as Fetcher;

/**
 * Fetches one subgraph on behalf of incoming requests, carrying their identity and trace headers.
 * Uses Node's global fetch: its undici pool keeps connections to each subgraph alive between
 * requests, and unlike the gateway's default (make-fetch-happen) it adds no HTTP cache layer.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  readonly subgraph: string;

  constructor(subgraph: string, url: string) {
    super({ url, fetcher: globalFetch });
    this.subgraph = subgraph;
  }

  override willSendRequest(options: Parameters<DataSource['process']>[0]): void {
    // Health checks and schema loading have no incoming request; with a static supergraph they never happen.
    if (!('incomingRequestContext' in options)) return;
    const incoming = options.incomingRequestContext.request.http?.headers ?? new Map<string, string>();
    for (const [name, value] of propagatedHeaders(incoming, options.context)) {
      options.request.http?.headers.set(name, value);
    }
  }

  /** A subgraph may hand out (or revoke) an anonymous basket token: the client's cookie follows. */
  override didReceiveResponse({ response, context }: DidReceiveResponseArgs) {
    if (response.http) noteBasketToken(context, response.http.headers);
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
