import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import type { RouterContext } from './context.ts';

type HeaderReader = { get(name: string): string | null | undefined };

/** A subgraph fetch made on behalf of a client's request, before it is sent. */
export type SubgraphRequest = {
  subgraph: string;
  /** The client's request headers. */
  incoming: HeaderReader;
  context: RouterContext;
  /** The fetch's own headers. */
  headers: HeaderReader & { set(name: string, value: string): void };
  /** What the fetch asks of the subgraph; `variablesJson` is the variables as the body serializes them. */
  operation: { query: string; variables: Record<string, unknown> | undefined; variablesJson: string | undefined };
};

/** A subgraph's answer to such a fetch, before the planner reads it. */
export type SubgraphResponse = { subgraph: string; headers: HeaderReader; context: RouterContext };

/**
 * One concern of the router (request id, authentication, …) with every hook it needs, from the
 * client's request to the subgraph fetches and back. server.ts assembles the concerns in one
 * list; each hook runs in list order, so a concern may rely on those before it.
 */
export type RouterConcern = {
  /** Runs on every HTTP request the router answers, health and static files included. */
  onHttpRequest?: RequestHandler;
  /** Runs on `/graphql` before the body is parsed; it may answer the request itself. */
  onGraphqlRequest?: RequestHandler;
  /** The concern's fields of the request context. */
  context?(req: Request): Partial<RouterContext>;
  /** Operation-level hooks: parsing, validation, planning, the response. */
  plugin?: ApolloServerPlugin<RouterContext>;
  onSubgraphRequest?(request: SubgraphRequest): void;
  onSubgraphResponse?(response: SubgraphResponse): void;
};

/** One hook of every concern that has it, in list order. */
export function hooks<Hook extends keyof RouterConcern>(
  concerns: readonly RouterConcern[],
  hook: Hook,
): NonNullable<RouterConcern[Hook]>[] {
  return concerns.flatMap((concern) => (concern[hook] === undefined ? [] : [concern[hook]]));
}

/** The request context: every concern's fields, in list order. */
export function requestContext(concerns: readonly RouterConcern[], req: Request): RouterContext {
  // Each field of RouterContext is contributed by one concern of the router's list.
  return Object.assign({}, ...concerns.map((concern) => concern.context?.(req))) as RouterContext;
}
