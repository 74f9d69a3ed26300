import { type Operation, operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { ApolloGateway } from '@apollo/gateway';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { type DefinitionNode, GraphQLError, type GraphQLSchema, getVariableValues, Kind } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { RouterContext } from '../context.ts';
import { noHeaders, type SubgraphDataSource } from '../subgraph-fetch.ts';
import { executePlan, isExecutable } from './plan-execution.ts';
import { ResponseShape } from './response-shape.ts';

type GatewayInterface = ApolloServerOptionsWithGateway<RouterContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/** What the router keeps of an operation it runs itself: decided once, used by every request. */
type CompiledOperation = { plan: QueryPlan; operation: Operation; shape: ResponseShape };

/** The gateway's planner and schemas, which it keeps to itself once loaded. */
type GatewayInternals = { queryPlanner?: QueryPlanner; apiSchema?: Schema; supergraphSchema?: GraphQLSchema };

/** Operations (by document hash and name) the router keeps compiled; past that the least recent is planned again. */
const compiledOperations = 2_000;

/**
 * The gateway Apollo Server executes operations through: @apollo/gateway loads the supergraph and
 * plans each operation, the router executes the plan and shapes the response itself (see
 * plan-execution.ts, response-shape.ts). Whatever the router's executor does not run (@defer,
 * subscriptions, introspection, data rewrites, a query plan asked for in a header) goes to the
 * gateway's own executor unchanged. A plan and its response shape depend on the document only, never
 * on a caller: caching them shares no one's data.
 */
export class RouterGateway implements GatewayInterface {
  readonly #gateway: ApolloGateway;
  readonly #subgraphs: ReadonlyMap<string, SubgraphDataSource>;
  readonly #compiled = new LRUCache<string, CompiledOperation | 'gateway'>({ max: compiledOperations });

  constructor(gateway: ApolloGateway, subgraphs: ReadonlyMap<string, SubgraphDataSource>) {
    this.#gateway = gateway;
    this.#subgraphs = subgraphs;
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.#gateway.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    return this.#gateway.stop();
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    const loaded = await this.#gateway.load(options);
    const { queryPlanner, apiSchema, supergraphSchema } = this.#gateway as unknown as GatewayInternals;
    if (!queryPlanner || !apiSchema || !supergraphSchema) {
      throw new Error(
        '@apollo/gateway no longer exposes its query planner and schemas: pin the version router/package.json names',
      );
    }
    const gatewayExecutor = loaded.executor;
    const planning = { queryPlanner, apiSchema };
    const executor: Executor = (request) => {
      // Refused before any planning, each bad variable reported (Apollo answers them 400).
      const definitions = request.operation.variableDefinitions;
      if (definitions?.length) {
        const { errors } = getVariableValues(request.schema, definitions, request.request.variables ?? {});
        if (errors) return Promise.resolve({ errors });
      }
      const compiled = this.#compiledFor(request, planning);
      return compiled === 'gateway' ? gatewayExecutor(request) : this.#execute(request, compiled, supergraphSchema);
    };
    return { ...loaded, executor };
  }

  #compiledFor(request: RequestContext, planning: { queryPlanner: QueryPlanner; apiSchema: Schema }) {
    if (request.request.http?.headers.get('apollo-query-plan-experimental')) return 'gateway';
    const operationName = request.request.operationName ?? undefined;
    const key = operationName === undefined ? request.queryHash : `${request.queryHash}:${operationName}`;
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      compiled = compile(request, planning, operationName);
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }

  async #execute(request: RequestContext, compiled: CompiledOperation, supergraphSchema: GraphQLSchema) {
    const variables = request.request.variables;
    const fetched = await executePlan(compiled.plan, supergraphSchema, {
      subgraphs: this.#subgraphs,
      variables,
      variableDefinitions: compiled.operation.variableDefinitions,
      origin: {
        incoming: request.request.http?.headers ?? noHeaders,
        context: request.context as RouterContext,
        cachePolicy: request.overallCachePolicy,
      },
    });
    let shaped: ReturnType<ResponseShape['apply']>;
    try {
      shaped = compiled.shape.apply(fetched.data, variables);
    } catch (error) {
      const failure = error as Error;
      return {
        errors: [
          failure instanceof GraphQLError ? failure : new GraphQLError(failure.message, { originalError: failure }),
        ],
      };
    }
    // As the gateway reports them: value completion errors only when the fetches had none.
    if (fetched.errors.length > 0) return { errors: fetched.errors, data: shaped.data };
    if (shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
    return { data: shaped.data };
  }
}

/** The plan and response shape of the request's operation, or 'gateway' when the gateway must run it. */
function compile(
  request: RequestContext,
  { queryPlanner, apiSchema }: { queryPlanner: QueryPlanner; apiSchema: Schema },
  operationName: string | undefined,
): CompiledOperation | 'gateway' {
  try {
    const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, request.document, { operationName }));
    if (!isExecutable(plan)) return 'gateway';
    const fragments = request.document.definitions.filter(
      (definition: DefinitionNode) => definition.kind === Kind.FRAGMENT_DEFINITION,
    );
    const operation = operationFromDocument(
      apiSchema,
      { kind: Kind.DOCUMENT, definitions: [request.operation, ...fragments] },
      { validate: false },
    );
    const shape = ResponseShape.of(operation);
    return shape === undefined ? 'gateway' : { plan, operation, shape };
  } catch {
    // The gateway meets the same failure and reports it as it always has.
    return 'gateway';
  }
}
