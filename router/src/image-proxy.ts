import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { routerCredentialHeader, signedHttpRequest, signRouterCredential } from '@comptoir/kit/auth';
import type { Logger } from '@comptoir/kit/logger';
import { propagatedByTracing } from '@comptoir/kit/trace-context';
import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { authenticationOf } from './concerns/authentication.ts';
import { requestIdOf } from './concerns/request-id.ts';

/** What the client gets of catalog's answer besides its body (an image's caching headers included). */
const relayedHeaders = ['content-type', 'content-length', 'cache-control', 'etag'];
/** Which of the client's headers catalog hears. */
const forwardedHeaders = ['accept-language', 'if-none-match', 'traceparent'];
/** The most the router reads of an upload; catalog refuses anything over its own IMAGE_MAX_BYTES (10 MiB by default). */
const maxUploadBytes = 25 * 1024 * 1024;

/**
 * Catalog's images at the router's origin, as on catalog: `GET /images/<id>/<variant>.<format>`
 * for anyone, and `POST /images` (an upload) for the caller that `authenticate` (the
 * authentication concern) verifies, whose verified token catalog receives. Each request is
 * signed as the router signs GraphQL fetches, its body's digest included, so catalog still
 * answers the router alone. Nothing is mounted when the supergraph has no catalog.
 */
export function imageProxy(options: {
  catalogUrl: string | undefined;
  /** ROUTER_SUBGRAPH_SECRET; unset: requests go unsigned, as GraphQL fetches do. */
  secret: string | undefined;
  authenticate: RequestHandler;
  logger: Logger;
}): Router {
  const router = Router();
  if (options.catalogUrl === undefined) return router;
  const catalogOrigin = new URL(options.catalogUrl).origin;

  const forward = async (req: Request, res: Response, accessToken?: string) => {
    const authorization = accessToken === undefined ? undefined : `Bearer ${accessToken}`;
    const body = Buffer.isBuffer(req.body) ? req.body : undefined;
    const headers: Record<string, string> = { 'x-request-id': requestIdOf(req) };
    for (const name of forwardedHeaders) {
      const value = req.get(name);
      if (value !== undefined && !propagatedByTracing(name)) headers[name] = value;
    }
    if (authorization !== undefined) headers.authorization = authorization;
    if (options.secret !== undefined) {
      const signed = signedHttpRequest({ method: req.method, url: req.originalUrl, authorization, body });
      headers[routerCredentialHeader] = signRouterCredential(options.secret, signed);
    }
    let answer: globalThis.Response;
    try {
      answer = await fetch(`${catalogOrigin}${req.originalUrl}`, {
        method: req.method,
        headers: body ? { ...headers, 'content-type': 'application/octet-stream' } : headers,
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
    } catch (error) {
      options.logger.error({ err: error, requestId: requestIdOf(req) }, 'catalog images unreachable');
      return res.status(502).end();
    }
    res.status(answer.status);
    for (const name of relayedHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) res.set(name, value);
    }
    if (answer.body === null) return res.end();
    Readable.fromWeb(answer.body as ReadableStream).pipe(res);
  };

  router.get('/images/:imageId/:file', (req, res) => forward(req, res));
  router.post('/images', options.authenticate, express.raw({ type: () => true, limit: maxUploadBytes }), (req, res) =>
    forward(req, res, authenticationOf(req).accessToken),
  );
  return router;
}
