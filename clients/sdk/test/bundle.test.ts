import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('the SDK bundles for a neutral platform without Node built-ins: it runs in browsers and React Native', async () => {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const bundle = outputFiles.map((file) => file.text).join('\n');
  expect(bundle).toContain('createComptoirClient');
  expect(bundle).not.toMatch(/["']node:/);
  expect(bundle).not.toMatch(/\bBuffer\b/);
  expect(bundle).not.toMatch(/\bprocess\b/);
});
