import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { basketCookie, cookiesOf } from './cookies.ts';

/** Request headers the router needs from the browser; everything else (cookies included) stays here. */
const forwardedRequestHeaders = ['accept', 'accept-language', 'authorization', 'content-type', 'idempotency-key'];
/** Response headers the browser needs from the router. */
const forwardedResponseHeaders = ['content-type', 'retry-after', 'set-cookie', 'cache-control'];
/** An image's headers, its caching ones included, both ways. */
const imageRequestHeaders = ['accept', 'if-none-match'];
const imageResponseHeaders = ['content-type', 'content-length', 'cache-control', 'etag'];

/**
 * The headers for the router on behalf of a shopper's request: the language, and the basket
 * cookie's token as `x-basket-token` (the router sets that cookie, httpOnly, when it issues one).
 */
export function shopperHeaders(cookieHeader: string | undefined, lang: string | undefined): Record<string, string> {
  const token = cookiesOf(cookieHeader)[basketCookie];
  return { ...(lang ? { 'accept-language': lang } : {}), ...(token ? { 'x-basket-token': token } : {}) };
}

/**
 * `/graphql` on the storefront's origin, relayed to the router: the page never talks to another
 * origin, and its cookies never leave this server but for the basket token. So are the product
 * images the platform serves (`GET /images/…`, paths on the API's origin).
 */
export function graphqlProxy(routerUrl: string): Router {
  const router = Router();
  router.use('/graphql', express.raw({ type: () => true, limit: '1mb' }), relay(routerUrl));
  router.get('/images/{*path}', relayImage(new URL(routerUrl).origin));
  return router;
}

/** The named headers of the browser's request, over `base`. */
function requestHeaders(req: Request, names: readonly string[], base: Record<string, string> = {}): Headers {
  const headers = new Headers(base);
  for (const name of names) {
    const value = req.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

/** The router's answer to the browser: its status, the named headers and its body. */
async function answer(res: Response, response: globalThis.Response, names: readonly string[]): Promise<void> {
  res.status(response.status);
  for (const name of names) {
    const values = name === 'set-cookie' ? response.headers.getSetCookie() : [response.headers.get(name)];
    const present = values.filter((value): value is string => value !== null);
    if (present.length > 0) res.setHeader(name, present);
  }
  res.send(Buffer.from(await response.arrayBuffer()));
}

function relayImage(routerOrigin: string): RequestHandler {
  return async (req, res, next) => {
    try {
      const response = await fetch(new URL(req.originalUrl, routerOrigin), {
        headers: requestHeaders(req, imageRequestHeaders),
      });
      await answer(res, response, imageResponseHeaders);
    } catch (error) {
      next(error);
    }
  };
}

function relay(routerUrl: string): RequestHandler {
  return async (req, res, next) => {
    try {
      const headers = requestHeaders(
        req,
        forwardedRequestHeaders,
        shopperHeaders(req.get('cookie'), req.get('accept-language')),
      );
      const forwardedFor = [req.get('x-forwarded-for'), req.socket.remoteAddress].filter(Boolean).join(', ');
      if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
      const url = new URL(routerUrl);
      url.search = new URL(req.originalUrl, 'http://storefront').search;
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const response = await fetch(url, {
        method: req.method,
        headers,
        ...(hasBody && Buffer.isBuffer(req.body) ? { body: new Uint8Array(req.body) } : {}),
      });
      await answer(res, response, forwardedResponseHeaders);
    } catch (error) {
      next(error);
    }
  };
}
