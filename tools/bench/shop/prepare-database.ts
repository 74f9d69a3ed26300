/**
 * bench:shop's database preparation, in a process of its own so that the load driver never holds
 * the platform's heap: run in the driver, it left about 85 MB live there, and the driver's major
 * GCs (every 7-10 s, their helper threads on the subgraphs' core) showed up as latency spikes of
 * 100-150 ms charged to the platform.
 *
 * Migrates the scratch database (DATABASE_URL and the rest of the platform's environment), bulk-loads
 * the demo catalogue and creates the products shoppers put in baskets through catalog's services (on
 * the in-process event bus, so baskets and orders hear of them), then stops. It sends the
 * subgraphs to start and what the mix draws from (`PreparedDatabase`) to main.ts over the IPC
 * channel it is started with.
 *
 *   node tools/bench/shop/prepare-database.ts --products <n> --basket-products <n>
 */
import { parseArgs } from 'node:util';
import { createProduct, loadDemoCatalog } from '@comptoir/catalog';
import { parseEnv, subgraphEnv } from '@comptoir/kit';
import { startPlatform } from '@comptoir/router';
import { subgraphs } from '../../src/subgraphs.ts';
import { log } from '../router/processes.ts';

export type PreparedDatabase = {
  /** Every subgraph of the platform, in the order the embedded default starts them. */
  subgraphNames: string[];
  categoryIds: string[];
  categorySlugs: string[];
  productSlugs: string[];
  /** The products created through catalog's services, in creation order. */
  basketProductIds: string[];
};

const { values: args } = parseArgs({
  options: { products: { type: 'string' }, 'basket-products': { type: 'string' } },
});
const products = Number(args.products);
const basketProductCount = Number(args['basket-products']);
const positive = (count: number) => Number.isSafeInteger(count) && count > 0;
if (!positive(products) || !positive(basketProductCount)) {
  console.error('usage: node tools/bench/shop/prepare-database.ts --products <n> --basket-products <n>');
  process.exit(2);
}
const sendToDriver = process.send?.bind(process);
if (!sendToDriver) {
  console.error('prepare-database.ts reports over IPC: tools/bench/shop/main.ts starts it');
  process.exit(2);
}

log(`preparing the database: migrations, ${products} demo products, ${basketProductCount} announced ones`);
const platform = await startPlatform({
  subgraphs,
  env: parseEnv(subgraphEnv, { ...process.env, LOG_LEVEL: 'error', KAFKA_BROKERS: undefined }),
  routerPort: 0,
  rawEnv: { ...process.env, KAFKA_BROKERS: undefined },
});
try {
  const catalog = platform.subgraphs.get('catalog');
  if (!catalog) throw new Error('no catalog subgraph');
  const categoryIds = [...(await loadDemoCatalog(catalog.orm.em.fork(), { products })).values()];
  const basketProductIds: string[] = [];
  for (let index = 0; index < basketProductCount; index++) {
    const { product } = await createProduct({ em: catalog.orm.em.fork(), traceparent: undefined } as never, {
      sku: `BENCH-BASKET-${index}`,
      slug: `bench-basket-${index}`,
      name: { fr: `Article du panier ${index}`, en: `Basket item ${index}` },
      description: { fr: 'Un article de démonstration.', en: 'A demonstration item.' },
      price: { amount: 1000 + index * 100, currency: 'EUR' },
      stock: 100_000,
      categoryId: categoryIds[index % categoryIds.length],
    });
    basketProductIds.push(product.id);
  }
  await platform.eventsSettled(120_000);
  const connection = catalog.orm.em.getConnection();
  // The steady state autovacuum keeps (as tools/bench/catalog-search.ts does).
  await connection.execute('vacuum (analyze) catalog.product, catalog.category');
  const productSlugs = (
    await connection.execute<{ slug: string }[]>(
      `select slug from catalog.product where sku not like 'BENCH-%' order by md5(id::text) limit 500`,
    )
  ).map((row) => row.slug);
  const categorySlugs = (await connection.execute<{ slug: string }[]>('select slug from catalog.category')).map(
    (row) => row.slug,
  );
  log(`database ready: ${categoryIds.length} categories`);
  const prepared: PreparedDatabase = {
    subgraphNames: subgraphs.map(({ name }) => name),
    categoryIds,
    categorySlugs,
    productSlugs,
    basketProductIds,
  };
  await new Promise<void>((sent, failed) =>
    sendToDriver(prepared, (error: Error | null) => (error ? failed(error) : sent())),
  );
} finally {
  await platform.stop();
}
// An open channel would keep this process alive.
process.disconnect();
