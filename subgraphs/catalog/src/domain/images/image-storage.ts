import type { Readable } from 'node:stream';

/** A stored object, read as a stream. */
export interface StoredImage {
  body: Readable;
  contentType: string;
  contentLength: number;
}

/**
 * Where catalog keeps image bytes (originals and their resized variants), by key such as
 * `<image id>/card.webp`. A put of an existing key replaces it whole: readers see the old bytes
 * or the new ones, never a mix.
 */
export interface ImageStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Null when nothing is stored under `key`. */
  get(key: string): Promise<StoredImage | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}
