import { parse, serialize } from 'cookie';
import type { RouterConcern } from '../concern.ts';

/*
 * An anonymous shopper's basket is identified by an opaque token. Mobile apps keep it themselves
 * and send it in the `x-basket-token` header; the web storefront never sees it: the router keeps
 * it in an httpOnly cookie, out of reach of page scripts.
 */

const basketTokenHeader = 'x-basket-token';
const basketCookieName = 'comptoir_basket';
/** Set by the baskets subgraph when it hands out a token, or when the token's basket is gone (merged). */
const issuedTokenHeader = 'x-basket-token-issued';
const revokedTokenHeader = 'x-basket-token-revoked';

const thirtyDays = 30 * 24 * 3600;

export type BasketTokenContext = {
  /** The caller's basket token: the header when an app sends one, else the web cookie. */
  basketToken?: string;
  /** A token a subgraph issued (or revoked, null) during this request, for the web cookie. */
  basketCookie?: { token: string | null };
};

/**
 * Relays the caller's basket token to every subgraph, and turns a token a subgraph issued or
 * revoked during the request into the web client's cookie.
 */
export function basketToken(options: { secure: boolean }): RouterConcern {
  return {
    context: (req) => {
      const fromHeader = req.get(basketTokenHeader);
      if (fromHeader) return { basketToken: fromHeader };
      const cookies = req.get('cookie');
      return { basketToken: cookies === undefined ? undefined : parse(cookies)[basketCookieName] };
    },
    onSubgraphRequest({ context, headers }) {
      if (context.basketToken !== undefined) headers.set(basketTokenHeader, context.basketToken);
    },
    onSubgraphResponse({ context, headers }) {
      const issued = headers.get(issuedTokenHeader);
      if (issued) context.basketCookie = { token: issued };
      else if (headers.get(revokedTokenHeader)) context.basketCookie = { token: null };
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            const change = contextValue.basketCookie;
            if (!change) return;
            const cookie = serialize(basketCookieName, change.token ?? '', {
              httpOnly: true,
              sameSite: 'lax',
              secure: options.secure,
              path: '/',
              maxAge: change.token ? thirtyDays : 0,
            });
            response.http.headers.set('set-cookie', cookie);
          },
        };
      },
    },
  };
}
