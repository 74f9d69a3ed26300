import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const routerDir = join(import.meta.dirname, '..');

/**
 * @apollo/gateway loaded its usage telemetry's OpenTelemetry packages with itself: about 12 MB of
 * live heap and 20 MB of RSS in every router, which turns that telemetry off (src/gateway.ts). The
 * patch in tools/patches defers them to when the telemetry starts. Checked in a fresh process, as
 * a router starts: this test's own process has loaded whatever the other tests needed.
 */
describe("the gateway's telemetry modules", () => {
  it('are not loaded with the gateway, and are when its telemetry starts', async () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const telemetryModules = () => Object.keys(require.cache).filter((path) =>
        /@opentelemetry[+/](semantic-conventions|sdk-metrics|exporter-metrics-otlp-http|resource-detector-)/.test(path)).length;
      await import('@apollo/gateway');
      const withGateway = telemetryModules();
      const { createDataCollectionMeterProvider } = require('@apollo/gateway/dist/utilities/opentelemetry.js');
      const exporter = { export: (_metrics, done) => done({ code: 0 }), forceFlush: async () => {}, shutdown: async () => {} };
      const provider = createDataCollectionMeterProvider(exporter);
      const withTelemetry = telemetryModules();
      await provider.shutdown();
      console.log(JSON.stringify({ withGateway, withTelemetry, provider: provider.constructor.name }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], {
      cwd: routerDir,
      env: { PATH: process.env.PATH ?? '' },
    });
    const loaded = JSON.parse(stdout.trim().split('\n').at(-1) as string);
    expect(loaded.withGateway).toBe(0);
    expect(loaded.withTelemetry).toBeGreaterThan(0);
    expect(loaded.provider).toBe('MeterProvider');
  });
});
