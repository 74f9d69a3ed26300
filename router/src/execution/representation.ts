import type { FetchNode, QueryPlanSelectionNode } from '@apollo/query-planner';
import { type GraphQLSchema, isAbstractType } from 'graphql';
import { deepMerge } from './deep-merge.ts';

type Data = Record<string, unknown>;

/** How an entity fetch represents the objects it completes, compiled once per plan node. */
export type Representer = {
  /**
   * Where the entity's key ends in `keys`, read without building its representation: two entities
   * whose keys end at the same node have equal representations (for fetches of equal `requires`),
   * null ones included.
   */
  keyOf(entity: Data, keys: KeyTrie): KeyTrie;
  /** The representation sent for the entity; null when a selected field is missing. */
  build(entity: Data): Data | null;
};

/**
 * Entity keys as paths: one level per value read, so finding an entity met before is a few map
 * lookups and allocates nothing (a key as text was a string built per entity, about a seventh of
 * what the router allocated under the federation benchmark). `slot` is free for the caller.
 */
export class KeyTrie {
  readonly #children = new Map<unknown, KeyTrie>();
  slot: number | undefined;

  /** The node below this one for `token`, made on first use. */
  at(token: unknown): KeyTrie {
    let child = this.#children.get(token);
    if (child === undefined) {
      child = new KeyTrie();
      this.#children.set(token, child);
    }
    return child;
  }
}

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

/*
 * A key is every value compileSelections reads, in the order it reads them, with marks for the
 * shape around them. Primitive values are tokens themselves (a Map tells 1 from "1"); the marks are
 * symbols, so no value can pass for one. Each selection's tokens end where the selections say they
 * do, so equal paths mean equal sequences of values, and the representation is a function of them.
 */
const listStart = Symbol('[');
const listEnd = Symbol(']');
const objectStart = Symbol('{');
const nullObject = Symbol('null');
const fragmentApplies = Symbol('(');
const fragmentSkipped = Symbol('-');
/** Ends the entity, a nested object or a fragment at its first missing field, where compileSelections gives null. */
const fieldMissing = Symbol('missing');
/** Precedes the JSON text of a leaf that is an object or list (a custom scalar's value). */
const jsonLeaf = Symbol('json');

/** One selection's tokens from `node` on; undefined when its field is missing. */
type KeyStep = (source: Data, node: KeyTrie) => KeyTrie | undefined;

function compileKey(selections: readonly QueryPlanSelectionNode[], schema: GraphQLSchema): Representer['keyOf'] {
  const steps = compileKeySteps(selections, schema);
  return (entity, keys) => selectionsKey(steps, entity, keys);
}

function compileKeySteps(selections: readonly QueryPlanSelectionNode[], schema: GraphQLSchema): KeyStep[] {
  return selections.map((selection): KeyStep => {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const below = selection.selections && nestedKey(compileKeySteps(selection.selections, schema));
      const valueKey = below ?? leafKey;
      return (source, node) => {
        const value = Object.hasOwn(source, name) ? source[name] : undefined;
        if (value === undefined) return undefined;
        if (!Array.isArray(value)) return valueKey(value, node);
        let at = node.at(listStart);
        for (const element of value) at = valueKey(element, at);
        return at.at(listEnd);
      };
    }
    const condition = selection.typeCondition;
    if (condition === undefined) return (_source, node) => node;
    const below = compileKeySteps(selection.selections, schema);
    const matches = new Map<string, boolean>();
    return (source, node) =>
      isObjectOfType(schema, source, condition, matches)
        ? selectionsKey(below, source, node.at(fragmentApplies))
        : node.at(fragmentSkipped);
  });
}

/** The tokens of an object below the entity: null, or its selections (see selectionsKey). */
function nestedKey(steps: KeyStep[]): (value: unknown, node: KeyTrie) => KeyTrie {
  return (value, node) =>
    value === null ? node.at(nullObject) : selectionsKey(steps, value as Data, node.at(objectStart));
}

/** The tokens of `steps` over `source`, ended at the first missing field, where compileSelections gives null. */
function selectionsKey(steps: KeyStep[], source: Data, node: KeyTrie): KeyTrie {
  let at = node;
  for (const step of steps) {
    const next = step(source, at);
    if (next === undefined) return at.at(fieldMissing);
    at = next;
  }
  return at;
}

function leafKey(value: unknown, node: KeyTrie): KeyTrie {
  return typeof value === 'object' && value !== null ? node.at(jsonLeaf).at(JSON.stringify(value)) : node.at(value);
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
