import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ImageStorage } from './image-storage.ts';

export interface S3Settings {
  bucket: string;
  region: string;
  /** An S3-compatible server's URL; unset: AWS's own endpoint for the region. */
  endpoint?: string | undefined;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`, as most S3-compatible servers want. */
  forcePathStyle: boolean;
}

/**
 * Images as objects of one S3 bucket (or of an S3-compatible store); credentials come from the
 * SDK's standard chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, a role).
 */
export function s3ImageStorage(settings: S3Settings): ImageStorage {
  const client = new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  });
  const Bucket = settings.bucket;
  return {
    async put(Key, bytes, ContentType) {
      await client.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentType }));
    },
    async get(Key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        return {
          // In Node the SDK's body is the response stream itself.
          body: object.Body as Readable,
          contentType: object.ContentType ?? 'application/octet-stream',
          contentLength: object.ContentLength ?? 0,
        };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async delete(Key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },
  };
}
