import { ComptoirError } from './errors.ts';
import type { SessionFieldsFragment, UserErrorFieldsFragment } from './generated/graphql.ts';
import type { SessionStore, StoredSession } from './session-store.ts';

/** What `refreshSession` answers. */
export interface RefreshOutcome {
  session?: SessionFieldsFragment | null;
  userErrors: readonly UserErrorFieldsFragment[];
}

/** The access token is renewed this long before it expires, so no request carries a dying one. */
const renewalMarginMs = 30_000;

/**
 * A shopper's session over a store: hands out a live access token, renewing it with the refresh
 * token shortly before expiry or after the API refused it. Every caller that needs a renewal of
 * the same refresh token shares one `refreshSession` call: refresh tokens are single use, and a
 * second use would end the session (the API takes it for a stolen token).
 */
export class ShopperSession {
  private renewal?: { refreshToken: string; renewed: Promise<StoredSession> };

  readonly store: SessionStore;
  private readonly trade: (refreshToken: string) => Promise<RefreshOutcome>;

  constructor(store: SessionStore, trade: (refreshToken: string) => Promise<RefreshOutcome>) {
    this.store = store;
    this.trade = trade;
  }

  /** The session to send, renewed first when it is about to expire; null when signed out. */
  async current(): Promise<StoredSession | null> {
    const session = await this.store.get();
    if (session === null) return null;
    const expiresInMs = Date.parse(session.accessTokenExpiresAt) - Date.now();
    return expiresInMs > renewalMarginMs ? session : this.renew(session);
  }

  /** After the API refused `session`'s access token: the renewed session (once per refresh token). */
  renew(session: StoredSession): Promise<StoredSession> {
    if (this.renewal?.refreshToken === session.refreshToken) return this.renewal.renewed;
    const renewed = this.tradeIn(session.refreshToken);
    const renewal = { refreshToken: session.refreshToken, renewed };
    this.renewal = renewal;
    // A renewal that got no answer may be tried again; a refused one ended the session for good.
    renewed.catch((error: unknown) => {
      const refused = error instanceof ComptoirError && error.kind === 'unauthenticated';
      if (this.renewal === renewal && !refused) this.renewal = undefined;
    });
    return renewed;
  }

  async start(session: SessionFieldsFragment): Promise<void> {
    await this.store.set(storedOf(session));
  }

  async end(): Promise<void> {
    await this.store.clear();
  }

  private async tradeIn(refreshToken: string): Promise<StoredSession> {
    const outcome = await this.trade(refreshToken);
    if (!outcome.session) {
      await this.end();
      const reason = outcome.userErrors[0]?.message ?? 'the session has ended';
      throw new ComptoirError('unauthenticated', `refreshSession: ${reason}`);
    }
    const session = storedOf(outcome.session);
    await this.store.set(session);
    return session;
  }
}

function storedOf(session: SessionFieldsFragment): StoredSession {
  const { accessToken, accessTokenExpiresAt, refreshToken } = session;
  return { accessToken, accessTokenExpiresAt, refreshToken };
}
