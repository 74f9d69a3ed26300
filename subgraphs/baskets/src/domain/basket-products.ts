import { isUuid, updateIfNewer, upsertIfNewer } from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BasketProduct } from './basket-product.ts';

/*
 * The price read model, fed by the catalog's product events (one product's events arrive in
 * order, keyed by its id). Each change is one statement that sets only what the event knows, and
 * only over what an older version of the product wrote: `version` is the event's aggregate version.
 */

type ProductSnapshot = EventData<'product.created'>;

/** Records a product's price, names and status as the catalog announced them; keeps its stock as it is. */
export async function recordProduct(
  em: EntityManager,
  product: ProductSnapshot,
  version: number,
  at: Date,
): Promise<void> {
  if (!isUuid(product.productId)) return;
  await upsertIfNewer(
    em,
    BasketProduct,
    {
      id: product.productId,
      sku: product.sku,
      name: product.name,
      nameFr: product.nameFr,
      amount: product.price.amount,
      currency: product.price.currency,
      status: product.status,
      productVersion: version,
      updatedAt: at,
    },
    'productVersion',
  );
}

/** Marks a product withdrawn from sale: baskets holding it flag the line instead of dropping it. */
export async function recordProductArchived(
  em: EntityManager,
  productId: string,
  version: number,
  at: Date,
): Promise<void> {
  if (!isUuid(productId)) return;
  await updateIfNewer(
    em,
    BasketProduct,
    { id: productId },
    { status: 'ARCHIVED', productVersion: version, updatedAt: at },
    'productVersion',
  );
}

/** Records the units the catalog can still sell (advisory: checkout reserves the real stock). */
export async function recordStock(
  em: EntityManager,
  productId: string,
  available: number,
  version: number,
  at: Date,
): Promise<void> {
  if (!isUuid(productId)) return;
  await updateIfNewer(
    em,
    BasketProduct,
    { id: productId },
    { available: Math.max(0, available), stockVersion: version, updatedAt: at },
    'stockVersion',
  );
}
