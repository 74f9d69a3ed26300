/**
 * Storefront benchmark: per key page (home, search, a category, a product) loaded in headless
 * Chromium at a phone's viewport, each load in a fresh context so nothing is cached, the median of
 * JavaScript transferred (gzip bytes on the wire), everything transferred, TTFB and LCP; then the
 * category page's server-render throughput at 20 concurrent connections (autocannon). Goals: the
 * search page's JavaScript <= 60 KB gzip, LCP < 1 s. Prints figures; asserts nothing.
 *
 *   node tools/bench/storefront.ts [storefront URL] [--loads 5] [--seconds 10] [--search lampe]
 *
 * Without a URL it runs the embedded default (demo catalog and pictures) on a scratch data folder.
 * Against a URL the router's per-client rate limit applies to the one address the load comes from:
 * start that platform with a high RATE_LIMIT_POINTS, or the throughput counts refusals (non-2xx).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../clients/web/test/browser.ts';
import { type EmbeddedProcess, startEmbedded, stopEmbedded } from '../e2e/embedded-process.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    loads: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    // What the search page looks for (in stock only).
    search: { type: 'string', default: 'lampe' },
  },
});
const loadCount = Number(args.loads);
const seconds = Number(args.seconds);
if (![loadCount, seconds].every((count) => Number.isSafeInteger(count) && count > 0) || positionals.length > 1) {
  console.error(
    'usage: node tools/bench/storefront.ts [storefront URL] [--loads <count>] [--seconds <count>] [--search <words>]',
  );
  process.exit(2);
}

const kb = 1024;
const goals = { searchScriptBytes: 60 * kb, lcpMs: 1000 };
const connections = 20;
/** An iPhone 12-14's screen. */
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

interface Load {
  scriptBytes: number;
  totalBytes: number;
  ttfbMs: number;
  lcpMs: number;
}

/** The key pages, the category and product found from the home page's links as a visitor would. */
async function keyPages(
  storefrontUrl: string,
): Promise<{ home: string; search: string; category: string; product: string }> {
  const html = await (await fetch(`${storefrontUrl}/fr`)).text();
  const category = /href="(\/fr\/c\/[^"]+)"/.exec(html)?.[1];
  const product = /href="(\/fr\/p\/[^"]+)"/.exec(html)?.[1];
  if (!category || !product) throw new Error(`no category or product link on ${storefrontUrl}/fr`);
  const search = `/fr/search?${new URLSearchParams({ q: args.search, inStock: '1' })}`;
  return { home: '/fr', search, category, product };
}

/** One cold load in a fresh context: bytes from the DevTools protocol, timings from the page. */
async function measure(browser: Browser, url: string): Promise<Load> {
  // gzip, as the goal is stated in gzip bytes (Chromium would otherwise take brotli, smaller still).
  const context = await browser.newContext({ ...phone, extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const scripts = new Set<string>();
    let scriptBytes = 0;
    let totalBytes = 0;
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      totalBytes += event.encodedDataLength;
      if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    const { ttfbMs, lcpMs } = await page.evaluate(async () => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      // The latest candidate so far; buffered, so it includes those painted before this call.
      const lcp = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
        setTimeout(() => resolve(Number.NaN), 5000);
      });
      return { ttfbMs: (navigation?.responseStart ?? 0) - (navigation?.requestStart ?? 0), lcpMs: lcp };
    });
    return { scriptBytes, totalBytes, ttfbMs, lcpMs };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const size = (bytes: number) => `${(bytes / kb).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  let embedded: EmbeddedProcess | undefined;
  let dataDir: string | undefined;
  let storefrontUrl = positionals[0]?.replace(/\/$/, '');
  if (!storefrontUrl) {
    dataDir = await mkdtemp(join(tmpdir(), 'comptoir-bench-storefront-'));
    console.log('Starting the embedded platform on a scratch data folder…');
    // Every request of the load comes from one address: the router's per-client budget would
    // refuse nearly all of them, and the figure would be the speed of refusals.
    embedded = await startEmbedded(dataDir, 'warn', { RATE_LIMIT_POINTS: String(1e12) });
    storefrontUrl = embedded.storefrontUrl;
  }
  try {
    const pages = await keyPages(storefrontUrl);
    const medians: Record<string, Load> = {};
    const browser = await launchChromium();
    try {
      for (const [name, path] of Object.entries(pages)) {
        const loads: Load[] = [];
        // A first load, not counted, warms the server's and the platform's own caches.
        await measure(browser, `${storefrontUrl}${path}`);
        for (let load = 1; load <= loadCount; load++) {
          console.log(`${name} ${path}: load ${load}/${loadCount}`);
          loads.push(await measure(browser, `${storefrontUrl}${path}`));
        }
        medians[name] = {
          scriptBytes: median(loads.map((l) => l.scriptBytes)),
          totalBytes: median(loads.map((l) => l.totalBytes)),
          ttfbMs: median(loads.map((l) => l.ttfbMs)),
          lcpMs: median(loads.map((l) => l.lcpMs)),
        };
      }
    } finally {
      await browser.close();
    }

    const categoryUrl = `${storefrontUrl}${pages.category}`;
    const cannon = { url: categoryUrl, connections, headers: { 'accept-encoding': 'gzip' } };
    console.log(`category ${pages.category}: warm-up, 3 s at ${connections} connections`);
    await autocannon({ ...cannon, duration: 3 });
    console.log(`category ${pages.category}: ${seconds} s at ${connections} connections`);
    const throughput = await autocannon({ ...cannon, duration: seconds });

    console.log(`\nStorefront ${storefrontUrl}, headless Chromium at 390x844, median of ${loadCount} cold loads`);
    console.table(
      Object.fromEntries(
        Object.entries(medians).map(([name, m]) => [
          name,
          {
            'JS (gzip)': size(m.scriptBytes),
            transferred: size(m.totalBytes),
            TTFB: ms(m.ttfbMs),
            LCP: ms(m.lcpMs),
            'LCP < 1 s': verdict(m.lcpMs < goals.lcpMs),
            ...(name === 'search' ? { 'JS <= 60 KB': verdict(m.scriptBytes <= goals.searchScriptBytes) } : {}),
          },
        ]),
      ),
    );
    console.log(`Category page server rendering, ${connections} connections, ${seconds} s after a 3 s warm-up:`);
    console.table({
      [pages.category]: {
        'requests/s': Math.round(throughput.requests.average),
        p50: ms(throughput.latency.p50),
        p99: ms(throughput.latency.p99),
        errors: throughput.errors,
        'non-2xx': throughput.non2xx,
        statuses: Object.entries(throughput.statusCodeStats ?? {})
          .map(([status, { count }]) => `${status}: ${count}`)
          .join(', '),
      },
    });
  } finally {
    if (embedded) await stopEmbedded(embedded.child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
