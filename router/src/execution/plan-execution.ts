import { ERRORS, errorCodeDef, type VariableDefinitions } from '@apollo/federation-internals';
import {
  evaluateCondition,
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  type ResponsePath,
  type SubscriptionNode,
} from '@apollo/query-planner';
import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { CallOrigin, SubgraphDataSource } from '../subgraph-fetch.ts';
import { deepMerge } from './deep-merge.ts';
import { EntityBatches } from './entity-batches.ts';
import { representerOf } from './representation.ts';

type Data = Record<string, unknown>;

/** Where a plan node works: every object at `path` of the response fetched so far. */
type Cursor = { path: ResponsePath; data: Data | Data[]; root: Data };

/** What one execution of a plan needs beyond the plan. */
export type PlanRun = {
  subgraphs: ReadonlyMap<string, SubgraphDataSource>;
  /** The client's variables, as sent. */
  variables: Data | undefined;
  variableDefinitions: VariableDefinitions;
  origin: CallOrigin;
};

/** Whether the router's executor runs `plan`; the gateway's runs what it does not (@defer, data rewrites). */
export function isExecutable(plan: QueryPlan): boolean {
  return plan.node === undefined || isExecutableNode(plan.node);
}

function isExecutableNode(node: PlanNode | SubscriptionNode): boolean {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(isExecutableNode);
    case 'Flatten':
      return isExecutableNode(node.node);
    case 'Condition':
      return [node.ifClause, node.elseClause].every((clause) => clause === undefined || isExecutableNode(clause));
    case 'Fetch':
      return !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length;
    default:
      return false;
  }
}

/**
 * Runs a query plan: the fetches in the plan's order, each entity fetch sent the representations
 * of the objects at its path and its answers merged into them. It does what the gateway's
 * executeQueryPlan does, with the same errors; the representations of each fetch are built by a
 * function compiled once per plan node rather than by walking its selections anew, and entity
 * fetches that can share a request do (see EntityBatches).
 */
export async function executePlan(
  plan: QueryPlan,
  schema: GraphQLSchema,
  run: PlanRun,
): Promise<{ data: Data; errors: GraphQLError[] }> {
  const data: Data = Object.create(null);
  const errors: GraphQLError[] = [];
  const batches = new EntityBatches(run.origin);
  if (plan.node) {
    await executeNode(plan.node as PlanNode, { path: [], data, root: data }, { ...run, schema, errors, batches });
  }
  return { data, errors };
}

type Execution = PlanRun & { schema: GraphQLSchema; errors: GraphQLError[]; batches: EntityBatches };

async function executeNode(node: PlanNode, cursor: Cursor | undefined, execution: Execution): Promise<void> {
  if (cursor === undefined) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(child, cursor, execution);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(child, cursor, execution)));
      return;
    case 'Flatten':
      return executeNode(node.node, moveInto(cursor, node.path), execution);
    case 'Fetch':
      try {
        await executeFetch(node, cursor, execution);
      } catch (error) {
        execution.errors.push(error as GraphQLError);
      }
      return;
    case 'Condition': {
      const branch = evaluateCondition(node, execution.variableDefinitions, execution.variables)
        ? node.ifClause
        : node.elseClause;
      if (branch) await executeNode(branch, cursor, execution);
      return;
    }
    default:
      throw new Error(`the router's executor does not run ${node.kind} nodes`);
  }
}

