import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Shop, startShop } from './fixtures.ts';

/* Compressed answers, read as bytes on the wire (fetch would decode them out of sight). */
let shop: Shop;

beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

interface RawAnswer {
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  body: Buffer;
}

function get(path: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    request(`${shop.storefront.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers['content-encoding'],
          vary: response.headers.vary,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

test('a page comes gzip or brotli when asked, as it is when not', async () => {
  const gzip = await get('/fr', 'gzip');
  expect(gzip.status).toBe(200);
  expect(gzip.encoding).toBe('gzip');
  expect(gzip.vary).toMatch(/accept-encoding/i);
  const html = gunzipSync(gzip.body).toString();
  expect(html).toContain('Lampe en céramique');
  expect(html).toMatch(/<\/html>$/);

  const brotli = await get('/fr', 'gzip, deflate, br');
  expect(brotli.encoding).toBe('br');
  expect(brotliDecompressSync(brotli.body).toString()).toContain('Lampe en céramique');

  const identity = await get('/fr');
  expect(identity.encoding).toBeUndefined();
  expect(identity.body.toString()).toContain('Lampe en céramique');
});

test('a script comes gzip when asked, as it is when not', async () => {
  const html = (await get('/fr')).body.toString();
  const script = /<script type="module" src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const identity = await get(script as string);
  expect(identity.status).toBe(200);
  expect(identity.encoding).toBeUndefined();
  const gzip = await get(script as string, 'gzip');
  expect(gzip.encoding).toBe('gzip');
  expect(gzip.vary).toMatch(/accept-encoding/i);
  expect(gunzipSync(gzip.body)).toEqual(identity.body);
  expect(gzip.body.length).toBeLessThan(identity.body.length / 2);
});
