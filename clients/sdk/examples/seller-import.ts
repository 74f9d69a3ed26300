/**
 * A marketplace seller imports its products from CSV: each row creates the product or updates
 * it, then sets its price and stock.
 *
 *   node clients/sdk/examples/seller-import.ts products.csv [--endpoint URL] [--token cpt_…]
 *
 *   --endpoint, COMPTOIR_ENDPOINT        the API (default http://127.0.0.1:4000/graphql)
 *   --token, COMPTOIR_PARTNER_TOKEN      a partner token of the seller, with catalog:write
 *
 * Columns (see products.csv): sku, nameFr, nameEn, price (minor units: 1999 is 19.99 EUR),
 * currency, stock (the quantity on hand to reach) and category (a category slug, optional).
 * A product is found by its slug, the SKU in lower case with dashes (`LAMP_01` → `lamp-01`).
 * Prints one line per row with the API's userErrors; exits 1 when a row failed.
 */
import {
  AdjustStockDocument,
  CategoryProductsDocument,
  CreateProductDocument,
  type ProductPayloadFieldsFragment,
  SellerProductDocument,
  type SellerProductFieldsFragment,
  SetProductPriceDocument,
  UpdateProductDocument,
} from '@comptoir/sdk';
import { describeFailure, describeUserErrors, partnerCommand, readCsv } from './cli.ts';

const { client, csvPath } = partnerCommand('seller-import.ts', 'products.csv');

/** A row as the API takes it. */
interface ProductRow {
  fields: { sku: string; slug: string; name: { fr: string; en: string }; price: { amount: number; currency: string } };
  /** The quantity on hand to reach. */
  stock: number;
  categorySlug: string;
}

/** The row, or why it cannot be sent (the API checks the rest and answers userErrors). */
function productRowOf(row: Record<string, string>): ProductRow | string {
  const amount = Number(row.price);
  const stock = Number(row.stock);
  if (!row.sku) return 'sku is missing';
  if (!Number.isSafeInteger(amount)) return `price ${row.price} is not a whole number of minor units`;
  if (!Number.isSafeInteger(stock)) return `stock ${row.stock} is not a whole number`;
  const slug = row.sku
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    fields: {
      sku: row.sku,
      slug,
      name: { fr: row.nameFr ?? '', en: row.nameEn ?? '' },
      price: { amount, currency: row.currency ?? '' },
    },
    stock,
    categorySlug: row.category ?? '',
  };
}

const categoryIds = new Map<string, string | null>();
/** The id of the category of that slug (null when there is none), asked once per slug. */
async function categoryIdOf(slug: string): Promise<string | null> {
  if (!categoryIds.has(slug)) {
    const { category } = await client.request(CategoryProductsDocument, { slug, first: 0 });
    categoryIds.set(slug, category?.id ?? null);
  }
  return categoryIds.get(slug) ?? null;
}

/** A row's result: what was done, or why it was not. */
type Outcome = { done: 'created' | 'updated' } | { failed: string };

/** Creates or updates the product, then brings its price and stock to the row's. */
async function importRow(csvRow: Record<string, string>): Promise<Outcome> {
  const row = productRowOf(csvRow);
  if (typeof row === 'string') return { failed: row };
  const categoryId = row.categorySlug ? await categoryIdOf(row.categorySlug) : null;
  if (row.categorySlug && !categoryId) return { failed: `no category ${row.categorySlug}` };
  const { product: existing } = await client.request(SellerProductDocument, { slug: row.fields.slug });
  if (!existing) {
    // A catalog description is required; the name stands in for one until the seller writes it.
    const input = { ...row.fields, description: row.fields.name, categoryId, stock: row.stock };
    return refusal((await client.request(CreateProductDocument, { input })).createProduct) ?? { done: 'created' };
  }
  if (existing.sku !== row.fields.sku) return { failed: `slug ${row.fields.slug} belongs to SKU ${existing.sku}` };
  const steps = [
    async () =>
      (
        await client.request(UpdateProductDocument, {
          input: { productId: existing.id, name: row.fields.name, categoryId },
        })
      ).updateProduct,
    () => setPrice(existing, row.fields.price),
    () => setStock(existing, row.stock),
  ];
  for (const step of steps) {
    const refused = refusal(await step());
    if (refused) return refused;
  }
  return { done: 'updated' };
}

function refusal(payload: ProductPayloadFieldsFragment | null): Outcome | null {
  return payload && payload.userErrors.length > 0 ? { failed: describeUserErrors(payload.userErrors) } : null;
}

async function setPrice(product: SellerProductFieldsFragment, price: ProductRow['fields']['price']) {
  if (product.price.amount === price.amount && product.price.currency === price.currency) return null;
  return (await client.request(SetProductPriceDocument, { input: { productId: product.id, price } })).setProductPrice;
}

async function setStock(product: SellerProductFieldsFragment, onHand: number) {
  const delta = onHand - product.stock.onHand;
  if (delta === 0) return null;
  return (await client.request(AdjustStockDocument, { input: { productId: product.id, delta } })).adjustStock;
}

const rows = readCsv(csvPath);
let failed = 0;
for (const [index, csvRow] of rows.entries()) {
  const outcome = await importRow(csvRow).catch((error: unknown) => ({ failed: describeFailure(error) }));
  if ('failed' in outcome) failed += 1;
  console.log(`row ${index + 2} ${csvRow.sku}: ${'done' in outcome ? outcome.done : `error: ${outcome.failed}`}`);
}
console.log(`${rows.length} rows: ${rows.length - failed} imported, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
