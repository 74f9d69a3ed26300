import type { FetchNode, QueryPlanSelectionNode } from '@apollo/query-planner';
import { type GraphQLSchema, isAbstractType } from 'graphql';
import { deepMerge } from './deep-merge.ts';

type Data = Record<string, unknown>;

/** How an entity fetch represents the objects it completes, compiled once per plan node. */
export type Representer = {
  /**
   * A short text of what the representation is made of, without building it: two entities with
   * the same key have equal representations (for fetches of equal `requires`). Undefined when the
   * entity cannot be represented.
   */
  keyOf(entity: Data): string | undefined;
  /** The representation sent for the entity; null when a selected field is missing. */
  build(entity: Data): Data | null;
};

const representers = new WeakMap<FetchNode, Representer>();

export function representerOf(fetch: FetchNode, schema: GraphQLSchema): Representer {
  let representer = representers.get(fetch);
  if (representer === undefined) {
    const selections = fetch.requires ?? [];
    representer = {
      keyOf: compileKey(selections, schema),
      build: compileSelections(selections, schema),
    };
    representers.set(fetch, representer);
  }
  return representer;
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

/**
 * The key of compileSelections' result for the same selections: every value it reads, in the order
 * it reads them, each written so that no two different sequences give the same text. The
 * representation is a function of that sequence, so equal keys mean equal representations.
 */
function compileKey(
  selections: readonly QueryPlanSelectionNode[],
  schema: GraphQLSchema,
): (source: Data | null) => string | undefined {
  const steps = selections.map((selection): ((source: Data) => string | undefined) => {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const below = selection.selections && compileKey(selection.selections, schema);
      const valueKey = below ? (value: unknown) => `{${below(value as Data | null) ?? 'null'}}` : leafKey;
      return (source) => {
        const value = Object.hasOwn(source, name) ? source[name] : undefined;
        if (value === undefined) return undefined;
        if (!Array.isArray(value)) return valueKey(value);
        let key = '[';
        for (const element of value) key += `${valueKey(element)},`;
        return `${key}]`;
      };
    }
    const condition = selection.typeCondition;
    if (condition === undefined) return () => '';
    const below = compileKey(selection.selections, schema);
    const matches = new Map<string, boolean>();
    return (source) => (isObjectOfType(schema, source, condition, matches) ? `(${below(source) ?? 'null'})` : '');
  });
  return (source) => {
    if (source === null) return undefined;
    let key = '';
    for (const step of steps) {
      const part = step(source);
      if (part === undefined) return undefined;
      key += `${part};`;
    }
    return key;
  };
}

/** A leaf value as key text: a string length-prefixed (never escaped), anything else as JSON. */
function leafKey(value: unknown): string {
  return typeof value === 'string' ? `${value.length}:${value}` : `${JSON.stringify(value)}`;
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
