import { pipeline } from 'node:stream/promises';
import { type ClaimsVerifier, DomainError, isUuid, UserInputError } from '@comptoir/kit';
import { InvalidCredentialError, requireRouterHttpCredential } from '@comptoir/kit/auth';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { ImageLimits } from './image-config.ts';
import type { ImageStorage } from './image-storage.ts';
import { imageTooLarge, uploadProductImage } from './image-upload.ts';
import { imageVariant, servedImageId, variantOfFile, variantUrls } from './image-variants.ts';

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IMAGE_TOO_LARGE: 413,
};

/**
 * Catalog's image endpoints, for the router alone (it proxies `/images/*`):
 * `GET /images/<id>/<variant>.<webp|jpg>` serves a variant, immutable for a year; `POST
 * /images?productId=<id>&alt=<text>` with the picture's bytes as the body adds it to the
 * product, as the bearer token allows, and answers `{ image: { id, url, alt, variants } }` or
 * `{ error: { code, field, message } }` (message in the Accept-Language).
 */
export function imageRoutes(
  app: Express,
  options: {
    storage: ImageStorage;
    limits: ImageLimits;
    routerSecrets: readonly string[];
    verifyClaims: ClaimsVerifier;
    orm: MikroORM;
  },
): void {
  const { storage, limits } = options;
  const fromRouter = requireRouterHttpCredential(options.routerSecrets);

  app.get('/images/:imageId/:file', fromRouter, async (req, res) => {
    const { imageId, file } = req.params as { imageId: string; file: string };
    const wanted = variantOfFile(file);
    if (!wanted || !isUuid(imageId)) return res.status(404).end();
    const { variant, format } = wanted;
    const image = await imageVariant(storage, imageId, variant, format);
    if (!image) return res.status(404).end();
    // An image id names its bytes for good (a new picture is a new id): cache it anywhere, forever.
    const etag = `"${imageId}-${variant}-${format}"`;
    res.set({
      'content-type': image.contentType,
      'content-length': String(image.contentLength),
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
    });
    const notModified =
      req
        .get('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(etag) ?? false;
    if (notModified || req.method === 'HEAD') {
      image.body.destroy();
      return res.status(notModified ? 304 : 200).end();
    }
    await pipeline(image.body, res);
  });

  app.post(
    '/images',
    express.raw({ type: () => true, limit: limits.maxBytes }),
    fromRouter,
    async (req: Request, res: Response) => {
      const locale = req.acceptsLanguages('en', 'fr') === 'fr' ? 'fr' : 'en';
      try {
        const claims = await options.verifyClaims(req.header('authorization'));
        const { image } = await uploadProductImage(
          { em: options.orm.em.fork(), claims, locale, traceparent: req.header('traceparent') },
          storage,
          limits,
          {
            productId: String(req.query.productId ?? ''),
            alt: typeof req.query.alt === 'string' ? req.query.alt : undefined,
            bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          },
        );
        const id = servedImageId(image.url) as string;
        res.status(201).json({ image: { id, ...image, variants: variantUrls(id) } });
      } catch (error) {
        if (error instanceof UserInputError) {
          const { code, field } = error;
          res.status(statusOf[code] ?? 400).json({ error: { code, field, message: error.messages[locale] } });
        } else if (error instanceof DomainError || error instanceof InvalidCredentialError) {
          const code = error instanceof DomainError ? error.code : 'UNAUTHENTICATED';
          res.status(statusOf[code] ?? 400).json({ error: { code, field: null, message: error.message } });
        } else {
          throw error;
        }
      }
    },
    tooLarge(limits),
  );
}

/** The body parser's own refusal, as the upload's own check words it. */
function tooLarge(limits: ImageLimits): ErrorRequestHandler {
  return (error: { type?: string }, req, res, next) => {
    if (error.type !== 'entity.too.large') return next(error);
    const refusal = imageTooLarge(limits);
    const locale = req.acceptsLanguages('en', 'fr') === 'fr' ? 'fr' : 'en';
    res.status(413).json({ error: { code: refusal.code, field: refusal.field, message: refusal.messages[locale] } });
  };
}
