import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import { buildIfStale, distDir as defaultDistDir } from './build.ts';
import { sameOriginOnly } from './csrf.ts';
import { graphqlProxy } from './graphql-proxy.ts';
import { languageRedirect } from './languages.ts';
import { newsletterOneClick } from './newsletter-one-click.ts';
import { pageRenderer } from './render.ts';
import { sessionRoutes } from './session.ts';
import { seoRoutes } from './sitemap.ts';

export interface StorefrontOptions {
  /** The router's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  routerUrl: string;
  /** 0 picks a free port. Default STOREFRONT_PORT's default, 3000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The shop's public origin for canonical links and the sitemap; default the request's own. */
  publicUrl?: string;
  /** The built storefront; default clients/web/dist, built first when its sources changed. */
  distDir?: string;
  /** Hears when a build starts (the quick start prints a progress line). */
  onBuild?: () => void;
}

export interface RunningStorefront {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  app: Express;
  stop(): Promise<void>;
}

export const defaultStorefrontPort = 3000;

/**
 * The storefront's server: built assets, `/graphql` relayed to the router, language redirects,
 * and every page rendered on the server. Routes of their own (e.g. /session/*) go on `app`
 * through `extend` before the pages' catch-all.
 */
export async function startStorefront(
  options: StorefrontOptions & { extend?: (app: Express) => void },
): Promise<RunningStorefront> {
  const distDir = options.distDir ?? defaultDistDir;
  if (options.distDir === undefined) await buildIfStale({ onBuild: options.onBuild });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Text answers (pages, scripts, styles, JSON, SVG, the sitemap) go brotli or gzip as the browser
  // accepts; pictures (WebP, JPEG) are compressed already and go as they are.
  app.use(compression());
  // Vite's hashed asset names change with their content: cached for a year, never revalidated.
  app.use('/assets', express.static(join(distDir, 'client/assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use('/assets', (_req, res) => {
    res.set('cache-control', 'no-store').sendStatus(404);
  });
  app.use(sameOriginOnly());
  app.use(graphqlProxy(options.routerUrl));
  app.use(seoRoutes({ routerUrl: options.routerUrl, publicUrl: options.publicUrl }));
  app.use(
    '/session',
    sessionRoutes({ routerUrl: options.routerUrl, secureCookies: process.env.NODE_ENV === 'production' }),
  );
  app.use(newsletterOneClick(options.routerUrl));
  options.extend?.(app);
  app.use(languageRedirect());
  app.use(await pageRenderer({ distDir, routerUrl: options.routerUrl, publicUrl: options.publicUrl }));

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port ?? defaultStorefrontPort, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    app,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
