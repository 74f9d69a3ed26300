import { parseEnv } from '@comptoir/kit/config';
import { z } from 'zod';
import type { ImageStorage } from './image-storage.ts';
import { localImageStorage } from './local-image-storage.ts';
import { s3ImageStorage } from './s3-image-storage.ts';

const imageEnv = z
  .object({
    /** local: files under IMAGE_DIR (the embedded default); s3: objects in S3_BUCKET. */
    IMAGE_STORAGE: z.enum(['local', 's3']).default('local'),
    IMAGE_DIR: z.string().min(1).default('.data/images'),
    /** An S3-compatible server (MinIO, Ceph, S3Mock…); unset: AWS S3 itself. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
    /** An upload's largest size in bytes (10 MiB). */
    IMAGE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(25 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    /** An upload's largest width × height (40 megapixels), so a small file cannot decode into gigabytes. */
    IMAGE_MAX_PIXELS: z.coerce.number().int().min(1).default(40_000_000),
  })
  .refine((env) => env.IMAGE_STORAGE !== 's3' || env.S3_BUCKET !== undefined, {
    path: ['S3_BUCKET'],
    message: 'required when IMAGE_STORAGE=s3',
  });

/** How large an uploaded image may be. */
export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
}

/** The image storage and upload limits the environment configures. */
export function imageConfig(env: NodeJS.ProcessEnv): { storage: ImageStorage; limits: ImageLimits } {
  const own = parseEnv(imageEnv, env);
  const storage =
    own.IMAGE_STORAGE === 's3'
      ? s3ImageStorage({
          bucket: own.S3_BUCKET as string,
          region: own.S3_REGION,
          endpoint: own.S3_ENDPOINT,
          forcePathStyle: own.S3_FORCE_PATH_STYLE === 'true',
        })
      : localImageStorage(own.IMAGE_DIR);
  return { storage, limits: { maxBytes: own.IMAGE_MAX_BYTES, maxPixels: own.IMAGE_MAX_PIXELS } };
}
