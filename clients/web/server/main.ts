/**
 * Runs the storefront on its own, in front of a running router:
 *   ROUTER_URL=http://127.0.0.1:4000/graphql STOREFRONT_PORT=3000 node clients/web/server/main.ts
 * (`bash tools/start.sh` starts it with the platform.)
 */
import { runMain } from '@comptoir/kit/process-entry';
import { defaultStorefrontPort, startStorefront } from './storefront.ts';

await runMain(async () => {
  const storefront = await startStorefront({
    routerUrl: process.env.ROUTER_URL ?? 'http://127.0.0.1:4000/graphql',
    port: Number(process.env.STOREFRONT_PORT ?? defaultStorefrontPort),
    host: process.env.STOREFRONT_HOST ?? '127.0.0.1',
    publicUrl: process.env.STOREFRONT_URL,
    onBuild: () => console.log('Building the storefront…'),
  });
  console.log(`Storefront ready at ${storefront.url}`);
  const stop = () => void storefront.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
