/**
 * Compiles a deployment's TypeScript to JavaScript, in place: the deployable's own sources at its
 * root and the workspace packages that `pnpm deploy` injected under its node_modules
 * (@comptoir/kit, @comptoir/schema…). Node strips types only outside node_modules
 * (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), so injected sources cannot run as they are; and a
 * process that strips types keeps Node's TypeScript stripper (a WebAssembly module) for its whole
 * life: about 20 MB of resident memory per service, for work done once at start-up. Each module is
 * transpiled alone by TypeScript (`transpileModule`: types erased, relative `.ts` imports rewritten
 * to `.js`) beside its source, which is then removed; the package's `exports` follow. Installed
 * files are hard links into pnpm's store or the checkout, so nothing is written through them:
 * sources are unlinked and manifests replaced by a rename. The storefront's `.tsx` pages stay as
 * they are: they are Vite's input, built before the install.
 *   node tools/docker/compile-deployment.ts <deployment folder>
 */
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2024,
  verbatimModuleSyntax: true,
  rewriteRelativeImportExtensions: true,
};

/** The folders compiled: the deployment itself and each workspace package injected into it. */
export function compiledPackages(deployment: string): string[] {
  return [deployment, ...injectedPackages(deployment)];
}

/** The injected copies: `.pnpm/@comptoir+<name>@file+…/node_modules/@comptoir/<name>`, real folders (the rest are links). */
function injectedPackages(deployment: string): string[] {
  const store = join(deployment, 'node_modules/.pnpm');
  return readdirSync(store)
    .filter((entry) => entry.startsWith('@comptoir+'))
    .flatMap((entry) => {
      const scope = join(store, entry, 'node_modules/@comptoir');
      return readdirSync(scope)
        .map((name) => join(scope, name))
        .filter((folder) => lstatSync(folder).isDirectory());
    });
}

/** Every file under `folder`, its own node_modules left out (a package's dependencies are links). */
export function filesOutsideNodeModules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesOutsideNodeModules(path);
    return [path];
  });
}

function typeScriptModules(folder: string): string[] {
  return filesOutsideNodeModules(folder).filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'));
}

function compileModule(source: string): void {
  const { outputText, diagnostics = [] } = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions,
    fileName: source,
    reportDiagnostics: true,
  });
  if (diagnostics.length > 0) {
    throw new Error(`${source}: ${ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText, ' ')}`);
  }
  const target = source.replace(/\.ts$/, '.js');
  rmSync(target, { force: true });
  writeFileSync(target, outputText);
  rmSync(source);
}

/** `./src/index.ts` → `./src/index.js` in `exports` (any nesting of conditions). */
function compiledExports(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\.ts$/, '.js');
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, compiledExports(entry)]));
}

function compilePackage(folder: string): number {
  // A package's tests are development code (vitest and the like are not installed).
  rmSync(join(folder, 'test'), { recursive: true, force: true });
  const modules = typeScriptModules(folder);
  for (const source of modules) compileModule(source);
  const manifestPath = join(folder, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: unknown };
  if (manifest.exports !== undefined) manifest.exports = compiledExports(manifest.exports);
  writeFileSync(`${manifestPath}.compiled`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestPath}.compiled`, manifestPath);
  return modules.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const deployment = process.argv[2];
  if (!deployment) throw new Error('usage: compile-deployment.ts <deployment folder>');
  for (const folder of compiledPackages(deployment)) {
    const count = compilePackage(folder);
    console.log(`compiled ${count} modules of ${relative(deployment, folder) || 'the deployable'}`);
  }
}
