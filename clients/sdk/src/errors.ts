/** Why a request failed; `userErrors` are never one of these: they are data, in the result. */
export type ComptoirErrorKind = 'network' | 'http' | 'unauthenticated' | 'forbidden' | 'rate_limited' | 'graphql';

/** A GraphQL error as the API sends it; `extensions.code` names it (e.g. PERSISTED_QUERY_NOT_ALLOWED). */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface ComptoirErrorDetails {
  status?: number;
  retryAfterMs?: number;
  errors?: readonly GraphQLErrorEntry[];
  cause?: unknown;
}

/** A request that did not produce a result: the network, the HTTP answer or GraphQL errors. */
export class ComptoirError extends Error {
  override readonly name = 'ComptoirError';
  readonly kind: ComptoirErrorKind;
  /** The HTTP status, when an answer came. */
  readonly status?: number;
  /** How long the API asked to wait (Retry-After), for `rate_limited` and some `http` errors. */
  readonly retryAfterMs?: number;
  /** The GraphQL errors of the answer, when it had any. */
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(kind: ComptoirErrorKind, message: string, details: ComptoirErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.errors = details.errors ?? [];
  }

  /** The `extensions.code` of each GraphQL error. */
  get codes(): string[] {
    return this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
  }
}

const kindsByCode: Record<string, ComptoirErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  RATE_LIMITED: 'rate_limited',
};

const kindsByStatus: Record<number, ComptoirErrorKind> = {
  401: 'unauthenticated',
  403: 'forbidden',
  429: 'rate_limited',
};

/**
 * The error an answer stands for: its status first (401, 403, 429), then its GraphQL errors'
 * codes; a server failure (5xx) or an answer without GraphQL errors is `http`, other GraphQL
 * errors (a refused or invalid document, a resolver's error) are `graphql`.
 */
export function errorOfAnswer(
  status: number,
  errors: readonly GraphQLErrorEntry[],
  retryAfterMs: number | undefined,
): ComptoirError {
  const byCode = errors.map((error) => kindsByCode[error.extensions?.code ?? '']).find((kind) => kind !== undefined);
  const kind = kindsByStatus[status] ?? byCode ?? (status < 500 && errors.length > 0 ? 'graphql' : 'http');
  const message = errors[0]?.message ?? `HTTP ${status}`;
  return new ComptoirError(kind, message, { status, retryAfterMs, errors });
}
