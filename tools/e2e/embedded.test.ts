import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@comptoir/kit';
import { postGraphQL } from '@comptoir/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded as startEmbeddedProcess, stopEmbedded as stop } from './embedded-process.ts';

/** Runs the embedded default, kept for cleanup should an assertion fail. */
async function startEmbedded(dataDir: string) {
  const embedded = await startEmbeddedProcess(dataDir);
  started.push(embedded.child);
  return embedded;
}

const started: ChildProcess[] = [];

describe('the embedded default (README Quick start, first command)', () => {
  let dataDir: string;
  afterAll(async () => {
    // A failed assertion must not leave the platform running.
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the platform on PGlite with in-process events, answers a cross-subgraph query, and keeps its data', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'comptoir-embedded-'));
    const first = await startEmbedded(dataDir);
    // Ready means ready: at the banner, every product listed can be put in a basket (the newest
    // first: their events are the last to reach baskets). Anonymous shoppers, no time lost signing in.
    const newest = await postGraphQL<{ products: { edges: { node: { id: string } }[] } }>(
      first.url,
      '{ products(first: 100, sort: NEWEST) { edges { node { id } } } }',
    );
    const productIds = newest.body.data?.products.edges.map((edge) => edge.node.id) ?? [];
    expect(productIds).toHaveLength(100);
    const refusals: string[] = [];
    for (let start = 0; start < productIds.length; start += 25) {
      const adds = productIds
        .slice(start, start + 25)
        .map((id, n) => `add${n}: addBasketItem(input: { productId: "${id}" }) { userErrors { code } }`);
      const added = await postGraphQL<Record<string, { userErrors: { code: string }[] }>>(
        first.url,
        `mutation { ${adds.join(' ')} }`,
      );
      expect(added.body.errors).toBeUndefined();
      for (const payload of Object.values(added.body.data ?? {}))
        refusals.push(...payload.userErrors.map((error) => error.code));
    }
    // Out of stock is an answer about the product; UNKNOWN_PRODUCT would be baskets lagging behind.
    expect(refusals.filter((code) => code !== 'INSUFFICIENT_STOCK')).toEqual([]);

    // Each demo product has a generated picture, which the router serves resized from catalog's storage.
    type Pictured = { products: { edges: { node: { images: { url: string; variants: { url: string }[] }[] } }[] } };
    const pictured = await postGraphQL<Pictured>(
      first.url,
      '{ products(first: 50) { edges { node { images { url variants { url } } } } } }',
    );
    expect(pictured.body.errors).toBeUndefined();
    const images = pictured.body.data?.products.edges.map((edge) => edge.node.images) ?? [];
    expect(images).toHaveLength(50);
    expect(images.filter((list) => list.length !== 1 || !list[0]?.url.startsWith('/images/'))).toEqual([]);
    const card = await fetch(new URL(images[0]?.[0]?.variants[1]?.url as string, first.url));
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/webp');

    // A demo shopper signs in (argon2, throttling and token signing on PGlite) and is recognised.
    const signIn = await postGraphQL<{ login: { session: { accessToken: string } } }>(
      first.url,
      'mutation { login(input: { email: "camille@example.com", password: "camille-comptoir-2026" }) { session { accessToken } userErrors { code } } }',
    );
    expect(signIn.body.errors).toBeUndefined();
    const token = signIn.body.data?.login.session.accessToken as string;
    const asCamille = { authorization: `Bearer ${token}` };
    const me = await postGraphQL(first.url, '{ me { name email } }', {}, asCamille);
    expect(me.body.data).toEqual({ me: { name: 'Camille Martin', email: 'camille@example.com' } });

    // Her demo order, placed from her basket, crosses orders, auth and catalog; the in-process saga confirmed it.
    const query = `query ($id: ID!) { order(id: $id) { status payment { status method { brand last4 } } customer { name } lines { quantity product { name price { amount currency } } } } }`;
    type DemoOrder = {
      status: string;
      payment: { status: string; method: { brand: string; last4: string } };
      customer: { name: string };
      lines: Array<{ quantity: number; product: { name: string; price: { currency: string } } }>;
    };
    // Ready means the seed's saga has run too: no waiting for it.
    const { body: demoOrder } = await postGraphQL<{ order: DemoOrder }>(
      first.url,
      query,
      { id: first.orderId },
      asCamille,
    );
    expect(demoOrder.errors).toBeUndefined();
    const order = demoOrder.data?.order;
    expect(order?.status).toBe('CONFIRMED');
    // Paid with the approved test card.
    expect(order?.payment).toEqual({ status: 'AUTHORIZED', method: { brand: 'visa', last4: '4242' } });
    expect(order?.customer).toEqual({ name: 'Camille Martin' });
    expect(order?.lines.map((line) => line.quantity)).toEqual([1, 2]);
    for (const line of order?.lines ?? [])
      expect(line.product).toMatchObject({ name: expect.any(String), price: { currency: 'EUR' } });
    // Anyone else is told nothing.
    const anonymous = await postGraphQL(first.url, query, { id: first.orderId });
    expect(anonymous.status).toBe(401);

    // The demo catalog is searchable in French, accents or not.
    const search = await postGraphQL<{ products: { totalCount: number } }>(
      first.url,
      '{ products(filter: { search: "the" }) { totalCount } }',
    );
    expect(search.body.errors).toBeUndefined();
    const catalog = await postGraphQL<{ products: { totalCount: number }; categories: unknown[] }>(
      first.url,
      '{ products { totalCount } categories { slug } }',
    );
    expect(catalog.body.data?.products.totalCount).toBeGreaterThanOrEqual(150);
    expect(catalog.body.data?.categories.length).toBeGreaterThan(2);
    expect((await fetch(first.url.replace('/graphql', '/health/ready'))).status).toBe(200);

    // The storefront is served beside it, its pages rendered on the server with the demo catalog.
    const home = await fetch(`${first.storefrontUrl}/fr`);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<html lang="fr">');
    expect(homeHtml).toMatch(/class="product-card-name">[^<]+<\/h3>/);
    expect(homeHtml).toMatch(/class="price">[\d\s\u202f]+,\d{2}\s€</);
    // Cards show the platform's resized copy, through the storefront's own origin.
    const cardPath = /src="(\/images\/[^"]+\/card\.webp)"/.exec(homeHtml)?.[1];
    expect(cardPath).toBeDefined();
    const cardImage = await fetch(`${first.storefrontUrl}${cardPath}`);
    expect(cardImage.status).toBe(200);
    expect(cardImage.headers.get('content-type')).toBe('image/webp');

    // Mail is caught in the data folder, named in the banner: each demo account was welcomed.
    const mailDir = join(dataDir, 'mail');
    await waitFor(
      async () => first.output().includes(`Mail: caught, one .eml file per mail in ${mailDir}`),
      'the banner names the mail folder',
    );
    const welcomes = async () => {
      const files = await readdir(mailDir).catch(() => []);
      const mails = await Promise.all(files.map((file) => readFile(join(mailDir, file), 'utf8')));
      return mails.filter((mail) => mail.includes('Subject: Welcome to Comptoir'));
    };
    await waitFor(async () => (await welcomes()).length === 5, 'the five demo accounts are welcomed');
    expect((await welcomes()).filter((mail) => mail.includes('To: camille@example.com'))).toHaveLength(1);

    expect(await stop(first.child)).toBe(0);

    // A second start finds the same data (no reseeding) and the same signing key in the folder.
    const second = await startEmbedded(dataDir);
    expect(second.orderId).toBe(first.orderId);
    const stillSignedIn = await postGraphQL(second.url, '{ me { name } }', {}, { authorization: `Bearer ${token}` });
    expect(stillSignedIn.body.data).toEqual({ me: { name: 'Camille Martin' } });
    expect(await stop(second.child)).toBe(0);
  }, 240_000);
});
