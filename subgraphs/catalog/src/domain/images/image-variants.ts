import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { isUuid } from '@comptoir/kit';
import sharp from 'sharp';
import type { ImageStorage, StoredImage } from './image-storage.ts';

/** The resized copies served of every image, by name: their width in pixels. */
export const imageVariants = { thumb: 160, card: 400, large: 1200 } as const;
export type ImageVariant = keyof typeof imageVariants;

export const imageFormats = { webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type ImageFormat = keyof typeof imageFormats;

export const originalKey = (imageId: string) => `${imageId}/original`;
const variantKey = (imageId: string, variant: ImageVariant, format: ImageFormat) => `${imageId}/${variant}.${format}`;

/** Where the platform serves an image's variant: a path on the API's origin (router or storefront). */
export const imagePath = (imageId: string, variant: ImageVariant, format: ImageFormat = 'webp') =>
  `/images/${imageId}/${variant}.${format}`;

/** A variant's file name, `<variant>.<format>` (card.webp), read back; null for any other name. */
export function variantOfFile(file: string): { variant: ImageVariant; format: ImageFormat } | null {
  const [variant = '', format = '', ...rest] = file.split('.');
  if (rest.length > 0 || !Object.hasOwn(imageVariants, variant) || !Object.hasOwn(imageFormats, format)) return null;
  return { variant: variant as ImageVariant, format: format as ImageFormat };
}

/** The image id of a path the platform serves (`/images/<id>/large.webp`); null for any other URL. */
export function servedImageId(url: string): string | null {
  const [empty, images, imageId = '', file = '', ...rest] = url.split('/');
  const served = empty === '' && images === 'images' && rest.length === 0 && isUuid(imageId);
  return served && variantOfFile(file) !== null ? imageId : null;
}

/** The variants of an image the platform serves, smallest first: WebP, and JPEG for clients without it. */
export function variantUrls(imageId: string) {
  return Object.entries(imageVariants).map(([name, width]) => ({
    name: name.toUpperCase() as Uppercase<ImageVariant>,
    width,
    url: imagePath(imageId, name as ImageVariant),
    jpegUrl: imagePath(imageId, name as ImageVariant, 'jpg'),
  }));
}

/** Renders are shared while under way: a burst of first requests for one variant resizes it once. */
const rendering = new Map<string, Promise<Buffer | null>>();

/**
 * A variant of a stored image, resized from the original on its first request and kept in
 * storage from then on. Null when no such image was ever stored.
 */
export async function imageVariant(
  storage: ImageStorage,
  imageId: string,
  variant: ImageVariant,
  format: ImageFormat,
): Promise<StoredImage | null> {
  const key = variantKey(imageId, variant, format);
  const stored = await storage.get(key);
  if (stored) return stored;
  let render = rendering.get(key);
  if (!render) {
    render = renderAndStore(storage, imageId, variant, format).finally(() => rendering.delete(key));
    rendering.set(key, render);
  }
  const rendered = await render;
  if (!rendered) return null;
  return { body: Readable.from([rendered]), contentType: imageFormats[format], contentLength: rendered.length };
}

async function renderAndStore(
  storage: ImageStorage,
  imageId: string,
  variant: ImageVariant,
  format: ImageFormat,
): Promise<Buffer | null> {
  const original = await storage.get(originalKey(imageId));
  if (!original) return null;
  const rendered = await renderVariant(await buffer(original.body), variant, format);
  await storage.put(variantKey(imageId, variant, format), rendered, imageFormats[format]);
  return rendered;
}

/** `original` at the variant's width (never enlarged), upright, without its metadata. */
function renderVariant(original: Buffer, variant: ImageVariant, format: ImageFormat): Promise<Buffer> {
  const resized = sharp(original).rotate().resize({ width: imageVariants[variant], withoutEnlargement: true });
  return format === 'webp'
    ? resized.webp({ quality: 80 }).toBuffer()
    : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
