import { createHash, randomBytes } from 'node:crypto';

/*
 * An anonymous shopper's basket is found by an opaque token the client keeps (mobile: a header; web:
 * an httpOnly cookie the router keeps). Only its SHA-256 is stored, so the table never holds a
 * usable credential. The header names are the router's (router/src/concerns/basket-token.ts).
 */

/** The caller's token, relayed by the router from the header or the web cookie. */
export const basketTokenHeader = 'x-basket-token';
/** Response header: a token issued by this request (the router sets the web cookie). */
export const issuedTokenHeader = 'x-basket-token-issued';
/** Response header: the caller's token no longer names a basket (the router clears the web cookie). */
export const revokedTokenHeader = 'x-basket-token-revoked';

/** 32 random bytes, base64url: unguessable, safe in a header or a cookie. */
export function newBasketToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashBasketToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
