/**
 * Runs the storefront on its own, in front of a running router:
 *   ROUTER_URL=http://127.0.0.1:4000/graphql STOREFRONT_PORT=3000 node clients/web/server/main.ts
 * (`bash tools/start.sh` starts it with the platform.) STOREFRONT_DIST_DIR serves a build as it is,
 * never rebuilt: the production image's, whose Vite is not installed.
 */
import { mountHealth } from '@comptoir/kit/health';
import { runMain } from '@comptoir/kit/process-entry';
import { defaultStorefrontPort, startStorefront } from './storefront.ts';

await runMain(async () => {
  const storefront = await startStorefront({
    routerUrl: process.env.ROUTER_URL ?? 'http://127.0.0.1:4000/graphql',
    port: Number(process.env.STOREFRONT_PORT ?? defaultStorefrontPort),
    host: process.env.STOREFRONT_HOST ?? '127.0.0.1',
    publicUrl: process.env.STOREFRONT_URL,
    distDir: process.env.STOREFRONT_DIST_DIR,
    onBuild: () => console.log('Building the storefront…'),
    // Ready once it listens with its build loaded. The router is not checked: an outage there
    // would otherwise take every storefront replica out of its Service too.
    extend: (app) => mountHealth(app, []),
  });
  console.log(`Storefront ready at ${storefront.url}`);
  const stop = () => void storefront.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
