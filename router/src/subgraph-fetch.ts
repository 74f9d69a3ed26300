import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import { hooks, type RouterConcern, type SubgraphRequest } from './concern.ts';
import type { RouterContext } from './context.ts';

/** Connections kept open to each subgraph; a request waits for a free one past that. */
const connectionsPerSubgraph = 128;

/**
 * The connections of one router to its subgraphs: undici's keep-alive pool per subgraph origin.
 * The gateway's default (make-fetch-happen over node-fetch) spent most of a subgraph call's CPU
 * building Request, Headers and Response objects (profiled under the router benchmark); nothing
 * here caches an answer, and there is no HTTP cache.
 */
export function createSubgraphAgent(): Agent {
  return new Agent({ connections: connectionsPerSubgraph, keepAliveTimeout: 4_000 });
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type GatewayCachePolicy = Extract<
  GraphQLDataSourceProcessOptions,
  { incomingRequestContext: unknown }
>['incomingRequestContext']['overallCachePolicy'];

/** What the router asks a subgraph: the body of the POST. */
export type SubgraphOperation = {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
};

/** The incoming request a subgraph call is made for. */
export type CallOrigin = {
  incoming: SubgraphRequest['incoming'];
  context: RouterContext;
  /** The response's cache policy, restricted by what each subgraph allows. */
  cachePolicy?: GatewayCachePolicy | undefined;
};

/** The headers of one subgraph request, as the concerns set them: lower-case names. */
class OutgoingHeaders {
  readonly values: Record<string, string> = { 'content-type': 'application/json' };

  get(name: string): string | undefined {
    return this.values[name.toLowerCase()];
  }

  set(name: string, value: string): void {
    this.values[name.toLowerCase()] = value;
  }
}

type ResponseHeaders = Record<string, string | string[] | undefined>;

/**
 * Calls one subgraph on behalf of incoming requests, for the gateway's executor and the router's
 * own: the router's concerns see each request before it is sent (identity, credential, request id)
 * and each answer's headers (the basket token). Answers and failures keep the shapes the gateway's
 * RemoteGraphQLDataSource gives them, so clients see the same errors whichever executor ran.
 */
export class SubgraphDataSource implements GraphQLDataSource<RouterContext> {
  readonly subgraph: string;
  readonly url: string;
  readonly #origin: string;
  readonly #path: string;
  readonly #agent: Dispatcher;
  readonly #onRequest: NonNullable<RouterConcern['onSubgraphRequest']>[];
  readonly #onResponse: NonNullable<RouterConcern['onSubgraphResponse']>[];

  constructor(subgraph: string, url: string, concerns: readonly RouterConcern[], agent: Dispatcher) {
    this.subgraph = subgraph;
    this.url = url;
    const target = new URL(url);
    this.#origin = target.origin;
    this.#path = `${target.pathname}${target.search}`;
    this.#agent = agent;
    this.#onRequest = hooks(concerns, 'onSubgraphRequest');
    this.#onResponse = hooks(concerns, 'onSubgraphResponse');
  }

  /** The gateway's entry point; with a static supergraph it only ever sends operations of incoming requests. */
  process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    if (!('incomingRequestContext' in options)) {
      return Promise.reject(new Error(`subgraph ${this.subgraph}: only operations of client requests are sent`));
    }
    const { request, incomingRequestContext } = options;
    if (!request.query) return Promise.reject(new Error('Missing query'));
    const operation = { query: request.query, variables: request.variables, operationName: request.operationName };
    return this.send(operation, {
      incoming: incomingRequestContext.request.http?.headers ?? noHeaders,
      context: options.context,
      cachePolicy: incomingRequestContext.overallCachePolicy,
    });
  }

  /** Sends `operation` and resolves with the subgraph's JSON answer; an HTTP error or a non-JSON body rejects. */
  async send(operation: SubgraphOperation, origin: CallOrigin): Promise<GatewayGraphQLResponse> {
    const headers = new OutgoingHeaders();
    const variablesJson = operation.variables === undefined ? undefined : JSON.stringify(operation.variables);
    const signed = { query: operation.query, variables: operation.variables, variablesJson };
    for (const onRequest of this.#onRequest) {
      onRequest({
        subgraph: this.subgraph,
        incoming: origin.incoming,
        context: origin.context,
        headers,
        operation: signed,
      });
    }
    let status: number | undefined;
    try {
      const answer = await post(this.#agent, {
        origin: this.#origin,
        path: this.#path,
        method: 'POST',
        headers: headers.values,
        body: requestBody(operation, variablesJson),
      });
      status = answer.status;
      const body = parseBody(answer.headers, answer.text);
      if (status < 200 || status >= 300) throw this.#httpError(status, body);
      if (!isObject(body)) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
      const responseHeaders = { get: (name: string) => headerValue(answer.headers, name) };
      for (const onResponse of this.#onResponse) {
        onResponse({ subgraph: this.subgraph, headers: responseHeaders, context: origin.context });
      }
      if (origin.cachePolicy && 'restrict' in origin.cachePolicy) {
        origin.cachePolicy.restrict(cacheHint(headerValue(answer.headers, 'cache-control')));
      }
      return body as GatewayGraphQLResponse;
    } catch (error) {
      // Clients only see what the masking lets through; the log says which subgraph, where, and why.
      const failure = status === undefined ? new TypeError('fetch failed', { cause: error }) : error;
      origin.context.log.error(
        { subgraph: this.subgraph, url: this.url, status, err: failure },
        'subgraph request failed',
      );
      throw failure;
    }
  }

  /** A refusal as the gateway reports it: `401: Unauthorized`, with the subgraph's answer in the extensions. */
  #httpError(status: number, body: unknown): GraphQLError {
    const statusText = STATUS_CODES[status] ?? '';
    const extensions: GraphQLErrorExtensions = { response: { url: this.url, status, statusText, body } };
    if (status === 401) extensions.code = 'UNAUTHENTICATED';
    else if (status === 403) extensions.code = 'FORBIDDEN';
    return new GraphQLError(`${status}: ${statusText}`, { extensions });
  }
}

