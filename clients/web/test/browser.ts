import { type Browser, chromium } from 'playwright-core';

/** Debian's headless Chromium, as every browser test and the screenshots command drive it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
