import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type Request, Router } from 'express';

/** Paths the router answers itself; the storefront's client-side routes never shadow them. */
const routerPaths = ['/graphql', '/graphiql', '/health', '/metrics'];

function isRouterPath(path: string): boolean {
  return routerPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** A page navigation to a client-side route (`/products/42`), not a missing asset (`/app.js`). */
function isClientRoute(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !isRouterPath(req.path) &&
    extname(req.path) === '' &&
    req.accepts('html') === 'html'
  );
}

/**
 * The built storefront at `/` when `distDir/index.html` exists, with client-side routes falling
 * back to index.html. Without a build, `/` points API users to GraphQL.
 */
export function webClientRoutes(distDir: string | undefined, graphqlPath: string): Router {
  if (distDir !== undefined && existsSync(join(distDir, 'index.html'))) return storefront(distDir);
  const router = Router();
  router.get('/', (_req, res) => {
    res.json({ service: 'comptoir-router', graphql: graphqlPath });
  });
  return router;
}

function storefront(distDir: string): Router {
  const router = Router();
  router.use(express.static(distDir));
  router.use((req, res, next) => {
    if (!isClientRoute(req)) return next();
    // index.html names the hashed bundles of the current build: never serve a stale one.
    // Relative to root, so a dist dir under a dot-folder (~/.cache/…) isn't refused as a dotfile.
    res.set('cache-control', 'no-cache').sendFile('index.html', { root: distDir });
  });
  return router;
}
