import type { GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  buildSchema,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  isLeafType,
  isListType,
  Kind,
  validate,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { RouterConcern } from '../concern.ts';
import type { RouterContext } from '../context.ts';
import { answerRefusal } from '../refusal.ts';

/** What one request may ask of the router; each limit has a MAX_* variable (config.ts). */
export type OperationLimits = {
  /** Nesting of fields (fragments add none). */
  maxDepth: number;
  /** Aliased fields in the operation, through its fragments. */
  maxAliases: number;
  /** Directives in the operation, through its fragments. */
  maxDirectives: number;
  /** Lexical tokens in the document, counted before it is parsed whole. */
  maxTokens: number;
  /** Estimated objects the operation may return (see `objectCount`). */
  maxCost: number;
  /** The size assumed for a list field with no `first` argument. */
  defaultListSize: number;
  /** The JSON request body, in bytes. */
  maxBodyBytes: number;
};

export const defaultOperationLimits: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5000,
  maxCost: 10_000,
  defaultListSize: 10,
  maxBodyBytes: 100 * 1024,
};

/** The `extensions.code` of each refusal; a body too large is a 413, the others a 400. */
export const operationLimitCodes = {
  maxBodyBytes: 'REQUEST_TOO_LARGE',
  maxTokens: 'TOO_MANY_TOKENS',
  maxAliases: 'TOO_MANY_ALIASES',
  maxDirectives: 'TOO_MANY_DIRECTIVES',
  maxDepth: 'OPERATION_TOO_DEEP',
  maxCost: 'OPERATION_TOO_COMPLEX',
} as const;

type LimitName = keyof typeof operationLimitCodes;

/** Told of each request refused before Apollo sees it (the rate limits charge it), before the answer. */
type RefusalListener = (req: Request) => Promise<void>;

/**
 * Reads the JSON body of a GraphQL request, within MAX_BODY_BYTES: a larger one is refused 413
 * from its announced length, unread, or once the bytes read pass the limit. Runs before the
 * concerns that read the body (trusted documents, then operation limits).
 */
export function bodyLimit(options: { limits?: Partial<OperationLimits>; onRefusal?: RefusalListener }): RouterConcern {
  const { maxBodyBytes } = { ...defaultOperationLimits, ...options.limits };
  const parseJson = express.json({ limit: maxBodyBytes });
  const tooLarge = () => refusal('maxBodyBytes', `Request body larger than ${maxBodyBytes} bytes.`);
  return {
    onGraphqlRequest(req, res, next) {
      const refuse = refuser(req, res, next, options.onRefusal);
      if (Number(req.get('content-length')) > maxBodyBytes) return refuse(tooLarge());
      parseJson(req, res, (error?: { type?: string }) =>
        error?.type === 'entity.too.large' ? refuse(tooLarge()) : next(error),
      );
    },
  };
}

/**
 * Refuses abusive requests before any subgraph is called, each as cheaply as it can be told
 * apart: an oversized body before it is read (bodyLimit); too many tokens while the document is
 * parsed; too many aliases, directives or levels before Apollo parses and validates it (work they
 * drive); an operation too costly for its variables before it is planned. Outside
 * development, errors no longer suggest field, argument or enum value names ("Did you mean …").
 */
export function operationLimits(options: {
  limits?: Partial<OperationLimits>;
  hideSuggestions: boolean;
  onRefusal?: RefusalListener;
}): RouterConcern {
  const limits = { ...defaultOperationLimits, ...options.limits };
  // A document's verdict depends on its text and the limits alone: each text is parsed once, not
  // on every request that sends it. Bounded by the characters of the texts kept.
  const verdicts = new LRUCache<string, { refusal: GraphQLError | undefined }>({
    maxSize: documentCacheChars,
    sizeCalculation: (_, text) => Math.max(1, text.length),
  });
  return {
    // The body is read (bodyLimit).
    onGraphqlRequest(req, res, next) {
      const source: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
      let refused: GraphQLError | undefined;
      if (typeof source === 'string') {
        let verdict = verdicts.get(source);
        if (verdict === undefined) {
          verdict = { refusal: documentRefusalOf(source, limits) };
          verdicts.set(source, verdict);
        }
        // Each request its own error object: Apollo and the hooks after it may annotate it.
        refused = verdict.refusal && new GraphQLError(verdict.refusal.message, verdict.refusal);
      }
      return refused ? refuser(req, res, next, options.onRefusal)(refused) : next();
    },
    plugin: {
      async requestDidStart() {
        return {
          // Apollo's own option (hideSchemaDetailsFromClientErrors) covers validation errors only,
          // not variables: `{ serch: "x" }` for a filter would still be answered "Did you mean "search"?".
          ...(options.hideSuggestions && { didEncounterErrors: hideSuggestions }),
          // After validation, whose errors Apollo answers with: the document may come from Apollo's
          // cache, validated for other variables.
          async didResolveOperation(resolved) {
            checkCost(resolved, limits);
          },
        };
      },
    },
  };
}

const suggestion = / ?Did you mean .+\?$/;

async function hideSuggestions({ errors }: { errors: readonly GraphQLError[] }): Promise<void> {
  // Apollo formats the response from these very errors, once this hook has run.
  for (const error of errors) error.message = error.message.replace(suggestion, '');
}

