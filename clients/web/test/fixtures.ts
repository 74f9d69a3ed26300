import { randomUUID } from 'node:crypto';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from '@comptoir/testing';
import { type RunningStorefront, startStorefront } from '../server/storefront.ts';

/** A catalog small enough to read: two root categories, a subcategory, three products. */
export const shopCatalog = {
  lamp: {
    sku: 'LAMP-CERAMIC',
    slug: 'lampe-ceramique',
    name: { fr: 'Lampe en céramique', en: 'Ceramic lamp' },
    description: { fr: 'Une lampe de chevet en céramique émaillée.', en: 'A glazed ceramic bedside lamp.' },
    price: { amount: 4590, currency: 'EUR' },
    stock: 12,
    images: [
      { url: 'https://images.comptoir.test/lamp-1.jpg', alt: 'Lampe vue de face' },
      { url: 'https://images.comptoir.test/lamp-2.jpg', alt: 'Lampe allumée' },
    ],
    attributes: [
      { name: 'couleur', value: 'bleu', language: 'FR' },
      { name: 'colour', value: 'blue', language: 'EN' },
      { name: 'hauteur', value: '32 cm', language: 'FR' },
      { name: 'height', value: '32 cm', language: 'EN' },
    ],
    category: 'luminaires',
  },
  deskLamp: {
    sku: 'LAMP-DESK',
    slug: 'lampe-de-bureau',
    name: { fr: 'Lampe de bureau articulée', en: 'Jointed desk lamp' },
    description: { fr: 'En acier, bras articulé.', en: 'Steel, with a jointed arm.' },
    price: { amount: 12900, currency: 'EUR' },
    stock: 0,
    images: [],
    attributes: [],
    category: 'luminaires',
  },
  bowl: {
    sku: 'BOWL-STONEWARE',
    slug: 'bol-en-gres',
    name: { fr: 'Bol en grès', en: 'Stoneware bowl' },
    description: { fr: 'Fait main.', en: 'Handmade.' },
    price: { amount: 1250, currency: 'EUR' },
    stock: 40,
    images: [],
    attributes: [],
    category: 'cuisine',
  },
} as const;

const categories = [
  { slug: 'maison', name: { fr: 'Maison', en: 'Home' } },
  { slug: 'luminaires', name: { fr: 'Luminaires', en: 'Lighting' }, parent: 'maison' },
  { slug: 'cuisine', name: { fr: 'Cuisine', en: 'Kitchen' } },
];

export interface Shop {
  t: TestPlatform;
  storefront: RunningStorefront;
  /** Product ids by the keys of shopCatalog. */
  productIds: Record<keyof typeof shopCatalog, string>;
  stop(): Promise<void>;
}

/**
 * Catalog and baskets (or the given subgraphs) behind a router, on Kafka when KAFKA_BROKERS is set;
 * the small catalog created through the API as an admin would, and the storefront in front of them
 * on a free port.
 */
export async function startShop(options: Partial<TestPlatformOptions> = {}): Promise<Shop> {
  const t = await startTestPlatform({
    subgraphs: [catalog, baskets],
    ...options,
    env: { ...(process.env.KAFKA_BROKERS ? { KAFKA_BROKERS: process.env.KAFKA_BROKERS } : {}), ...options.env },
  });
  try {
    const admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
    const categoryIds = new Map<string, string>();
    for (const { slug, name, parent } of categories) {
      const { body } = await t.graphql<{ createCategory: { category: { id: string } | null } }>(
        'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } } }',
        { input: { slug, name, parentId: parent ? categoryIds.get(parent) : null } },
        { token: admin },
      );
      const id = body.data?.createCategory.category?.id;
      if (!id) throw new Error(`category ${slug}: ${JSON.stringify(body)}`);
      categoryIds.set(slug, id);
    }
    const productIds = {} as Record<keyof typeof shopCatalog, string>;
    for (const [key, { category, ...input }] of Object.entries(shopCatalog)) {
      const { body } = await t.graphql<{ createProduct: { product: { id: string } | null } }>(
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }',
        { input: { ...input, categoryId: categoryIds.get(category) } },
        { token: admin },
      );
      const id = body.data?.createProduct.product?.id;
      if (!id) throw new Error(`product ${key}: ${JSON.stringify(body)}`);
      productIds[key as keyof typeof shopCatalog] = id;
    }
    // Baskets learn products (price, stock) from catalog's events.
    await t.eventsSettled();
    const storefront = await startStorefront({ routerUrl: t.url, port: 0 });
    return {
      t,
      storefront,
      productIds,
      async stop() {
        await storefront.stop();
        await t.stop();
      },
    };
  } catch (error) {
    await t.stop();
    throw error;
  }
}
