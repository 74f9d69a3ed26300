import { createHmac, randomUUID } from 'node:crypto';
import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { deliveries } from '@comptoir/deliveries';
import { orders } from '@comptoir/orders';
import { support } from '@comptoir/support';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Shop, startShop } from './fixtures.ts';
import { open } from './shopper-browser.ts';

/*
 * Signing in with two-factor authentication, help (FAQ search, contact form) and a support
 * ticket's conversation, in headless Chromium against the whole platform.
 */
describe('account and support in the storefront', { timeout: 120_000 }, () => {
  let shop: Shop;
  let browser: Browser;

  beforeAll(async () => {
    shop = await startShop({ subgraphs: [auth, catalog, baskets, orders, deliveries, support] });
    browser = await launchChromium();
    // Six subgraphs on Kafka: past the default two minutes when the machine is busy.
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
  });

  async function visitor(locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error.message}`));
    return page;
  }
  const url = (path: string) => `${shop.storefront.url}${path}`;

  /** A customer registered through the API; returns their access token. */
  async function customer(email: string): Promise<string> {
    const { body } = await shop.t.graphql<{ register: { session: { accessToken: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { session { accessToken } } }',
      { input: { email, name: email.split('@')[0], password: 'a long password' } },
    );
    const token = body.data?.register.session.accessToken;
    if (!token) throw new Error(`cannot register ${email}: ${JSON.stringify(body)}`);
    return token;
  }

  async function signIn(page: Page, email: string) {
    await open(page, url('/en/account/sign-in'));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a long password');
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  test('sign-in asks for the two-factor code, then signs in; sign-out ends it', async () => {
    const token = await customer('totp@example.com');
    const enable = await shop.t.graphql<{ enableTwoFactor: { secret: string } }>(
      'mutation { enableTwoFactor { secret } }',
      {},
      { token },
    );
    const secret = enable.body.data?.enableTwoFactor.secret as string;
    const confirm = await shop.t.graphql<{ confirmTwoFactor: { recoveryCodes: string[] } }>(
      'mutation ($input: ConfirmTwoFactorInput!) { confirmTwoFactor(input: $input) { recoveryCodes } }',
      { input: { code: totp(secret) } },
      { token },
    );
    const [recoveryCode] = confirm.body.data?.confirmTwoFactor.recoveryCodes ?? [];

    const page = await visitor('en-GB');
    await signIn(page, 'totp@example.com');
    const code = page.getByLabel('Verification code');
    await code.waitFor();
    expect(await code.evaluate((input) => input === document.activeElement)).toBe(true);
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This code is not valid. Please try again.').waitFor();
    await code.fill(recoveryCode as string);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/en/account/orders'));
    await page.getByText('You have not placed any order yet.').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(url('/en'));
    await open(page, url('/en/account/orders'));
    await page.waitForURL(url('/en/account/sign-in?next=%2Fen%2Faccount%2Forders'));
    await page.context().close();
  });

  test('help finds an FAQ answer without accents and takes a contact request', async () => {
    const admin = await shop.t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'support:agent support:admin' });
    const category = await shop.t.graphql<{ createFaqCategory: { category: { id: string } } }>(
      'mutation ($input: CreateFaqCategoryInput!) { createFaqCategory(input: $input) { category { id } } }',
      { input: { slug: 'livraison', nameFr: 'Livraison', nameEn: 'Delivery' } },
      { token: admin },
    );
    await shop.t.graphql(
      'mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { entry { id } } }',
      {
        input: {
          categoryId: category.body.data?.createFaqCategory.category.id,
          questionFr: 'Quels sont les délais de livraison ?',
          questionEn: 'How long does delivery take?',
          answerFr: 'Deux à quatre jours ouvrés.',
          answerEn: 'Two to four working days.',
        },
      },
      { token: admin },
    );

    const page = await visitor('fr-FR');
    await open(page, url('/fr/help'));
    await page.getByLabel('Rechercher dans l’aide').fill('delais');
    await page
      .getByRole('region', { name: 'Questions fréquentes' })
      .getByRole('button', { name: 'Rechercher' })
      .click();
    await page.waitForURL(url('/fr/help?q=delais'));
    await page.getByText('Quels sont les délais de livraison ?').click();
    await page.getByText('Deux à quatre jours ouvrés.').waitFor();

    await page.getByLabel('Adresse e-mail').fill('visiteur@example.com');
    await page.getByLabel('Sujet').fill('Une question');
    await page.getByLabel('Message').fill('Livrez-vous en Belgique ?');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText(/Message reçu : votre demande porte le numéro SUP-\d+/).waitFor();
    await page.context().close();
  });

  test('a ticket’s conversation shows the agent’s answer and takes the customer’s reply', async () => {
    const token = await customer('ticket@example.com');
    await shop.t.eventsSettled();
    const opened = await shop.t.graphql<{ openTicket: { ticket: { id: string } } }>(
      'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } userErrors { code } } }',
      { input: { subject: 'Colis abîmé', category: 'DELIVERY', message: 'Le carton était ouvert.' } },
      { token },
    );
    const ticketId = opened.body.data?.openTicket.ticket.id as string;
    const agent = await shop.t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'support:agent' });
    await shop.t.graphql(
      'mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { ticket { id } } }',
      { input: { ticketId, body: 'Désolés ! Nous vous renvoyons un colis.' } },
      { token: agent },
    );

    const page = await visitor('fr-FR');
    await signIn(page, 'ticket@example.com');
    await page.waitForURL(url('/en/account/orders'));
    await open(page, url('/fr/account/tickets'));
    await page.getByRole('link', { name: /Colis abîmé/ }).click();
    await page.getByText('Désolés ! Nous vous renvoyons un colis.').waitFor();
    await page.getByLabel('Votre réponse').fill('Merci beaucoup.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page.locator('.message', { hasText: 'Merci beaucoup.' }).waitFor();
    expect(await page.locator('.message').count()).toBe(3);
    await page.context().close();
  });
});

/** The current RFC 6238 code of a base32 secret (SHA-1, 6 digits, 30 s), as an authenticator app shows it. */
function totp(secret: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = (hmac[hmac.length - 1] as number) & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
