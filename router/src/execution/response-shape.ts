import {
  type CompositeType,
  type Directive,
  ERRORS,
  type Field,
  type FragmentElement,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  type Operation,
  type OutputType,
  type Schema,
  type SelectionSet,
  Variable,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

type Data = Record<string, unknown>;
type Path = (string | number)[];

/**
 * The client's response out of the data the query plan fetched: only the fields the operation
 * asked for, in its order, leaf values checked against their types, nulls bubbled up to the nearest
 * nullable field, root __typename filled in. It gives what the gateway's computeResponse gives
 * (errors, their messages and paths included), but decides once per operation what computeResponse
 * works out again for every value of every request: directives, response names, field types.
 */
export class ResponseShape {
  readonly #schema: Schema;
  readonly #root: Step[];
  readonly #rootType: CompositeType;
  readonly #defaultedVariables: Data;
  readonly #nullPrototype: boolean;

  /** Undefined when the operation asks for schema introspection, which the gateway answers itself. */
  static of(operation: Operation): ResponseShape | undefined {
    const schema = operation.schema();
    const rootType = schema.schemaDefinition.rootType(operation.rootKind);
    const root = compileSelectionSet(operation.selectionSet);
    if (root === undefined || rootType === undefined) return undefined;
    return new ResponseShape(schema, root, rootType, operation.collectDefaultedVariableValues());
  }

  private constructor(schema: Schema, root: Step[], rootType: CompositeType, defaultedVariables: Data) {
    this.#schema = schema;
    this.#root = root;
    this.#rootType = rootType;
    this.#defaultedVariables = defaultedVariables;
    this.#nullPrototype = namesInherited(root);
  }

  /** The response data (null when a null reached the root) and the value completion errors. */
  apply(input: Data, variables: Data | undefined): { data: Data | null; errors: GraphQLError[] } {
    const state: ShapingState = {
      schema: this.#schema,
      variables: { __proto__: null, ...this.#defaultedVariables, ...variables },
      errors: [],
      flags: 0,
      nullPrototype: this.#nullPrototype,
    };
    const data = newObject(state);
    const bubbled = applySteps(input, this.#root, data, state, [], this.#rootType);
    return { data: bubbled ? null : data, errors: state.errors };
  }
}

/** @skip / @include: a literal or the name of the variable that decides. */
type Condition = boolean | string | undefined;

type FieldStep = {
  kind: 'field';
  skipIf: Condition;
  includeIf: Condition;
  responseName: string;
  isTypename: boolean;
  type: TypeShape;
  steps: Step[] | undefined;
};

type FragmentStep = {
  kind: 'fragment';
  skipIf: Condition;
  includeIf: Condition;
  typeCondition: CompositeType | undefined;
  /** Whether the condition holds, by __typename (or by parent type when there is none). */
  applies: Map<string, boolean>;
  steps: Step[];
};

type Step = FieldStep | FragmentStep;

type TypeShape =
  | { kind: 'nonNull'; of: TypeShape; text: string }
  | { kind: 'list'; of: TypeShape; text: string }
  | { kind: 'composite'; type: CompositeType; text: string }
  | { kind: 'leaf'; isValid: (value: unknown) => boolean; text: string };

type ShapingState = {
  schema: Schema;
  variables: Data;
  errors: GraphQLError[];
  /** What the last updateValue() call found: INVALID and/or HAS_ERRORS. */
  flags: number;
  /** Whether output objects need a null prototype (see newObject). */
  nullPrototype: boolean;
};

/**
 * An output object. Plain objects stay in V8's fast mode, smaller and quicker to serialize than
 * null-prototype ones, which are dictionaries. An operation with a response name that plain objects
 * inherit (`__proto__`, `constructor`, `toString`…) gets null-prototype objects: on a plain one that
 * name would read an inherited value, or for `__proto__` set the prototype instead of a field.
 */
function newObject(state: ShapingState): Data {
  return state.nullPrototype ? Object.create(null) : {};
}

function namesInherited(steps: readonly Step[]): boolean {
  return steps.some(
    (step) =>
      (step.kind === 'field' && step.responseName in Object.prototype) ||
      (step.steps !== undefined && namesInherited(step.steps)),
  );
}

/** The value is a null where the type allows none: it bubbles up. */
const INVALID = 1;
/** An error was already recorded for the value, so a null bubbling from it adds none. */
const HAS_ERRORS = 2;

/** Undefined when the selection (or one below it) asks for schema introspection. */
function compileSelectionSet(selectionSet: SelectionSet): Step[] | undefined {
  const schema = selectionSet.parentType.schema();
  const steps: Step[] = [];
  for (const selection of selectionSet.selections()) {
    const element = selection.element;
    const skipIf = conditionOf(element.appliedDirectivesOf(schema.skipDirective())[0]);
    const includeIf = conditionOf(element.appliedDirectivesOf(schema.includeDirective())[0]);
    const below = selection.selectionSet && compileSelectionSet(selection.selectionSet);
    if (selection.selectionSet && below === undefined) return undefined;
    if (selection.kind === 'FieldSelection') {
      const definition = selection.element.definition;
      if (definition.isSchemaIntrospectionField() || definition.type === undefined) return undefined;
      steps.push({
        kind: 'field',
        skipIf,
        includeIf,
        responseName: selection.element.responseName(),
        isTypename: selection.element.name === '__typename',
        type: typeShape(schema, definition.type),
        steps: below,
      });
    } else {
      steps.push({
        kind: 'fragment',
        skipIf,
        includeIf,
        typeCondition: selection.element.typeCondition,
        applies: new Map(),
        steps: below ?? [],
      });
    }
  }
  return steps;
}

function conditionOf(directive: Directive<FragmentElement | Field, { if: boolean | Variable }> | undefined): Condition {
  if (directive === undefined) return undefined;
  const value = directive.arguments().if;
  return value instanceof Variable ? value.name : value;
}

function typeShape(schema: Schema, type: OutputType): TypeShape {
  const text = String(type);
  if (isNonNullType(type)) return { kind: 'nonNull', of: typeShape(schema, type.ofType), text };
  if (isListType(type)) return { kind: 'list', of: typeShape(schema, type.ofType), text };
  if (isCompositeType(type)) return { kind: 'composite', type, text };
  return { kind: 'leaf', isValid: (value) => isValidLeafValue(schema, value, type), text };
}

function isSkipped(step: Step, variables: Data): boolean {
  return (
    (step.skipIf !== undefined && conditionValue(step.skipIf, variables)) ||
    (step.includeIf !== undefined && !conditionValue(step.includeIf, variables))
  );
}

function conditionValue(condition: boolean | string, variables: Data): boolean {
  if (typeof condition === 'boolean') return condition;
  const value = variables[condition];
  // Validation guarantees a Boolean!; anything else is a bug worth failing on.
  if (typeof value !== 'boolean') throw new Error(`Unexpected value ${String(value)} for variable $${condition}`);
  return value;
}

function own(object: Data, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Writes `steps` of `input` into `output`; true when a null must replace the whole object. */
function applySteps(
  input: Data,
  steps: readonly Step[],
  output: Data,
  state: ShapingState,
  path: Path,
  parentType: CompositeType,
): boolean {
  for (const step of steps) {
    if ((step.skipIf !== undefined || step.includeIf !== undefined) && isSkipped(step, state.variables)) continue;
    if (step.kind === 'fragment') {
      const typename = input.__typename;
      if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${typename}`);
      if (fragmentApplies(step, state.schema, (typename as string) || undefined, parentType)) {
        if (applySteps(input, step.steps, output, state, path, step.typeCondition ?? parentType)) return true;
      }
      continue;
    }
    const name = step.responseName;
    const current = output[name];
    if (step.isTypename) {
      // A repeated __typename was already settled by its first occurrence.
      if (current !== undefined) continue;
      let value = own(input, name) ?? null;
      if (value === null && name !== '__typename') value = input.__typename ?? null;
      // The subgraph's typename when the schema knows it; a root type's or a missing one is the parent's.
      const type = typeof value === 'string' ? (state.schema.type(value) ?? parentType) : parentType;
      // An interface name (from an @interfaceObject subgraph whose follow-up fetch failed) nulls the object.
      if (!isObjectType(type)) return true;
      output[name] = type.name;
      continue;
    }
    path.push(name);
    output[name] = updateValue(current, step.type, own(input, name) ?? null, step.steps, path, state, parentType);
    path.pop();
    if (state.flags & INVALID) return true;
  }
  return false;
}

function fragmentApplies(
  step: FragmentStep,
  schema: Schema,
  typename: string | undefined,
  parentType: CompositeType,
): boolean {
  if (step.typeCondition === undefined) return true;
  const key = typename ?? `\0${parentType.name}`;
  let applies = step.applies.get(key);
  if (applies === undefined) {
    const type = typename === undefined ? parentType : schema.type(typename);
    applies = type !== undefined && isSubtype(step.typeCondition, type);
    step.applies.set(key, applies);
  }
  return applies;
}

/**
 * The output value for `input` (never undefined, possibly null) merged into what earlier selections
 * of the same response name produced (`current`); state.flags tells whether it is an invalid null
 * and whether an error was recorded for it.
 */
function updateValue(
  current: unknown,
  type: TypeShape,
  input: unknown,
  steps: readonly Step[] | undefined,
  path: Path,
  state: ShapingState,
  parentType: CompositeType,
): unknown {
  state.flags = 0;
  // A leaf already written, or a null, has nothing more to take from a repeated selection.
  if (current === null || (current !== undefined && steps === undefined)) return current;
  switch (type.kind) {
    case 'nonNull': {
      const updated = updateValue(current, type.of, input, steps, path, state, parentType);
      if (updated !== null) {
        state.flags = 0;
        return updated;
      }
      if (!(state.flags & HAS_ERRORS)) {
        const described = describe(path, type.of, parentType);
        state.errors.push(completionError(`Cannot return null for non-nullable ${described}.`, path));
      }
      state.flags = INVALID | HAS_ERRORS;
      return null;
    }
    case 'list': {
      if (input === null) return null;
      if (!Array.isArray(input)) {
        throw new Error(`Invalid non-list value ${String(input)} returned by subgraph for list type ${type.text}`);
      }
      const previous = current as unknown[] | undefined;
      if (previous !== undefined && previous.length !== input.length) {
        throw new Error(`[${input}].length (${input.length}) !== [${previous}].length (${previous.length})`);
      }
      const updated = new Array<unknown>(input.length);
      let nullify = false;
      let hasErrors = false;
      for (let index = 0; index < input.length; index++) {
        path.push(index);
        updated[index] = updateValue(previous?.[index], type.of, input[index], steps, path, state, parentType);
        path.pop();
        nullify ||= (state.flags & INVALID) !== 0;
        hasErrors ||= (state.flags & HAS_ERRORS) !== 0;
      }
      state.flags = hasErrors ? HAS_ERRORS : 0;
      return nullify ? null : updated;
    }
    case 'composite': {
      if (input === null) return null;
      if (typeof input !== 'object') {
        throw new Error(
          `Invalid non-object value ${String(input)} returned by subgraph for composite type ${type.text}`,
        );
      }
      const object = input as Data;
      const typename = object.__typename;
      if (typename !== undefined && typeof typename !== 'string') {
        throw new Error(`Invalid non-string value ${String(typename)} for __typename at ${path}`);
      }
      let objectType = type.type;
      if (typename) {
        const named = state.schema.type(typename);
        // Not in the API schema (an @inaccessible type): null, without naming the type.
        if (named === undefined || !isCompositeType(named)) {
          const described = describe(path, type, parentType);
          state.errors.push(completionError(`Invalid __typename found for object at ${described}.`, path));
          state.flags = HAS_ERRORS;
          return null;
        }
        objectType = named;
      }
      const output = (current as Data | undefined) ?? newObject(state);
      const bubbled = applySteps(object, steps ?? [], output, state, path, objectType);
      state.flags = bubbled ? HAS_ERRORS : 0;
      return bubbled ? null : output;
    }
    case 'leaf': {
      if (input === null) return null;
      if (type.isValid(input)) return input;
      state.errors.push(completionError(`Invalid value found for ${describe(path, type, parentType)}.`, path));
      state.flags = HAS_ERRORS;
      return null;
    }
  }
}

function describe(path: Path, type: TypeShape, parentType: CompositeType): string {
  const last = path[path.length - 1];
  return typeof last === 'string'
    ? `field ${parentType.name}.${last}`
    : `array element of type ${type.text} at index ${last}`;
}

function completionError(message: string, path: Path): GraphQLError {
  return ERRORS.INVALID_GRAPHQL.err(message, { path: [...path] });
}
