import { randomUUID } from 'node:crypto';
import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { deliveries } from '@comptoir/deliveries';
import { orders } from '@comptoir/orders';
import { support } from '@comptoir/support';
import { productInput } from '@comptoir/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Shop, shopCatalog, startShop } from './fixtures.ts';
import { open, seriousViolations, tabTo, typeInto } from './shopper-browser.ts';

/*
 * A purchase in headless Chromium against the whole platform: an anonymous shopper finds a lamp
 * from the home page (a French search without accents, a facet), adds two, signs up at checkout
 * (the basket kept), ships to a new address, pays with the test provider's card and finds the order
 * in the account; once with the mouse, once by keyboard alone. Another shopper cannot open that
 * order's page, and axe-core finds no serious violation on the flows' pages.
 */
// A whole journey, search to account, took more than two minutes on Kafka with every storefront
// test file running at once on two busy cores.
describe('a purchase in the storefront', { timeout: 240_000 }, () => {
  let shop: Shop;
  let browser: Browser;
  let firstOrder: { id: string; number: string };
  const crackleLamp = { fr: 'Lampe en céramique craquelée', en: 'Crackle ceramic lamp' };

  beforeAll(async () => {
    shop = await startShop({ subgraphs: [auth, catalog, baskets, orders, deliveries, support] });
    // A sold-out lamp the search finds too, for the in-stock facet to leave out.
    const admin = await shop.t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
    const { body } = await shop.t.graphql(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }',
      { input: { ...productInput('LAMP-CRACKLE', 6900, 0), name: crackleLamp } },
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    browser = await launchChromium();
    // Six subgraphs on Kafka: past the default two minutes when the machine is busy.
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
  });

  /** A fresh visitor: no cookies, French. */
  async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // A script error in the page shows in the test's output.
    page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error.message}`));
    return { context, page };
  }

  const url = (path: string) => `${shop.storefront.url}${path}`;
  const lamp = shopCatalog.lamp;

  test('with the mouse: search, facet, product, basket, sign-up at checkout, new address, test card, confirmation, account', async () => {
    const { context, page } = await visitor();
    // The first visit picks French from the browser's language.
    await open(page, url('/'));
    expect(new URL(page.url()).pathname).toBe('/fr');
    await page.getByLabel('Rechercher un produit').fill('lampe ceramique');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((at) => at.pathname === '/fr/search' && at.searchParams.get('q') === 'lampe ceramique');
    await page.getByRole('link', { name: crackleLamp.fr }).waitFor();
    await page.getByRole('status').filter({ hasText: '2 produits' }).waitFor();

    // In stock only: the sold-out lamp goes, and the URL keeps the query with the facet.
    await page.getByLabel(/En stock uniquement/).check();
    await page.waitForURL(
      (at) => at.searchParams.get('q') === 'lampe ceramique' && at.searchParams.get('inStock') === '1',
    );
    await page.getByRole('link', { name: crackleLamp.fr }).waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '1 produit' }).waitFor();

    await page.getByRole('link', { name: lamp.name.fr }).click();
    await page.waitForURL(url(`/fr/p/${lamp.slug}`));
    await page.getByRole('heading', { level: 1, name: lamp.name.fr }).waitFor();
    await page.getByLabel('Quantité').fill('2');
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await expect
      .poll(() => page.getByTestId('basket-count').textContent(), { timeout: 15_000 })
      .toContain('Panier : 2 articles');

    await page.getByRole('button', { name: /Panier/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Votre panier' });
    await drawer.getByRole('link', { name: lamp.name.fr }).waitFor();
    expect(await drawer.locator('output').textContent()).toBe('2');
    expect(await drawer.textContent()).toMatch(/91,80\s€/);
    await drawer.getByRole('link', { name: 'Commander' }).click();

    await page.waitForURL(url('/fr/checkout'));
    const signUp = page.locator('form', { has: page.getByRole('heading', { name: 'Créer un compte' }) });
    await signUp.getByLabel('Nom', { exact: true }).fill('Ada Lovelace');
    await signUp.getByLabel('Adresse e-mail').fill('ada@example.com');
    await signUp.getByLabel('Mot de passe').fill('a long password');
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();

    // Signed up: the anonymous basket is the account's now.
    await page.getByRole('heading', { name: '2. Livraison' }).waitFor();
    expect(await page.locator('.summary-lines').textContent()).toContain(`${lamp.name.fr} × 2`);
    await page.getByLabel('Nom du destinataire').fill('Ada Lovelace');
    await page.getByLabel('Adresse', { exact: true }).fill('12 rue des Lilas');
    await page.getByLabel('Code postal').fill('75011');
    await page.getByLabel('Ville').fill('Paris');
    await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
    await page.getByLabel('Date d’expiration').fill('12/39');
    await page.getByLabel('Cryptogramme').fill('123');
    // 2 × 45.90 € is over 50 €: shipping is free.
    expect(await page.locator('.totals').textContent()).toContain('Offerte');
    await page.getByRole('button', { name: 'Commander et payer' }).click();

    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor();
    await expect
      .poll(() => page.getByTestId('confirmation-status').textContent(), { timeout: 30_000 })
      .toBe('Confirmée');
    const number = (await page.getByText(/Votre commande porte le numéro/).textContent())?.match(/CPT-\d+/)?.[0];
    expect(number).toBeDefined();

    await open(page, url('/fr/account/orders'));
    const link = page.getByRole('link', { name: `Commande ${number}` });
    await link.click();
    await page.waitForURL(/\/fr\/account\/orders\/[0-9a-f-]+$/);
    expect(await page.getByTestId('order-status').textContent()).toBe('Confirmée');
    expect(await page.locator('.timeline').first().textContent()).toContain('Passée');
    firstOrder = { id: page.url().split('/').at(-1) as string, number: number as string };
    await context.close();
  });

  test('by keyboard alone, the same purchase', async () => {
    const { context, page } = await visitor();
    await open(page, url('/fr'));
    await typeInto(page, /^Rechercher un produit$/, 'lampe ceramique');
    await page.keyboard.press('Enter');
    await page.waitForURL((at) => at.pathname === '/fr/search' && at.searchParams.get('q') === 'lampe ceramique');
    await page.getByRole('status').filter({ hasText: '2 produits' }).waitFor();
    await tabTo(page, /En stock uniquement/);
    await page.keyboard.press('Space');
    await page.waitForURL((at) => at.searchParams.get('inStock') === '1');
    await page.getByRole('status').filter({ hasText: '1 produit' }).waitFor();
    await tabTo(page, new RegExp(lamp.name.fr));
    await page.keyboard.press('Enter');
    await page.waitForURL(url(`/fr/p/${lamp.slug}`));
    await page.getByRole('heading', { level: 1, name: lamp.name.fr }).waitFor();
    await typeInto(page, /^Quantité$/, '2');
    await tabTo(page, /^Ajouter au panier$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('basket-count').textContent(), { timeout: 15_000 })
      .toContain('Panier : 2 articles');

    // On past the page's end, around to the header's basket button.
    await tabTo(page, /Panier : 2 articles/);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Votre panier' });
    await drawer.getByRole('link', { name: lamp.name.fr }).waitFor();
    await tabTo(page, /^Commander$/);
    await page.keyboard.press('Enter');

    await page.waitForURL(url('/fr/checkout'));
    await page.getByRole('heading', { name: 'Créer un compte' }).waitFor();
    await typeInto(page, /^Nom$/, 'Grace Hopper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('grace@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a long password');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: '2. Livraison' }).waitFor();
    await typeInto(page, /^Nom du destinataire$/, 'Grace Hopper');
    await typeInto(page, /^Adresse$/, '3 place du Marché');
    await typeInto(page, /^Code postal$/, '69002');
    await typeInto(page, /^Ville$/, 'Lyon');
    await typeInto(page, /^Numéro de carte$/, '5555 5555 5555 4444');
    await typeInto(page, /^Date d’expiration$/, '11/38');
    await typeInto(page, /^Cryptogramme$/, '321');
    await tabTo(page, /^Commander et payer$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor();
    await expect
      .poll(() => page.getByTestId('confirmation-status').textContent(), { timeout: 30_000 })
      .toBe('Confirmée');
    await tabTo(page, /^Suivre ma commande$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/account\/orders\/[0-9a-f-]+$/);
    expect(await page.getByTestId('order-status').textContent()).toBe('Confirmée');
    await context.close();
  });

  test('another shopper cannot see the first one’s order page', async () => {
    const { context, page } = await visitor();
    await open(page, url('/fr/account/sign-up'));
    await page.getByLabel('Nom', { exact: true }).fill('Mallory');
    await page.getByLabel('Adresse e-mail').fill('mallory@example.com');
    await page.getByLabel('Mot de passe').fill('a long password');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(url('/fr/account/orders'));
    await page.getByText('Vous n’avez pas encore passé de commande.').waitFor();

    await open(page, url(`/fr/account/orders/${firstOrder.id}`));
    await page.getByText('Cette commande n’existe pas ou n’est pas la vôtre.').waitFor();
    expect(await page.content()).not.toContain(firstOrder.number);
    await context.close();
  });

  test('the parcel is tracked publicly by its tracking number and postal code', async () => {
    const staff = await shop.t.token({
      sub: randomUUID(),
      roles: ['ADMIN'],
      scope: 'orders:read deliveries:write deliveries:admin',
    });
    const { body } = await shop.t.graphql<{ order: { delivery: { id: string } | null } }>(
      'query ($id: ID!) { order(id: $id) { delivery { id } } }',
      { id: firstOrder.id },
      { token: staff },
    );
    const deliveryId = body.data?.order.delivery?.id;
    expect(deliveryId).toBeDefined();
    const label = await shop.t.graphql<{ assignCarrier: { userErrors: unknown[] } }>(
      'mutation ($input: AssignCarrierInput!) { assignCarrier(input: $input) { userErrors { code } } }',
      { input: { deliveryId, carrier: 'Colissimo', trackingNumber: 'CP123456789FR' } },
      { token: staff },
    );
    expect(label.body.data?.assignCarrier.userErrors).toEqual([]);

    const { context, page } = await visitor();
    // The shipping mail's link carries the number; the visitor adds the postal code.
    await open(page, url('/fr/track?number=CP123456789FR'));
    await page.getByLabel('Code postal').fill('75012');
    await page.getByRole('button', { name: 'Suivre' }).click();
    await page.getByText('Aucun colis ne correspond à ce numéro et à ce code postal.').waitFor();
    await page.getByLabel('Code postal').fill('75011');
    await page.getByRole('button', { name: 'Suivre' }).click();
    await page.getByRole('heading', { name: 'Étiquette créée' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Colissimo' }).count()).toBe(1);
    await context.close();
  });

  // Ten pages, each loaded until idle and scanned whole: the longest of these tests.
  test('axe-core finds no serious or critical violation on the basket, checkout, account and support pages', async () => {
    const { context, page } = await visitor();
    const violations: Record<string, unknown> = {};
    const check = async (name: string) => {
      const found = await seriousViolations(page);
      if (found.length > 0) violations[name] = found;
    };
    await open(page, url(`/fr/p/${lamp.slug}`));
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await expect
      .poll(() => page.getByTestId('basket-count').textContent(), { timeout: 15_000 })
      .toContain('Panier : 1 article');
    await page.getByRole('button', { name: /Panier/ }).click();
    await page.getByRole('dialog', { name: 'Votre panier' }).getByRole('link', { name: lamp.name.fr }).waitFor();
    await check('basket drawer');
    await open(page, url('/fr/checkout'));
    await page.getByRole('heading', { name: 'Créer un compte' }).waitFor();
    await check('checkout, signed out');
    await page.getByLabel('Nom', { exact: true }).fill('Axe');
    await page.getByLabel('Adresse e-mail').nth(1).fill('axe@example.com');
    await page.getByLabel('Mot de passe').nth(1).fill('a long password');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: '2. Livraison' }).waitFor();
    await check('checkout, signed in');
    for (const [name, path, ready] of [
      ['orders', '/fr/account/orders', 'Vous n’avez pas encore passé de commande.'],
      ['addresses', '/fr/account/addresses', 'Ajouter une adresse'],
      ['profile', '/fr/account/profile', 'Mes informations'],
      ['tickets', '/fr/account/tickets', 'Vous n’avez aucune demande en cours.'],
      ['help', '/fr/help', 'Nous écrire'],
      ['tracking', '/fr/track', 'Numéro de suivi'],
      ['sign-in', '/fr/account/sign-in', 'Se connecter'],
    ] as const) {
      await open(page, url(path));
      await page.getByText(ready, { exact: true }).first().waitFor();
      await check(name);
    }
    expect(violations).toEqual({});
    await context.close();
  }, 300_000);
});
