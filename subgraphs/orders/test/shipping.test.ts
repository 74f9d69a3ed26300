import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '@comptoir/kit';
import { describe, expect, it } from 'vitest';
import { ordersConfig } from '../src/config.ts';
import { shippingFor } from '../src/domain/shipping.ts';

describe('shipping price', () => {
  const { shippingRates } = ordersConfig({});

  it('charges each currency’s flat price below its threshold, nothing from it (the default rates)', () => {
    expect(shippingFor(shippingRates, 'EUR', 0)).toBe(490);
    expect(shippingFor(shippingRates, 'EUR', 4999)).toBe(490);
    expect(shippingFor(shippingRates, 'EUR', 5000)).toBe(0);
    expect(shippingFor(shippingRates, 'EUR', 2_970_000_000)).toBe(0);
    expect(shippingFor(shippingRates, 'JPY', 7999)).toBe(800);
    expect(shippingFor(shippingRates, 'JPY', 8000)).toBe(0);
    for (const currency of ['USD', 'GBP', 'CHF']) expect(shippingFor(shippingRates, currency, 0)).toBeGreaterThan(0);
    expect(shippingFor(shippingRates, 'SEK', 0)).toBeNull();
  });

  it('reads SHIPPING_RATES: CUR:flat:freeFrom entries, the threshold optional', () => {
    const { shippingRates: rates } = ordersConfig({ SHIPPING_RATES: 'SEK:4900:50000, NOK:7900' });
    expect(shippingFor(rates, 'SEK', 49_999)).toBe(4900);
    expect(shippingFor(rates, 'SEK', 50_000)).toBe(0);
    expect(shippingFor(rates, 'NOK', 10_000_000)).toBe(7900);
    expect(shippingFor(rates, 'EUR', 0)).toBeNull();
  });

  it('refuses a malformed SHIPPING_RATES, naming the variable', () => {
    for (const value of ['EUR:4.90:50', 'XYZ:490:5000', 'EUR:490:5000,EUR:500', 'eur:490', ',', 'EUR=490']) {
      expect(() => ordersConfig({ SHIPPING_RATES: value }), value).toThrow(ConfigError);
      expect(() => ordersConfig({ SHIPPING_RATES: value }), value).toThrow(/SHIPPING_RATES/);
    }
  });

  it('a bad SHIPPING_RATES stops the orders process with one line naming it', async () => {
    const ordersMain = join(import.meta.dirname, '../src/main.ts');
    const env = {
      PATH: process.env.PATH,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ROUTER_SUBGRAPH_SECRET: 'a'.repeat(64),
      SHIPPING_RATES: 'EUR:4.90',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    };
    const failure = await promisify(execFile)(process.execPath, [ordersMain], { env, timeout: 45_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split('\n');
    expect(lines, failure.stderr).toHaveLength(1);
    expect(lines[0]).toContain('SHIPPING_RATES="EUR:4.90" is invalid');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
