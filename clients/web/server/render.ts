import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import type { PageRequest, renderPage } from '../src/entry-server.tsx';
import { isLang } from '../src/i18n/languages.ts';
import { shopperHeaders } from './graphql-proxy.ts';

type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;

/** The client entry's script, stylesheets and the chunks it imports, from Vite's manifest. */
function clientAssets(distDir: string): PageRequest['assets'] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'client/.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = manifest['src/entry-client.tsx'];
  if (!entry) throw new Error(`${distDir}: the client manifest has no src/entry-client.tsx`);
  const imported = (entry.imports ?? []).map((key) => manifest[key]).filter((chunk) => chunk !== undefined);
  return {
    script: `/${entry.file}`,
    styles: [entry, ...imported].flatMap((chunk) => chunk.css ?? []).map((file) => `/${file}`),
    preloads: imported.map((chunk) => `/${chunk.file}`),
  };
}

/** Server-renders every page under a language prefix, streaming it as it resolves. */
export async function pageRenderer(options: {
  distDir: string;
  routerUrl: string;
  publicUrl?: string;
}): Promise<RequestHandler> {
  const entry = pathToFileURL(join(options.distDir, 'server/entry-server.js')).href;
  const { renderPage: render } = (await import(entry)) as { renderPage: typeof renderPage };
  const assets = clientAssets(options.distDir);
  return (req, res) => {
    const lang = req.path.split('/')[1];
    if (!isLang(lang)) {
      res.sendStatus(404);
      return;
    }
    const page = render({
      url: req.originalUrl,
      lang,
      publicUrl: options.publicUrl ?? `${req.protocol}://${req.get('host')}`,
      routerUrl: options.routerUrl,
      graphqlHeaders: shopperHeaders(req.get('cookie'), lang),
      assets,
    });
    page.pipe(
      {
        // Each chunk leaves the compressor as it is written, or a compressed page would not stream.
        write: (chunk) => {
          res.write(chunk);
          res.flush();
        },
        end: () => res.end(),
      },
      (status) => {
        res.status(status);
        res.set({
          'content-type': 'text/html; charset=utf-8',
          // Pages show the shopper's basket: never shared by caches.
          'cache-control': 'private, no-cache',
        });
      },
    );
  };
}
