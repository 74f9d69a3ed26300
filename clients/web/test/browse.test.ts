import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Shop, startShop } from './fixtures.ts';

/*
 * A shopper in headless Chromium: searches in French without accents, narrows by a facet, opens a
 * product and puts two in the basket, which the header then counts.
 */
let shop: Shop;
let browser: Browser;

beforeAll(async () => {
  shop = await startShop();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

test('search, filter, open a product, add two to the basket: the header shows 2', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${shop.storefront.url}/`);
  expect(new URL(page.url()).pathname).toBe('/fr');
  await page.locator('#app[data-hydrated]').waitFor();

  await page.getByLabel('Rechercher un produit').fill('lampe ceramique');
  await page.getByLabel('Rechercher un produit').press('Enter');
  await page.waitForURL((url) => url.pathname === '/fr/search' && url.searchParams.get('q') === 'lampe ceramique');
  await page.getByRole('link', { name: 'Lampe en céramique' }).waitFor();

  // A wider search, then a facet: in stock only leaves out the sold-out desk lamp.
  await page.goto(`${shop.storefront.url}/fr/search?q=lampe`);
  await page.locator('#app[data-hydrated]').waitFor();
  await page.getByRole('link', { name: 'Lampe de bureau articulée' }).waitFor();
  await page.getByLabel(/En stock uniquement/).check();
  await page.waitForURL((url) => url.searchParams.get('inStock') === '1' && url.searchParams.get('q') === 'lampe');
  await page.getByRole('link', { name: 'Lampe de bureau articulée' }).waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: '1 produit' }).waitFor();

  await page.getByRole('link', { name: 'Lampe en céramique' }).click();
  await page.waitForURL((url) => url.pathname === '/fr/p/lampe-ceramique');
  await page.getByRole('heading', { level: 1, name: 'Lampe en céramique' }).waitFor();
  await page.getByLabel('Quantité').fill('2');
  await page.getByRole('button', { name: 'Ajouter au panier' }).click();
  await page.getByRole('status').filter({ hasText: '2 ajoutés au panier' }).waitFor();
  await page.getByTestId('basket-count').filter({ hasText: 'Panier : 2 articles' }).waitFor();

  // The count comes from the basket itself: a fresh page load shows it too (the basket cookie).
  await page.reload();
  await page.getByTestId('basket-count').filter({ hasText: 'Panier : 2 articles' }).waitFor();
  expect(pageErrors).toEqual([]);
  await context.close();
});