/** The incoming headers of a call made without a client request's. */
export const noHeaders = { get: () => undefined };

type Answer = { status: number; headers: ResponseHeaders; text: string };

/**
 * One request through undici's dispatcher, its answer collected whole: no body stream and no
 * promise per chunk, which the request API's Readable costs (profiled under the router benchmark).
 */
function post(dispatcher: Dispatcher, request: Dispatcher.DispatchOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    let headers: ResponseHeaders = {};
    dispatcher.dispatch(request, {
      // Its presence tells undici this handler speaks the controller API.
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = responseHeaders;
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const text = chunks.length === 1 ? (chunks[0] as Buffer).toString() : Buffer.concat(chunks).toString();
        resolve({ status, headers, text });
      },
      onResponseError(_controller, error) {
        reject(error);
      },
    });
  });
}

/**
 * JSON.stringify(operation) as bytes, with the variables' JSON the credential was signed over,
 * written part by part: joining the parts first would copy the variables once more.
 */
function requestBody(operation: SubgraphOperation, variablesJson: string | undefined): Buffer {
  const parts = [`{"query":${JSON.stringify(operation.query)}`];
  if (variablesJson !== undefined) parts.push(',"variables":', variablesJson);
  if (operation.operationName !== undefined) parts.push(`,"operationName":${JSON.stringify(operation.operationName)}`);
  parts.push('}');
  let length = 0;
  for (const part of parts) length += Buffer.byteLength(part);
  const body = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const part of parts) offset += body.write(part, offset);
  // byteLength and write agree, so this is the whole buffer; never bytes it did not write.
  return body.subarray(0, offset);
}

function headerValue(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  // As Headers.get joins a repeated header.
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** JSON when the subgraph says so, its text otherwise (then reported as not JSON). */
function parseBody(headers: ResponseHeaders, text: string): unknown {
  const type = headerValue(headers, 'content-type');
  const json = type?.startsWith('application/json') || type?.startsWith('application/graphql-response+json');
  return json ? JSON.parse(text) : text;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a subgraph's Cache-Control allows the whole response: nothing unless it says max-age. */
function cacheHint(header: string | null): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const directives = new Map(
    (header ?? '').split(',').map((part) => {
      const [name = '', value] = part.trim().split('=');
      return [name.toLowerCase(), value ?? true] as const;
    }),
  );
  const maxAge = directives.get('max-age');
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = {
    maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
  };
  if (directives.get('private') === true) hint.scope = 'PRIVATE';
  if (directives.get('public') === true) hint.scope = 'PUBLIC';
  return hint;
}
