/**
 * Builds the storefront with Vite when its sources changed since the last build (or with --force):
 * the browser bundle (dist/client, with its manifest) and the server renderer (dist/server). The
 * sources' hash is kept in dist/build-hash; concurrent builds (test files, a start) each build aside
 * and the first to finish moves into place.
 *   node clients/web/server/build.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const webRoot = join(import.meta.dirname, '..');
export const distDir = join(webRoot, 'dist');
const hashFile = 'build-hash';

/** Everything a build reads: sources, this script and the package manifest. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return [...walk(join(webRoot, 'src')), join(webRoot, 'server/build.ts'), join(webRoot, 'package.json')].sort();
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles()) hash.update(relative(webRoot, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

export function isBuildFresh(): boolean {
  const built = join(distDir, hashFile);
  return existsSync(built) && readFileSync(built, 'utf8') === sourcesHash();
}

/** Builds unless dist is fresh; `onBuild` hears when a build starts (for a progress line). */
export async function buildIfStale(options: { force?: boolean; onBuild?: () => void } = {}): Promise<void> {
  if (!options.force && isBuildFresh()) return;
  options.onBuild?.();
  const hash = sourcesHash();
  const aside = `${distDir}.${process.pid}.${Date.now()}`;
  const { build } = await import('vite');
  const solid = (await import('vite-plugin-solid')).default;
  const common = {
    root: webRoot,
    mode: 'production',
    configFile: false as const,
    logLevel: 'error' as const,
    publicDir: false as const,
  };
  // Vite reads NODE_ENV from the process it builds in: production, whoever builds (a test run sets
  // test), then back as it was, as the platform beside it reads it too.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...common,
      plugins: [solid({ ssr: true })],
      build: {
        outDir: join(aside, 'client'),
        manifest: true,
        emptyOutDir: true,
        rollupOptions: {
          input: join(webRoot, 'src/entry-client.tsx'),
          // Codegen's documents are `new TypedDocumentString(…)`: pure, so a page's bundle keeps only
          // the documents its code uses (the browser sends their hashes, the text is for types).
          treeshake: { manualPureFunctions: ['TypedDocumentString'] },
        },
      },
    });
    await build({
      ...common,
      plugins: [solid({ ssr: true })],
      // Self-contained: the server imports one file, whatever resolves solid-js around it.
      ssr: { noExternal: true },
      build: { outDir: join(aside, 'server'), ssr: join(webRoot, 'src/entry-server.tsx'), emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(join(aside, hashFile), hash);
  const previous = `${aside}.previous`;
  await rename(distDir, previous).catch(() => undefined);
  await rename(aside, distDir).catch(async () => {
    // Another build moved in first: it built the same sources.
    await rm(aside, { recursive: true, force: true });
  });
  await rm(previous, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const force = process.argv.includes('--force');
  await buildIfStale({ force, onBuild: () => console.log('Building the storefront…') });
  console.log(
    `storefront built in ${relative(process.cwd(), distDir)} (${(await readFile(join(distDir, hashFile), 'utf8')).slice(0, 12)})`,
  );
}
