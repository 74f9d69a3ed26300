import { randomBytes } from 'node:crypto';
import { execute } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCategories, demoProducts } from './demo-products.ts';

const batchSize = 1000;

// Each statement takes its rows as one JSON array, unpacked into the columns the migrations define.
const insertCategories = `
  insert into catalog.category (id, slug, name_fr, name_en, parent_id, path, position, created_at)
  select id, slug, name_fr, name_en, parent_id, path, position, created_at
  from jsonb_to_recordset(?::jsonb) as loaded (
    id uuid, slug text, name_fr text, name_en text, parent_id uuid, path text, position int, created_at timestamptz
  )`;
const insertProducts = `
  insert into catalog.product (id, sku, slug, name_fr, name_en, description_fr, description_en, price_amount,
    price_currency, images, attributes, category_id, status, stock_on_hand, stock_reserved, created_at, updated_at)
  select id, sku, slug, name_fr, name_en, description_fr, description_en, price_amount,
    price_currency, images, attributes, category_id, 'ACTIVE', stock_on_hand, 0, created_at, created_at
  from jsonb_to_recordset(?::jsonb) as loaded (
    id uuid, sku text, slug text, name_fr text, name_en text, description_fr text, description_en text,
    price_amount bigint, price_currency text, images jsonb, attributes jsonb, category_id uuid, stock_on_hand int,
    created_at timestamptz
  )`;

/**
 * Bulk-loads the demo categories and `products` demo products into an empty catalog, in one
 * transaction of INSERTs of a thousand rows each (100 000 products take seconds, not the minutes
 * the domain services would). For benchmarks and fixtures only: it bypasses the domain services, so it
 * records no outbox events and nothing downstream hears of these products. Products are dated
 * one minute apart, up to now, with UUIDv7 ids of the same instants. Returns category ids by slug.
 */
export async function loadDemoCatalog(
  em: EntityManager,
  options: { products: number; seed?: number },
): Promise<Map<string, string>> {
  return em.transactional(async (tx) => {
    const now = Date.now();
    const categoryIds = new Map<string, string>();
    const paths = new Map<string, string>();
    const siblings = new Map<string | null, number>();
    const categoryRows = demoCategories().map((category) => {
      const id = uuidv7At(now);
      const parentId = category.parentSlug ? (categoryIds.get(category.parentSlug) ?? null) : null;
      const parentPath = category.parentSlug ? paths.get(category.parentSlug) : undefined;
      const position = siblings.get(category.parentSlug) ?? 0;
      siblings.set(category.parentSlug, position + 1);
      categoryIds.set(category.slug, id);
      paths.set(category.slug, parentPath ? `${parentPath}/${id}` : id);
      return {
        id,
        slug: category.slug,
        name_fr: category.name.fr,
        name_en: category.name.en,
        parent_id: parentId,
        path: paths.get(category.slug),
        position,
        created_at: new Date(now).toISOString(),
      };
    });
    await execute(tx, insertCategories, [JSON.stringify(categoryRows)]);

    let batch: object[] = [];
    const flush = async () => {
      await execute(tx, insertProducts, [JSON.stringify(batch)]);
      batch = [];
    };
    let index = 0;
    for (const product of demoProducts(options.products, options.seed)) {
      const createdAt = now - (options.products - index++) * 60_000;
      batch.push({
        id: uuidv7At(createdAt),
        sku: product.sku,
        slug: product.slug,
        name_fr: product.name.fr,
        name_en: product.name.en,
        description_fr: product.description.fr,
        description_en: product.description.en,
        price_amount: product.price.amount,
        price_currency: product.price.currency,
        images: product.images,
        attributes: product.attributes,
        category_id: categoryIds.get(product.categorySlug),
        stock_on_hand: product.stock,
        created_at: new Date(createdAt).toISOString(),
      });
      if (batch.length === batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    return categoryIds;
  });
}

/** A UUIDv7 for a given instant, so bulk-loaded ids sort like their creation times. */
function uuidv7At(unixMs: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(unixMs, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
