import type { ApolloServerPlugin } from '@apollo/server';
import { parse, serialize } from 'cookie';
import type { RouterContext } from './context.ts';

/*
 * An anonymous shopper's basket is identified by an opaque token. Mobile apps keep it themselves
 * and send it in the `x-basket-token` header; the web storefront never sees it: the router keeps
 * it in an httpOnly cookie, out of reach of page scripts.
 */

export const basketTokenHeader = 'x-basket-token';
export const basketCookieName = 'comptoir_basket';
/** Set by the baskets subgraph when it hands out a token, or when the token's basket is gone (merged). */
export const issuedTokenHeader = 'x-basket-token-issued';
export const revokedTokenHeader = 'x-basket-token-revoked';

const thirtyDays = 30 * 24 * 3600;

/** The caller's basket token: the header when an app sends one, else the web cookie. */
export function basketTokenOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const fromHeader = headers[basketTokenHeader];
  if (typeof fromHeader === 'string' && fromHeader !== '') return fromHeader;
  const cookies = headers.cookie;
  return typeof cookies === 'string' ? parse(cookies)[basketCookieName] : undefined;
}

/** What a subgraph response says about the token, remembered for the client's response. */
export function noteBasketToken(context: RouterContext, headers: { get(name: string): string | null }): void {
  const issued = headers.get(issuedTokenHeader);
  if (issued) context.basketCookie = { token: issued };
  else if (headers.get(revokedTokenHeader)) context.basketCookie = { token: null };
}

/** Turns a token issued or revoked during the request into the web client's cookie. */
export function basketCookiePlugin(options: { secure: boolean }): ApolloServerPlugin<RouterContext> {
  return {
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
  };
}
