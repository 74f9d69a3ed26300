import { ComptoirError } from './errors.ts';
import {
  type LoginInput,
  RefreshSessionDocument,
  type RefreshSessionMutation,
  RegisterDocument,
  type RegisterInput,
  type RegisterMutation,
  SignInDocument,
  type SignInMutation,
  SignOutDocument,
  type TypedDocumentString,
} from './generated/graphql.ts';
import { hasIdempotencyKey, type Operation, operationOf } from './operation.ts';
import { defaultRetries, delayBeforeRetry, isTransient, type RetryOptions, sleep } from './retry.ts';
import { ShopperSession } from './session.ts';
import type { SessionStore, StoredSession } from './session-store.ts';
import { post, type Transport } from './transport.ts';

/** Who the client acts for: a partner (carrier, seller) by its token, or a shopper by a session. */
export type ComptoirAuth = { partnerToken: string } | { session: SessionStore };

/** Where the client reports retries and renewals; `console` fits. */
export interface ComptoirLogger {
  warn(message: string, details?: Record<string, unknown>): void;
  debug?(message: string, details?: Record<string, unknown>): void;
}

export interface ComptoirClientOptions {
  /** The router's GraphQL endpoint, e.g. https://api.example.com/graphql. */
  endpoint: string;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Default: anonymous (no basket token kept either). */
  auth?: ComptoirAuth;
  /** Default: 3 retries from 250 ms; `false` never retries. */
  retries?: RetryOptions | false;
  logger?: ComptoirLogger;
  /** Sent with every request, e.g. `{ 'accept-language': 'fr' }` for French texts and userErrors. */
  headers?: Record<string, string>;
  /** One attempt's limit, after which it counts as a network error. Default 30 s. */
  timeoutMs?: number;
}

export interface RequestOptions {
  /**
   * The mutation may be retried: sending it twice does what sending it once does. Mutations whose
   * variables carry an `idempotencyKey` are retried without it; other mutations never are.
   */
  idempotent?: boolean;
  headers?: Record<string, string>;
}

/** Variables may be left out when the operation requires none. */
export type RequestArguments<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export interface ComptoirClient {
  /** Runs a generated operation; its data, typed, or a ComptoirError. `userErrors` are data. */
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...args: RequestArguments<TVariables>
  ): Promise<TResult>;
  /** Signs in (login) and keeps the session in the store; the payload tells of userErrors. */
  signIn(input: LoginInput): Promise<SignInMutation['login']>;
  /** Creates an account and keeps its session in the store. */
  register(input: RegisterInput): Promise<RegisterMutation['register']>;
  /** Ends the session at the API and clears it from the store (the basket token stays). */
  signOut(): Promise<void>;
}

export function createComptoirClient(options: ComptoirClientOptions): ComptoirClient {
  const transport: Transport = {
    endpoint: options.endpoint,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    headers: options.headers ?? {},
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const retries =
    options.retries === false ? { ...defaultRetries, maxRetries: 0 } : { ...defaultRetries, ...options.retries };
  const logger = options.logger;
  const auth = options.auth;
  const partnerToken = auth && 'partnerToken' in auth ? auth.partnerToken : undefined;
  const shopper =
    auth && 'session' in auth
      ? new ShopperSession(auth.session, async (refreshToken) => {
          logger?.debug?.('renewing the access token');
          const data = await run<RefreshSessionMutation>(
            operationOf(RefreshSessionDocument),
            { input: { refreshToken } },
            { withSession: false },
          );
          return data.refreshSession;
        })
      : undefined;

  /** Sends by hash; the text follows only when the API knows no such hash (a document of no manifest). */
  async function send(operation: Operation, variables: unknown, headers: Record<string, string>): Promise<unknown> {
    try {
      return await post(transport, operation, variables, headers, false);
    } catch (error) {
      if (!(error instanceof ComptoirError && error.codes.includes('PERSISTED_QUERY_NOT_FOUND'))) throw error;
      return post(transport, operation, variables, headers, true);
    }
  }

  async function headersFor(session: StoredSession | null, extra: Record<string, string> | undefined) {
    const basketToken = await shopper?.store.getBasketToken();
    const token = session?.accessToken ?? partnerToken;
    return {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(basketToken ? { 'x-basket-token': basketToken } : {}),
      ...extra,
    };
  }

  /**
   * One attempt, as the caller (the shopper's session unless `withSession` is false, as for the
   * session's own operations): a refused access token is renewed once and the attempt made again.
   */
  async function attempt(
    operation: Operation,
    variables: unknown,
    requestOptions: { withSession: boolean } & RequestOptions,
  ) {
    const session = requestOptions.withSession ? ((await shopper?.current()) ?? null) : null;
    try {
      return await send(operation, variables, await headersFor(session, requestOptions.headers));
    } catch (error) {
      if (!(session && shopper && error instanceof ComptoirError && error.kind === 'unauthenticated')) throw error;
      const renewed = await shopper.renew(session);
      return send(operation, variables, await headersFor(renewed, requestOptions.headers));
    }
  }

  async function run<TResult>(
    operation: Operation,
    variables: unknown,
    requestOptions: { withSession: boolean } & RequestOptions,
  ): Promise<TResult> {
    const mayRetry = operation.kind === 'query' || requestOptions.idempotent === true || hasIdempotencyKey(variables);
    for (let retry = 0; ; retry += 1) {
      try {
        const data = (await attempt(operation, variables, requestOptions)) as TResult;
        await keepBasketToken(data);
        return data;
      } catch (error) {
        if (!mayRetry || retry >= retries.maxRetries || !isTransient(error)) throw error;
        const delayMs = delayBeforeRetry(retry, error, retries);
        logger?.warn(`${operation.name}: ${error.message}; retrying`, { retry: retry + 1, delayMs, kind: error.kind });
        await sleep(delayMs);
      }
    }
  }

  /** An anonymous basket's token, as a basket mutation hands it out; gone once merged into the user's. */
  async function keepBasketToken(data: unknown): Promise<void> {
    if (!shopper || data === null || typeof data !== 'object') return;
    for (const [field, value] of Object.entries(data)) {
      if (value === null || typeof value !== 'object') continue;
      const payload = value as { basketToken?: unknown; userErrors?: unknown[] };
      if (field === 'mergeBasket' && payload.userErrors?.length === 0) await shopper.store.setBasketToken(null);
      else if (typeof payload.basketToken === 'string') await shopper.store.setBasketToken(payload.basketToken);
    }
  }

  function sessionOf(method: string): ShopperSession {
    if (!shopper) throw new TypeError(`${method} needs a client created with auth: { session }`);
    return shopper;
  }

  return {
    request(document, ...[variables, requestOptions]) {
      return run(operationOf(document), variables ?? {}, { ...requestOptions, withSession: true });
    },
    async signIn(input) {
      const session = sessionOf('signIn');
      const { login } = await run<SignInMutation>(operationOf(SignInDocument), { input }, { withSession: false });
      if (login.session) await session.start(login.session);
      return login;
    },
    async register(input) {
      const session = sessionOf('register');
      const { register } = await run<RegisterMutation>(
        operationOf(RegisterDocument),
        { input },
        { withSession: false },
      );
      if (register.session) await session.start(register.session);
      return register;
    },
    async signOut() {
      const session = sessionOf('signOut');
      const stored = await session.store.get();
      try {
        if (stored)
          await run(
            operationOf(SignOutDocument),
            { input: { refreshToken: stored.refreshToken } },
            { withSession: false },
          );
      } finally {
        await session.end();
      }
    },
  };
}
