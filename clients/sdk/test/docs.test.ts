import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';
import { expect, test } from 'vitest';

test('the API reference builds with TypeDoc, every warning an error (pnpm --filter @comptoir/sdk docs)', async () => {
  const out = await mkdtemp(join(tmpdir(), 'comptoir-sdk-docs-'));
  try {
    const app = await Application.bootstrapWithPlugins({
      options: fileURLToPath(new URL('../typedoc.json', import.meta.url)),
      out,
    });
    const project = await app.convert();
    expect(project).toBeDefined();
    if (project) {
      app.validate(project);
      await app.generateDocs(project, out);
    }
    expect({ errors: app.logger.errorCount, warnings: app.logger.warningCount }).toEqual({ errors: 0, warnings: 0 });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  // TypeDoc type-checks the SDK first: some 20 s alone, more beside other test files.
}, 180_000);
