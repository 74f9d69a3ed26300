import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Shop, shopCatalog, startShop } from './fixtures.ts';
import { open, seriousViolations } from './shopper-browser.ts';

/*
 * The catalog pages in headless Chromium: the header's language switch keeps the page (a product
 * with the basket, a search with its query and facets), and axe-core finds no serious violation on
 * them on a phone's width and a desktop's. The whole purchase from a search is purchase.test.ts's.
 */
// Eight pages loaded until idle and scanned whole took more than two minutes on Kafka with every
// storefront test file running at once on two busy cores.
describe('the catalog pages in the browser', { timeout: 240_000 }, () => {
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

  const url = (path: string) => `${shop.storefront.url}${path}`;
  const lamp = shopCatalog.lamp;

  async function visitor(width: number): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error.message}`));
    return page;
  }

  const basketCount = (page: Page) => page.getByTestId('basket-count').textContent();
  const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  test('switching language keeps the page: the product with the basket, the search with its query and facets', async () => {
    const page = await visitor(390);
    await open(page, url(`/fr/p/${lamp.slug}`));
    await page.getByLabel('Quantité').fill('2');
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    // Adding waits on baskets' read model (on Kafka, longer than vitest's default second).
    await expect.poll(() => basketCount(page), { timeout: 15_000 }).toContain('Panier : 2 articles');

    await page.locator('a.language-switch').click();
    await page.waitForURL(url(`/en/p/${lamp.slug}`));
    await page.getByRole('heading', { level: 1, name: lamp.name.en }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await expect.poll(() => basketCount(page)).toContain('Basket: 2 items');
    // The count is the basket's own (its cookie), not the page's memory: a fresh load shows it too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: lamp.name.en }).waitFor();
    await expect.poll(() => basketCount(page), { timeout: 15_000 }).toContain('Basket: 2 items');
    expect(await htmlLang(page)).toBe('en');

    await page.locator('a.language-switch').click();
    await page.waitForURL(url(`/fr/p/${lamp.slug}`));
    await page.getByRole('heading', { level: 1, name: lamp.name.fr }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    await expect.poll(() => basketCount(page)).toContain('Panier : 2 articles');

    const view = 'q=lampe&inStock=1&sort=price_desc';
    await open(page, url(`/fr/search?${view}`));
    await page.getByRole('link', { name: lamp.name.fr }).waitFor();
    await page.locator('a.language-switch').click();
    await page.waitForURL(url(`/en/search?${view}`));
    await page.getByRole('heading', { level: 1, name: 'Search “lampe”' }).waitFor();
    await page.getByRole('link', { name: lamp.name.en }).waitFor();
    expect(await page.getByLabel(/In stock only/).isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: shopCatalog.deskLamp.name.en }).count()).toBe(0);
    expect(await htmlLang(page)).toBe('en');
    await page.locator('a.language-switch').click();
    await page.waitForURL(url(`/fr/search?${view}`));
    await page.getByRole('heading', { level: 1, name: 'Recherche « lampe »' }).waitFor();
    expect(await page.getByLabel(/En stock uniquement/).isChecked()).toBe(true);
    expect(await htmlLang(page)).toBe('fr');
    await page.context().close();
  });

  test('axe-core finds no serious or critical violation on home, search, category and product pages at 390 and 1280 px', async () => {
    const violations: Record<string, unknown> = {};
    for (const width of [390, 1280]) {
      const page = await visitor(width);
      for (const [name, path, ready] of [
        ['home', '/fr', lamp.name.fr],
        ['search', '/fr/search?q=lampe&category=luminaires', 'Lampe de bureau articulée'],
        ['category', '/fr/c/maison', lamp.name.fr],
        ['product', `/fr/p/${lamp.slug}`, 'Ajouter au panier'],
      ] as const) {
        await open(page, url(path));
        await page.getByText(ready, { exact: true }).first().waitFor();
        const found = await seriousViolations(page);
        if (found.length > 0) violations[`${name} at ${width} px`] = found;
      }
      await page.context().close();
    }
    expect(violations).toEqual({});
  });
});
