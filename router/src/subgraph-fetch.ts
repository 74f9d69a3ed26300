import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent } from 'undici';
import { hooks, type RouterConcern } from './concern.ts';
import type { RouterContext } from './context.ts';

type DataSource = RemoteGraphQLDataSource<RouterContext>;
export type Fetcher = DataSource['fetcher'];
type DidReceiveResponseArgs = Parameters<NonNullable<DataSource['didReceiveResponse']>>[0];

/** Connections kept open to each subgraph; a request waits for a free one past that. */
const connectionsPerSubgraph = 128;

/**
 * The subgraph requests of one router: undici's request API over a keep-alive pool per subgraph
 * origin. The WHATWG fetch it replaces spent most of a subgraph call's CPU building Request,
 * Headers and Response objects and web streams (profiled under the router benchmark); nothing
 * here caches an answer, and unlike the gateway's default (make-fetch-happen) there is no HTTP cache.
 */
export function createSubgraphFetcher(): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({ connections: connectionsPerSubgraph, keepAliveTimeout: 4_000 });
  const fetcher = async (url: string, init: Parameters<Fetcher>[1] = {}) => {
    const target = new URL(url);
    let answer: Awaited<ReturnType<Agent['request']>>;
    try {
      answer = await agent.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers as Record<string, string> | undefined,
        body: init.body ?? null,
      });
    } catch (error) {
      // What fetch throws, and what clients are answered: the cause (refused, reset…) goes to the log.
      throw new TypeError('fetch failed', { cause: error });
    }
    // Read at once: the connection goes back to the pool before the planner works on the answer.
    const text = await answer.body.text();
    return new SubgraphAnswer(url, answer.statusCode, answer.headers, text);
  };
  return { fetcher: fetcher as unknown as Fetcher, close: () => agent.close() };
}

/**
 * A subgraph's answer, read whole, as the data source reads it: status, headers by name, the body
 * as text or JSON. The Fetcher type asks for the whole WHATWG Response; the gateway uses only these.
 */
class SubgraphAnswer {
  readonly ok: boolean;
  readonly statusText: string;
  readonly redirected = false;
  readonly headers: { get(name: string): string | null };
  readonly url: string;
  readonly status: number;
  readonly #text: string;

  constructor(url: string, status: number, headers: Record<string, string | string[] | undefined>, text: string) {
    this.url = url;
    this.status = status;
    this.#text = text;
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    this.headers = {
      get(name) {
        const value = headers[name.toLowerCase()];
        // As Headers.get joins a repeated header.
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  async text(): Promise<string> {
    return this.#text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#text);
  }
}

/**
 * Fetches one subgraph on behalf of incoming requests; the router's concerns see each request
 * before it is sent and each response before the planner reads it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  readonly subgraph: string;
  readonly #onRequest: NonNullable<RouterConcern['onSubgraphRequest']>[];
  readonly #onResponse: NonNullable<RouterConcern['onSubgraphResponse']>[];

  constructor(subgraph: string, url: string, concerns: readonly RouterConcern[], fetcher: Fetcher) {
    super({ url, fetcher });
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
