/**
 * PNG screenshots of the key catalog pages, so anyone can look at the storefront:
 *   pnpm --filter @comptoir/web screenshots [storefront URL]
 * writes clients/web/screenshots/<page>-<width>.png for home, search and a product page at 390 px
 * (a phone) and 1280 px (a laptop), in headless Chromium. Without a URL it runs the embedded
 * platform (demo catalog and pictures) on a scratch data folder, and stops it afterwards.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type EmbeddedProcess, startEmbedded, stopEmbedded } from '../../../tools/e2e/embedded-process.ts';
import { launchChromium } from './browser.ts';

const outDir = join(import.meta.dirname, '../screenshots');
const widths = [390, 1280];

/** Every picture on the page loaded, lazy ones included: a full-page shot shows them all. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const image of Array.from(document.images)) image.loading = 'eager';
  });
  await page.waitForFunction(() =>
    Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
  );
}

async function firstProductPath(storefrontUrl: string): Promise<string> {
  const html = await (await fetch(`${storefrontUrl}/fr`)).text();
  const path = /href="(\/fr\/p\/[^"]+)"/.exec(html)?.[1];
  if (!path) throw new Error(`no product on ${storefrontUrl}/fr`);
  return path;
}

async function main(): Promise<void> {
  let embedded: EmbeddedProcess | undefined;
  let dataDir: string | undefined;
  let storefrontUrl = process.argv[2];
  if (!storefrontUrl) {
    dataDir = await mkdtemp(join(tmpdir(), 'comptoir-screenshots-'));
    console.log('Starting the embedded platform on a scratch data folder…');
    embedded = await startEmbedded(dataDir);
    storefrontUrl = embedded.storefrontUrl;
  }
  const browser = await launchChromium();
  try {
    const pages = {
      home: '/fr',
      search: '/fr/search?inStock=1&sort=price_asc',
      product: await firstProductPath(storefrontUrl),
    };
    await mkdir(outDir, { recursive: true });
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${storefrontUrl}${path}`, { waitUntil: 'networkidle' });
        await settle(page);
        const file = join(outDir, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    if (embedded) await stopEmbedded(embedded.child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
