import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { catalog, type ImageStorage, imageConfig } from '@comptoir/catalog';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Mock, startS3Mock } from './s3-mock.ts';

const bucket = 'comptoir-images';

// The S3 storage against a real S3-compatible server (Adobe's S3Mock), path-style as most of
// them want, with credentials from the standard AWS variables.
describe('images on S3-compatible object storage', () => {
  let s3: S3Mock;
  let s3Env: Record<string, string>;
  let storage: ImageStorage;

  beforeAll(async () => {
    s3 = await startS3Mock(bucket);
    process.env.AWS_ACCESS_KEY_ID ??= 'comptoir-test';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'comptoir-test-secret';
    s3Env = { IMAGE_STORAGE: 's3', S3_ENDPOINT: s3.endpoint, S3_BUCKET: bucket, S3_FORCE_PATH_STYLE: 'true' };
    storage = imageConfig(s3Env).storage;
  }, 180_000);
  afterAll(() => s3?.stop());

  it('puts, gets as a stream with type and length, and deletes objects', async () => {
    const key = `${randomUUID()}/card.webp`;
    expect(await storage.get(key)).toBeNull();
    const bytes = Buffer.from('not really webp, but bytes all the same');
    await storage.put(key, bytes, 'image/webp');
    const stored = await storage.get(key);
    expect(stored).toMatchObject({ contentType: 'image/webp', contentLength: bytes.length });
    expect(await buffer(stored?.body as NodeJS.ReadableStream)).toEqual(bytes);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  describe('behind the platform', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform({ subgraphs: [catalog], rawEnv: s3Env });
    });
    afterAll(() => t?.stop());

    it('keeps uploads and their variants in the bucket and serves them through the router', async () => {
      const admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
      const { body } = await t.graphql<{ createProduct: { product: { id: string } } }>(
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }',
        { input: productInput('IMG-S3') },
        { token: admin },
      );
      const origin = new URL(t.url).origin;
      const picture = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2e86c1' } })
        .jpeg()
        .toBuffer();
      const uploaded = await fetch(`${origin}/images?productId=${body.data?.createProduct.product.id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: new Uint8Array(picture),
      });
      expect(uploaded.status).toBe(201);
      const { image } = (await uploaded.json()) as { image: { id: string } };
      expect(await storage.get(`${image.id}/original`)).toMatchObject({ contentLength: picture.length });

      const card = await fetch(`${origin}/images/${image.id}/card.webp`);
      expect(card.status).toBe(200);
      expect(card.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await sharp(Buffer.from(await card.arrayBuffer())).metadata()).width).toBe(400);
      expect(await storage.get(`${image.id}/card.webp`)).toMatchObject({ contentType: 'image/webp' });
    });
  });
});
