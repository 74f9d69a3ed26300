import { randomUUID } from 'node:crypto';
import { productInput } from '@comptoir/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Shop, shopCatalog, startShop } from './fixtures.ts';

/* Server rendering, read as a crawler or a browser without JavaScript would: plain HTTP, no scripts. */
let shop: Shop;

beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

/** The page's HTML without Solid's hydration markers (comments, data-hk), as it reads. */
async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${shop.storefront.url}${path}`, { headers, redirect: 'manual' });
  const html = (await response.text()).replace(/<!--.*?-->/g, '').replace(/ data-(hk|sm)="[^"]*"/g, '');
  return { status: response.status, headers: response.headers, html };
}

test('the home page lists categories and products, with names and prices in its language', async () => {
  const fr = await page('/fr');
  expect(fr.status).toBe(200);
  expect(fr.html).toContain('<html lang="fr">');
  expect(fr.html).toContain('Lampe en céramique');
  expect(fr.html).toMatch(/45,90\s€/);
  expect(fr.html).toContain('href="/fr/c/maison"');
  expect(fr.html.match(/rel="canonical"/g)).toHaveLength(1);
  expect(fr.html).toContain('<title>Comptoir — la boutique en ligne</title>');
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

test('a search page lists its results, facets, sort and pages from the URL alone', async () => {
  const { status, html } = await page('/fr/search?q=lampe');
  expect(status).toBe(200);
  expect(html).toContain('Lampe en céramique');
  expect(html).toContain('Lampe de bureau articulée');
  expect(html).not.toContain('Bol en grès');
  expect(html).toContain('2 produits');
  // Facets: the category with its count, and in stock.
  expect(html).toMatch(/value="luminaires"[^>]*>Luminaires <span class="facet-count">\(2\)/);
  const inStock = await page('/fr/search?q=lampe&inStock=1&sort=price_desc');
  expect(inStock.html).toContain('Lampe en céramique');
  expect(inStock.html).not.toContain('Lampe de bureau articulée');
  expect(inStock.html).toMatch(/rel="canonical" href="[^"]+\/fr\/search\?q=lampe&amp;inStock=1&amp;sort=price_desc"/);
  const cheap = await page('/en/search?maxPrice=2000');
  expect(cheap.html).toContain('Stoneware bowl');
  expect(cheap.html).toContain('€12.50');
  expect(cheap.html).not.toContain('Ceramic lamp');
});

test('a category page has its breadcrumb, subcategories and products; an unknown one is a 404', async () => {
  const home = await page('/fr/c/maison');
  expect(home.status).toBe(200);
  expect(home.html).toContain('<h1>Maison</h1>');
  expect(home.html).toContain('href="/fr/c/luminaires"');
  expect(home.html).toContain('Lampe en céramique');
  const lighting = await page('/en/c/luminaires');
  expect(lighting.html).toMatch(/<nav aria-label="Breadcrumb"[^>]*>.*Home.*Lighting/s);
  expect(lighting.html).toContain('Jointed desk lamp');
  expect(lighting.html).toContain('€129.00');
  expect((await page('/fr/c/nulle-part')).status).toBe(404);
});

test('a product page: gallery, description, attributes, price, stock, and its head for search engines', async () => {
  const { status, html } = await page(`/fr/p/${shopCatalog.lamp.slug}`);
  expect(status).toBe(200);
  expect(html).toContain('<h1 id="product-name">Lampe en céramique</h1>');
  expect(html).toMatch(/45,90\s€/);
  expect(html).toContain('Une lampe de chevet en céramique émaillée.');
  expect(html).toContain('<dt>couleur</dt><dd>bleu</dd>');
  expect(html).not.toContain('<dt>colour</dt>');
  expect(html).toContain('En stock (12 disponibles)');
  expect(html).toContain('src="https://images.comptoir.test/lamp-1.jpg"');
  expect(html).toContain('Afficher la photo 2');
  expect(html).toMatch(/<title[^>]*>Lampe en céramique — Comptoir<\/title>/);
  expect(html).toMatch(/<link[^>]+rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/fr\/p\/lampe-ceramique"/);
  expect(html).toMatch(/<link[^>]+rel="alternate" hreflang="en" href="[^"]+\/en\/p\/lampe-ceramique"/);
  expect(html).toMatch(/<link[^>]+rel="alternate" hreflang="x-default" href="[^"]+\/fr\/p\/lampe-ceramique"/);
  const jsonLd = html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/)?.[1];
  expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
    '@type': 'Product',
    name: 'Lampe en céramique',
    sku: 'LAMP-CERAMIC',
    image: ['https://images.comptoir.test/lamp-1.jpg', 'https://images.comptoir.test/lamp-2.jpg'],
    offers: { '@type': 'Offer', price: '45.90', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
  });
  const soldOut = await page(`/en/p/${shopCatalog.deskLamp.slug}`);
  expect(soldOut.html).toContain('Sold out');
  expect(soldOut.html).toContain('https://schema.org/OutOfStock');
  expect((await page('/en/p/no-such-product')).status).toBe(404);
});

test('robots.txt points to the sitemap, which lists home, categories and products in both languages', async () => {
  const robots = await page('/robots.txt');
  expect(robots.html).toContain(`Sitemap: ${shop.storefront.url}/sitemap.xml`);
  expect(robots.html).toContain('Disallow: /fr/account');
  const sitemap = await fetch(`${shop.storefront.url}/sitemap.xml`);
  expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
  const xml = await sitemap.text();
  for (const path of ['/fr', '/en', '/fr/c/maison', '/en/c/luminaires', '/fr/c/cuisine']) {
    expect(xml).toContain(`<loc>${shop.storefront.url}${path}</loc>`);
  }
  for (const { slug } of Object.values(shopCatalog)) {
    expect(xml).toMatch(
      new RegExp(`<loc>${shop.storefront.url}/fr/p/${slug}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`),
    );
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${shop.storefront.url}/en/p/${slug}"/>`);
  }
});

// Last: it adds products the other tests do not expect.
test('numbered pages follow the catalog cursors: page 2 holds what page 1 could not', async () => {
  const admin = await shop.t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
  for (let n = 1; n <= 13; n++) {
    const { body } = await shop.t.graphql(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }',
      { input: { ...productInput(`CANDLE-${n}`, 500 + n), name: { fr: `Bougie ${n}`, en: `Candle ${n}` } } },
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
  }
  const first = await page('/en/search?q=candle&sort=price_asc');
  expect(first.html).toContain('13 products');
  expect(first.html).toContain('Page 1 of 2');
  expect(first.html).toContain('href="/en/search?q=candle&amp;sort=price_asc&amp;page=2"');
  expect(first.html).toContain('Candle 12<');
  expect(first.html).not.toContain('Candle 13<');
  const second = await page('/en/search?q=candle&sort=price_asc&page=2');
  expect(second.html).toContain('Page 2 of 2');
  expect(second.html).toContain('Candle 13<');
  expect(second.html).not.toContain('Candle 12<');
  expect(second.html).toContain('rel="prev"');
});
