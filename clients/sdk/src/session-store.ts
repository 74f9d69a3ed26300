/** A shopper's tokens, as `login`, `register` and `refreshSession` return them. */
export interface StoredSession {
  accessToken: string;
  /** ISO 8601, as the API returns it. */
  accessTokenExpiresAt: string;
  /** Single use: each refresh rotates it. */
  refreshToken: string;
}

/** A store may answer at once or asynchronously. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Where a shopper's session and anonymous basket token live between requests (and app restarts):
 * back it with the platform's secure storage (Keychain, Keystore, an httpOnly store...).
 */
export interface SessionStore {
  get(): Awaitable<StoredSession | null>;
  set(session: StoredSession): Awaitable<void>;
  /** Ends the session; the basket token stays. */
  clear(): Awaitable<void>;
  /** The anonymous basket's token (`x-basket-token`), null when there is none. */
  getBasketToken(): Awaitable<string | null>;
  setBasketToken(token: string | null): Awaitable<void>;
}

/** A store held in memory: for scripts, tests, or an app that signs in again on every start. */
export function memorySessionStore(initial: { session?: StoredSession; basketToken?: string } = {}): SessionStore {
  let session = initial.session ?? null;
  let basketToken = initial.basketToken ?? null;
  return {
    get: () => session,
    set: (next) => {
      session = next;
    },
    clear: () => {
      session = null;
    },
    getBasketToken: () => basketToken,
    setBasketToken: (token) => {
      basketToken = token;
    },
  };
}