/** Answers a refusal once `onRefusal` has been told of it. */
function refuser(req: Request, res: Response, next: NextFunction, onRefusal: RefusalListener | undefined) {
  return (refused: GraphQLError) =>
    (onRefusal?.(req) ?? Promise.resolve()).then(() => answerRefusal(req, res, refused), next);
}

function refusal(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), {
    extensions: { code: operationLimitCodes[limit], http: { status: limit === 'maxBodyBytes' ? 413 : 400 } },
  });
}

/** The armor rules' way to report: stop at the first limit exceeded, with its own code. */
function refuseAs(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (_: unknown, error: GraphQLError) => {
        throw refusal(limit, error.message);
      },
    ],
  };
}

/** The characters of the documents whose verdicts, and of the operations whose costs, a router keeps. */
const documentCacheChars = 4_000_000;

/** The armor rules below read the document alone, never the schema a validation context requires. */
const anySchema = buildSchema('type Query { _: Boolean }');

/** Why the document is refused, if it is; a syntax error is left to Apollo to report. */
function documentRefusalOf(source: string, limits: OperationLimits): GraphQLError | undefined {
  try {
    const document = new MaxTokensParserWLexer(source, {
      n: limits.maxTokens,
      ...refuseAs('maxTokens'),
    }).parseDocument();
    validate(anySchema, document, [
      maxAliasesRule({ n: limits.maxAliases, ...refuseAs('maxAliases') }),
      maxDirectivesRule({ n: limits.maxDirectives, ...refuseAs('maxDirectives') }),
      maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...refuseAs('maxDepth') }),
    ]);
    return undefined;
  } catch (error) {
    const codes: readonly unknown[] = Object.values(operationLimitCodes);
    if (error instanceof GraphQLError && codes.includes(error.extensions.code)) return error;
    return undefined;
  }
}

function checkCost(resolved: GraphQLRequestContext<RouterContext>, limits: OperationLimits): void {
  const cost = costOf(resolved, limits);
  if (cost !== undefined && cost > limits.maxCost) {
    throw refusal('maxCost', `Operation cost of ${cost} exceeds the limit of ${limits.maxCost}.`);
  }
}

const costs = new WeakMap<GraphQLRequestContext<RouterContext>['request'], number>();

/**
 * The costs of operations already computed, by schema: a cost depends on the document, the
 * operation chosen, its variables and the default list size, never on who sends them.
 */
const operationCosts = new WeakMap<GraphQLSchema, LRUCache<string, number>>();

/**
 * `operationCost`, computed once per request: the cost check and the rate limits both charge it,
 * from hooks Apollo runs side by side; and once per operation and variables across requests.
 * Undefined when the variables are not the operation's: execution refuses it before any planning,
 * each bad variable reported as the gateway reports them (a hook's error would be one of them).
 */
export function costOf(
  resolved: GraphQLRequestContext<RouterContext>,
  limits: Pick<OperationLimits, 'defaultListSize'>,
): number | undefined {
  const known = costs.get(resolved.request);
  if (known !== undefined) return known;
  const { schema, queryHash, operationName, request } = resolved;
  const key =
    schema && queryHash
      ? JSON.stringify([limits.defaultListSize, queryHash, operationName ?? null, request.variables ?? {}])
      : undefined;
  let cached = schema && operationCosts.get(schema);
  if (schema && !cached) {
    cached = new LRUCache({ maxSize: documentCacheChars, sizeCalculation: (_, key) => Math.max(1, key.length) });
    operationCosts.set(schema, cached);
  }
  let cost = key === undefined ? undefined : cached?.get(key);
  if (cost === undefined) {
    if (variablesRefused(resolved)) return undefined;
    cost = operationCost(resolved, limits);
    if (key !== undefined) cached?.set(key, cost);
  }
  costs.set(resolved.request, cost);
  return cost;
}

function variablesRefused({ schema, operation, request }: GraphQLRequestContext<RouterContext>): boolean {
  if (!schema || !operation?.variableDefinitions?.length) return false;
  return getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}).errors !== undefined;
}

/**
 * The objects a resolved operation may return for its variables (see `objectCount`); 0 when
 * execution will refuse it anyway (several operations, none named). Variables the operation
 * cannot take never get here (see costOf); an argument they leave invalid (null through a
 * nullable variable into a non-null argument) is refused as BAD_USER_INPUT, before any planning.
 */
function operationCost(
  { schema, document, operation, request }: GraphQLRequestContext<RouterContext>,
  limits: Pick<OperationLimits, 'defaultListSize'>,
): number {
  if (!schema || !document || !operation) return 0;
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  try {
    return getComplexity({
      schema,
      query: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
      variables: request.variables ?? {},
      estimators: [objectCount(limits.defaultListSize)],
    });
  } catch (error) {
    // The node at fault, as the client is told where execution would refuse it.
    const nodes = error instanceof GraphQLError ? error.nodes : undefined;
    throw new GraphQLError((error as Error).message, {
      nodes,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/**
 * The cost of a field: the objects it may return. A field of object type returns one, times its
 * `first` argument when it has one (defaults included); a list without one counts
 * `defaultListSize`, except a connection's own lists (`edges`), already sized by its `first`.
 * Scalars come with their object and cost nothing; introspection is static and free.
 */
function objectCount(defaultListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || isLeafType(getNamedType(field.type))) return 0;
    const size =
      typeof args.first === 'number'
        ? Math.max(args.first, 0)
        : isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')
          ? defaultListSize
          : 1;
    return size * (1 + childComplexity);
  };
}
