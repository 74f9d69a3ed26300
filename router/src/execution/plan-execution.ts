import { ERRORS, errorCodeDef, type VariableDefinitions } from '@apollo/federation-internals';
import {
  evaluateCondition,
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  type QueryPlanSelectionNode,
  type ResponsePath,
  type SubscriptionNode,
} from '@apollo/query-planner';
import {
  GraphQLError,
  type GraphQLErrorOptions,
  type GraphQLFormattedError,
  type GraphQLSchema,
  isAbstractType,
} from 'graphql';
import type { CallOrigin, SubgraphDataSource } from '../subgraph-fetch.ts';
import { EntityBatches } from './entity-batches.ts';

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
  const represent = representationOf(fetch, execution.schema);
  const representations: Data[] = [];
  const represented: Data[] = [];
  for (const entity of entities) {
    const representation = represent(entity);
    if (!representation?.__typename) continue;
    represented.push(entity);
    representations.push(representation);
  }
  if (representations.length === 0) return;
  if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
  const answer = await execution.batches.fetch(subgraph, fetch, variables, representations);
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

/** Merges a subgraph's answer into the object it completes, as the gateway's deepMerge does. */
function deepMerge(target: Data, source: Data | null | undefined): void {
  if (source === undefined || source === null) return;
  // for…in, not Object.keys: no array of keys per merged object (sources are parsed JSON or
  // representations, with no enumerable inherited keys).
  for (const key in source) {
    const value = source[key];
    if (value === undefined) continue;
    // A key the target only inherits (toString on a plain object) must become its own.
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    // Already there: an answer merged into each occurrence of a deduplicated entity shares its objects.
    if (existing === value) continue;
    if (existing && isObject(value)) {
      deepMerge(existing as Data, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let index = 0; index < value.length; index++) {
        if (isObject(existing[index]) && isObject(value[index])) deepMerge(existing[index], value[index]);
        else existing[index] = value[index];
      }
    } else if (Object.hasOwn(target, key) || !(key in target)) {
      target[key] = value;
    } else {
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    }
  }
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The representation of an entity for a fetch, by a function built once per fetch node. */
const representers = new WeakMap<FetchNode, (entity: Data) => Data | null>();

function representationOf(fetch: FetchNode, schema: GraphQLSchema): (entity: Data) => Data | null {
  let represent = representers.get(fetch);
  if (represent === undefined) {
    represent = compileSelections(fetch.requires ?? [], schema);
    representers.set(fetch, represent);
  }
  return represent;
}

/**
 * The values of `selections` in `source`: null as soon as a selected field is missing (the entity
 * cannot be represented), fragments kept when the object's __typename satisfies their condition.
 */
function compileSelections(
  selections: readonly QueryPlanSelectionNode[],
  schema: GraphQLSchema,
): (source: Data | null) => Data | null {
  const steps = selections.map((selection) => {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const below = selection.selections && compileSelections(selection.selections, schema);
      return (source: Data, result: Data): boolean => {
        const value = Object.hasOwn(source, name) ? source[name] : undefined;
        if (value === undefined) return false;
        result[name] = Array.isArray(value)
          ? value.map((element) => (below ? below(element as Data | null) : element))
          : below
            ? below(value as Data | null)
            : value;
        return true;
      };
    }
    const condition = selection.typeCondition;
    const below = compileSelections(selection.selections, schema);
    const matches = new Map<string, boolean>();
    return (source: Data, result: Data): boolean => {
      if (condition === undefined) return true;
      if (isObjectOfType(schema, source, condition, matches)) deepMerge(result, below(source));
      return true;
    };
  });
  return (source) => {
    if (source === null) return null;
    // A plain object (V8's fast mode): the names are the schema's fields, never `__proto__`.
    const result: Data = {};
    for (const step of steps) if (!step(source, result)) return null;
    return result;
  };
}

function isObjectOfType(schema: GraphQLSchema, object: Data, condition: string, memo: Map<string, boolean>): boolean {
  const typename = object.__typename;
  if (!typename || typeof typename !== 'string') return false;
  if (typename === condition) return true;
  let matches = memo.get(typename);
  if (matches === undefined) {
    const type = schema.getType(typename);
    const conditionType = schema.getType(condition);
    matches =
      type !== undefined &&
      conditionType !== undefined &&
      isAbstractType(conditionType) &&
      'getInterfaces' in type &&
      schema.isSubType(conditionType, type);
    memo.set(typename, matches);
  }
  return matches;
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
