import { type RequestContext, requireClaims, requireScope, UserInputError } from '@comptoir/kit';
import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import { recordProductUpdated } from '../catalog-events.ts';
import type { Product, ProductImage } from '../product.ts';
import { findWritableProduct, maxProductImages } from '../products.ts';
import type { ImageLimits } from './image-config.ts';
import type { ImageStorage } from './image-storage.ts';
import { imagePath, originalKey } from './image-variants.ts';

type UploadContext = Pick<RequestContext, 'em' | 'claims' | 'locale' | 'traceparent'>;

/** What the first bytes of each accepted format are; the file's name and declared type count for nothing. */
const signatures: Array<{ type: string; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) },
  {
    type: 'image/png',
    matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/webp',
    matches: (bytes) =>
      bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The refusal of an upload over the size limit. */
export function imageTooLarge(limits: ImageLimits): UserInputError {
  const megabytes = (locale: string) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(limits.maxBytes / 1024 / 1024);
  return new UserInputError(
    'IMAGE_TOO_LARGE',
    { en: `An image is at most ${megabytes('en')} MB.`, fr: `Une image fait au plus ${megabytes('fr')} Mo.` },
    'image',
  );
}

/**
 * Checks an upload is a JPEG, PNG or WebP picture by its content, within the size and pixel
 * limits, and that it decodes; returns its type.
 */
export async function acceptedImage(bytes: Buffer, limits: ImageLimits): Promise<string> {
  if (bytes.length > limits.maxBytes) throw imageTooLarge(limits);
  const type = signatures.find((signature) => signature.matches(bytes))?.type;
  if (!type) {
    throw new UserInputError(
      'UNSUPPORTED_IMAGE',
      { en: 'Send a JPEG, PNG or WebP image.', fr: 'Envoyez une image JPEG, PNG ou WebP.' },
      'image',
    );
  }
  // The header alone, not the pixels: a decompression bomb is refused before it is decoded.
  const { width = 0, height = 0 } = await sharp(bytes)
    .metadata()
    .catch(() => ({ width: 0, height: 0 }));
  if (width === 0 || height === 0) {
    throw new UserInputError(
      'UNSUPPORTED_IMAGE',
      { en: 'This image cannot be read.', fr: 'Cette image est illisible.' },
      'image',
    );
  }
  if (width * height > limits.maxPixels) {
    const megapixels = Math.floor(limits.maxPixels / 1_000_000);
    throw new UserInputError(
      'IMAGE_TOO_MANY_PIXELS',
      {
        en: `An image has at most ${megapixels} megapixels.`,
        fr: `Une image compte au plus ${megapixels} mégapixels.`,
      },
      'image',
    );
  }
  // Truncated or corrupt pixel data fails here, not on a shopper's first request.
  await sharp(bytes, { limitInputPixels: limits.maxPixels })
    .resize({ width: 8 })
    .toBuffer()
    .catch(() => {
      throw new UserInputError(
        'UNSUPPORTED_IMAGE',
        { en: 'This image cannot be read.', fr: 'Cette image est illisible.' },
        'image',
      );
    });
  return type;
}

/** Stores an accepted picture as a new image's original; returns the image's id. */
export async function storeImage(storage: ImageStorage, bytes: Buffer, type: string): Promise<string> {
  const imageId = uuidv7();
  await storage.put(originalKey(imageId), bytes, type);
  return imageId;
}

/**
 * Adds an uploaded picture to a product's images (last), for staff (`catalog:write`) on any
 * product and for a seller on its organisation's own; announces `product.updated`. `alt`
 * defaults to the product's name in the caller's language. Nothing stays stored when it fails.
 */
export async function uploadProductImage(
  ctx: UploadContext,
  storage: ImageStorage,
  limits: ImageLimits,
  upload: { productId: string; alt?: string | undefined; bytes: Buffer },
): Promise<{ product: Product; image: ProductImage }> {
  requireClaims(ctx);
  requireScope(ctx, 'catalog:write');
  const alt = upload.alt?.trim().slice(0, 200);
  const type = await acceptedImage(upload.bytes, limits);
  let imageId: string | undefined;
  try {
    return await ctx.em.transactional(async (em) => {
      const product = await findWritableProduct(ctx, em, upload.productId);
      if (product.images.length >= maxProductImages) {
        throw new UserInputError(
          'TOO_MANY_IMAGES',
          {
            en: `A product has at most ${maxProductImages} images.`,
            fr: `Un produit a au plus ${maxProductImages} images.`,
          },
          'productId',
        );
      }
      imageId = await storeImage(storage, upload.bytes, type);
      const image = {
        url: imagePath(imageId, 'large'),
        alt: alt || (ctx.locale === 'fr' ? product.nameFr : product.nameEn),
      };
      product.images = [...product.images, image];
      recordProductUpdated(em, product, ctx.traceparent);
      return { product, image };
    });
  } catch (error) {
    if (imageId) await storage.delete(originalKey(imageId));
    throw error;
  }
}