async function executeFetch(fetch: FetchNode, cursor: Cursor, execution: Execution): Promise<void> {
  const subgraph = execution.subgraphs.get(fetch.serviceName);
  if (subgraph === undefined) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = Array.isArray(cursor.data) ? cursor.data.filter((entity) => entity != null) : [cursor.data];
  if (entities.length === 0) return;

  const variables: Data = Object.create(null);
  for (const name of fetch.variableUsages ?? []) {
    const value = execution.variables?.[name];
    if (value !== undefined && Object.hasOwn(execution.variables as Data, name)) variables[name] = value;
  }
  const report = (errors: readonly GraphQLFormattedError[] | undefined) => {
    if (!errors) return;
    const errorPath = lazyErrorPath(fetch, cursor);
    for (const error of errors) execution.errors.push(downstreamError(error, fetch.serviceName, errorPath));
  };

  if (!fetch.requires) {
    const operation = { query: fetch.operation, variables, operationName: fetch.operationName };
    const response = await subgraph.send(operation, execution.origin);
    report(response.errors);
    for (const entity of entities) deepMerge(entity, response.data);
    return;
  }
  const representer = representerOf(fetch, execution.schema);
  if ('representations' in variables && entities.some((entity) => representer.build(entity)?.__typename)) {
    throw new Error('Variables cannot contain key "representations"');
  }
  const joined = execution.batches.join(subgraph, fetch, variables, entities, representer);
  if (joined === undefined) return;
  const { represented } = joined;
  const answer = await joined.answer;
  report(answer.errors);
  if (answer.failure) throw answer.failure;
  if (!answer.entities) return;
  for (let index = 0; index < represented.length; index++) {
    const entityAnswer = answer.entities[index] as Data | null;
    const entity = represented[index] as Data;
    if (entityAnswer && !entityAnswer.__typename) entityAnswer.__typename = entity.__typename;
    deepMerge(entity, entityAnswer);
  }
}

/** Every object at `path` below the cursor, lists flattened; undefined when there is none. */
function moveInto(cursor: Cursor, path: ResponsePath): Cursor | undefined {
  const found = collectAt(cursor.data, path, 0, []);
  // Without a list in the path, the cursor stays on a single object, as the gateway's does.
  const data = path.includes('@') ? found : found[0];
  return data ? { path: [...cursor.path, ...path], data, root: cursor.root } : undefined;
}

/** Appends to `found` every value at `path` from `from` on, each '@' stepping into every element of a list. */
function collectAt(value: unknown, path: ResponsePath, from: number, found: Data[]): Data[] {
  if (value === undefined || value === null) return found;
  if (from === path.length) {
    found.push(value as Data);
    return found;
  }
  const key = path[from];
  if (key === '@') {
    for (const element of value as unknown[]) collectAt(element, path, from + 1, found);
    return found;
  }
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${String(key)}`);
  const object = value as Data;
  return collectAt(Object.hasOwn(object, key as string) ? object[key as string] : undefined, path, from + 1, found);
}

type ErrorPath = (path: GraphQLErrorOptions['path']) => GraphQLErrorOptions['path'];

/**
 * Where a subgraph's error belongs in the client's response: an entity fetch's `_entities.<i>`
 * becomes the path of the i-th entity at the fetch's cursor, computed only when an error needs it.
 */
function lazyErrorPath(fetch: FetchNode, cursor: Cursor): ErrorPath {
  let entityPaths: ResponsePath[] | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      entityPaths ??= pathsOf(cursor.path, cursor.root);
      return [...(entityPaths[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath] : undefined;
  };
}

/** The concrete paths (list indexes in place of '@') of the values at `path` in `data`. */
function pathsOf(path: ResponsePath, data: unknown): ResponsePath[] {
  const paths: ResponsePath[] = [];
  const visit = (value: unknown, at: number, prefix: ResponsePath) => {
    if (value == null) return;
    const key = path[at];
    if (key === undefined) {
      paths.push([...prefix]);
    } else if (key === '@' || Array.isArray(value)) {
      if (!Array.isArray(value)) throw new Error('expected array when encountering `@`');
      for (const [index, element] of value.entries()) visit(element, key === '@' ? at + 1 : at, [...prefix, index]);
    } else if (Object.hasOwn(value as Data, key as string)) {
      visit((value as Data)[key as string], at + 1, [...prefix, key]);
    }
  };
  visit(data, 0, []);
  return paths;
}

/** A subgraph's error as the client sees it: its message and extensions, the subgraph named, the path made the client's. */
function downstreamError(original: GraphQLFormattedError, subgraph: string, errorPath: ErrorPath): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${subgraph}"`;
  const options: GraphQLErrorOptions = {
    originalError: original as Error,
    path: errorPath(original.path),
    extensions: { ...original.extensions, serviceName: subgraph },
  };
  const known = errorCodeDef(original);
  if (!known && original.extensions?.code) return new GraphQLError(message, options);
  return (known ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
