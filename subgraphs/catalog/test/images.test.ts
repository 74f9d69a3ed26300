import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '@comptoir/catalog';
import { routerCredentialHeader, signedHttpRequest, signRouterCredential } from '@comptoir/kit/auth';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface UploadAnswer {
  image?: { id: string; url: string; alt: string; variants: Array<{ name: string; width: number; url: string }> };
  error?: { code: string; field: string | null; message: string };
}

const picture = (width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png') =>
  sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .toFormat(format)
    .toBuffer();

// Uploads and variants through a router in front of catalog, on local disk in a folder of the
// test's own: who may upload to which product, what is refused by content, and how variants are
// resized, cached and kept.
describe('product images', () => {
  let t: TestPlatform;
  let imageDir: string;
  let origin: string;
  const seller = randomUUID();
  const otherSeller = randomUUID();
  let admin: string;
  let sellerToken: string;
  let otherSellerToken: string;
  let customer: string;
  const routerSecret = randomBytes(32).toString('hex');

  const partnerToken = (org: string) =>
    t.token({ sub: randomUUID(), roles: ['PARTNER'], scope: 'catalog:write', org: { id: org, kind: 'SELLER' } });

  const createProduct = async (sku: string, token: string) => {
    const { body } = await t.graphql<{ createProduct: { product: { id: string } } }>(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }',
      { input: productInput(sku) },
      { token },
    );
    return body.data?.createProduct.product.id as string;
  };

  const upload = async (productId: string, bytes: Buffer, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}/images?productId=${productId}&alt=${encodeURIComponent('Une photo')}`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  };

  const imagesOf = async (productId: string) => {
    const { body } = await t.graphql<{
      product: { images: Array<{ url: string; alt: string; variants: Array<Record<string, unknown>> }> };
    }>('query ($id: ID!) { product(id: $id) { images { url alt variants { name width url jpegUrl } } } }', {
      id: productId,
    });
    return body.data?.product.images;
  };

  beforeAll(async () => {
    imageDir = await mkdtemp(join(tmpdir(), 'comptoir-images-'));
    t = await startTestPlatform({
      subgraphs: [catalog],
      env: { ROUTER_SUBGRAPH_SECRET: routerSecret },
      rawEnv: { IMAGE_DIR: imageDir, IMAGE_MAX_BYTES: String(1024 * 1024), IMAGE_MAX_PIXELS: String(3_000_000) },
    });
    origin = new URL(t.url).origin;
    for (const organizationId of [seller, otherSeller]) {
      await t.deliver({
        type: 'partner_organization.created',
        subject: organizationId,
        data: { organizationId, name: `Seller ${organizationId}`, kind: 'SELLER' },
      });
    }
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write catalog:admin' });
    sellerToken = await partnerToken(seller);
    otherSellerToken = await partnerToken(otherSeller);
    customer = await t.token({ sub: randomUUID(), roles: ['CUSTOMER'], scope: 'basket:write orders:write' });
  });
  afterAll(async () => {
    await t?.stop();
    await rm(imageDir, { recursive: true, force: true });
  });

  it('lets staff add an image to any product; its url and variants are served paths', async () => {
    const productId = await createProduct('IMG-ADMIN', admin);
    const anonymous = await upload(productId, await picture(1600, 1200));
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    // The router authenticates uploads as it does GraphQL requests: a bad token never reaches catalog.
    const forged = await upload(productId, await picture(1600, 1200), `${admin.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);

    const { status, body } = await upload(productId, await picture(1600, 1200), admin);
    expect(status).toBe(201);
    const id = body.image?.id as string;
    expect(body.image).toMatchObject({ url: `/images/${id}/large.webp`, alt: 'Une photo' });
    expect(await imagesOf(productId)).toEqual([
      {
        url: `/images/${id}/large.webp`,
        alt: 'Une photo',
        variants: [
          { name: 'THUMB', width: 160, url: `/images/${id}/thumb.webp`, jpegUrl: `/images/${id}/thumb.jpg` },
          { name: 'CARD', width: 400, url: `/images/${id}/card.webp`, jpegUrl: `/images/${id}/card.jpg` },
          { name: 'LARGE', width: 1200, url: `/images/${id}/large.webp`, jpegUrl: `/images/${id}/large.jpg` },
        ],
      },
    ]);
  });

  it('lets a seller add images to its own products only; customers and other sellers add none', async () => {
    const productId = await createProduct('IMG-SELLER', sellerToken);
    const bytes = await picture(800, 600, 'jpeg');
    expect((await upload(productId, bytes, sellerToken)).status).toBe(201);

    const otherSeller = await upload(productId, bytes, otherSellerToken);
    expect(otherSeller).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    const byCustomer = await upload(productId, bytes, customer);
    expect(byCustomer).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await imagesOf(productId)).toHaveLength(1);
    // Refused uploads leave nothing stored: one original, the seller's.
    const originals = (await readdir(imageDir, { recursive: true })).filter((path) => path.endsWith('original'));
    expect(originals).toHaveLength(2);
  });

  it('judges an upload by its content, size and pixel count, never by its name or declared type', async () => {
    const productId = await createProduct('IMG-REFUSED', admin);
    const refusals: Array<[string, Buffer, number, string]> = [
      ['a text file sent as image/jpeg', Buffer.from('<html>not a picture</html>'), 400, 'UNSUPPORTED_IMAGE'],
      [
        'JPEG magic bytes before garbage',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(2048)]),
        400,
        'UNSUPPORTED_IMAGE',
      ],
      ['a truncated PNG', (await picture(400, 300)).subarray(0, 60), 400, 'UNSUPPORTED_IMAGE'],
      ['more pixels than IMAGE_MAX_PIXELS', await picture(2000, 2000), 400, 'IMAGE_TOO_MANY_PIXELS'],
      ['more bytes than IMAGE_MAX_BYTES', randomBytes(1024 * 1024 + 1), 413, 'IMAGE_TOO_LARGE'],
    ];
    for (const [what, bytes, status, code] of refusals) {
      expect(await upload(productId, bytes, admin, { 'accept-language': 'fr' }), what).toMatchObject({
        status,
        body: { error: { code } },
      });
    }
    const oversized = await upload(productId, randomBytes(2 * 1024 * 1024), admin, { 'accept-language': 'fr' });
    expect(oversized.body.error?.message).toBe('Une image fait au plus 1 Mo.');
    expect(await imagesOf(productId)).toEqual([]);
    const webp = await upload(productId, await picture(300, 200, 'webp'), admin);
    expect(webp.status).toBe(201);
  });

  it('serves each variant at its width, resized once then kept, cacheable for good', async () => {
    const productId = await createProduct('IMG-VARIANTS', admin);
    const { body } = await upload(productId, await picture(1600, 1000), admin);
    const id = body.image?.id as string;

    for (const [variant, format, width, type] of [
      ['thumb', 'webp', 160, 'image/webp'],
      ['card', 'jpg', 400, 'image/jpeg'],
      ['large', 'webp', 1200, 'image/webp'],
    ] as const) {
      const response = await fetch(`${origin}/images/${id}/${variant}.${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      const metadata = await sharp(bytes).metadata();
      expect(metadata).toMatchObject({
        width,
        height: Math.round((width * 1000) / 1600),
        format: format === 'jpg' ? 'jpeg' : 'webp',
      });

      const etag = response.headers.get('etag') as string;
      expect(etag).toMatch(/^".+"$/);
      const revalidated = await fetch(`${origin}/images/${id}/${variant}.${format}`, {
        headers: { 'if-none-match': etag },
      });
      expect(revalidated.status).toBe(304);
    }
    expect((await readdir(join(imageDir, id))).sort()).toEqual(['card.jpg', 'large.webp', 'original', 'thumb.webp']);
    // A narrower original is never enlarged.
    const small = await upload(productId, await picture(300, 200), admin);
    const large = await fetch(`${origin}/images/${small.body.image?.id}/large.webp`);
    expect((await sharp(Buffer.from(await large.arrayBuffer())).metadata()).width).toBe(300);

    expect((await fetch(`${origin}/images/${randomUUID()}/card.webp`)).status).toBe(404);
    expect((await fetch(`${origin}/images/${id}/huge.webp`)).status).toBe(404);
  });

  it('answers only the router: an unsigned request, or one signed for another image, is refused', async () => {
    const productId = await createProduct('IMG-DIRECT', admin);
    const { body } = await upload(productId, await picture(400, 300), admin);
    const catalogOrigin = new URL(t.subgraph('catalog').url).origin;
    const path = `/images/${body.image?.id}/card.webp`;
    expect((await fetch(`${catalogOrigin}${path}`)).status).toBe(401);

    const signedFor = (url: string) =>
      signRouterCredential(routerSecret, signedHttpRequest({ method: 'GET', url, authorization: undefined }));
    const other = `/images/${randomUUID()}/card.webp`;
    expect(
      (await fetch(`${catalogOrigin}${path}`, { headers: { [routerCredentialHeader]: signedFor(other) } })).status,
    ).toBe(401);
    expect(
      (await fetch(`${catalogOrigin}${path}`, { headers: { [routerCredentialHeader]: signedFor(path) } })).status,
    ).toBe(200);
  });
});
