import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Shop, shopCatalog, startShop } from './fixtures.ts';

/* Server rendering, read as a crawler or a browser without JavaScript would: plain HTTP, no scripts. */
let shop: Shop;

beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${shop.storefront.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

test('the home page lists categories and products, with names and prices in its language', async () => {
  const fr = await page('/fr');
  expect(fr.status).toBe(200);
  expect(fr.html).toContain('<html lang="fr">');
  expect(fr.html).toContain('Lampe en céramique');
  expect(fr.html).toMatch(/45,90\s€/);
  expect(fr.html).toContain('href="/fr/c/maison"');
  expect(fr.html.match(/rel="canonical"/g)).toHaveLength(1);
  expect(fr.html).toContain('<title data-sm="');
  const en = await page('/en');
  expect(en.html).toContain('Ceramic lamp');
  expect(en.html).toContain('€45.90');
});

test('/ and paths without a language redirect by Accept-Language', async () => {
  const english = await page('/', { 'accept-language': 'en-US,en;q=0.9,fr;q=0.5' });
  expect(english.status).toBe(302);
  expect(english.headers.get('location')).toBe('/en');
  expect(english.headers.get('vary')).toMatch(/accept-language/i);
  expect((await page('/', { 'accept-language': 'de-DE, fr;q=0.8' })).headers.get('location')).toBe('/fr');
  expect((await page('/', {})).headers.get('location')).toBe('/fr');
  const mailLink = await page('/track?number=CPT123', { 'accept-language': 'en' });
  expect(mailLink.headers.get('location')).toBe('/en/track?number=CPT123');
});

test('/graphql is relayed to the router on the same origin', async () => {
  const response = await fetch(`${shop.storefront.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query: `{ product(slug: "${shopCatalog.bowl.slug}") { name } }` }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { product: { name: 'Stoneware bowl' } } });
});

test('a cross-origin POST to /graphql is refused', async () => {
  const response = await fetch(`${shop.storefront.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    body: JSON.stringify({ query: '{ basket { id } }' }),
  });
  expect(response.status).toBe(403);
});

test('built assets are cached for a year', async () => {
  const { html } = await page('/fr');
  const script = html.match(/<script type="module" src="([^"]+)"/)?.[1];
  expect(script).toMatch(/^\/assets\//);
  const asset = await fetch(`${shop.storefront.url}${script}`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});
