import { execute, isUuid } from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The price read model, fed by the catalog's product events (one product's events arrive in
 * order, keyed by its id). Each change is one statement that sets only what the event knows.
 */

type ProductSnapshot = EventData<'product.created'>;

/** Records a product's price, names and status as the catalog announced them; keeps its stock as it is. */
export async function recordProduct(em: EntityManager, product: ProductSnapshot, at: Date): Promise<void> {
  if (!isUuid(product.productId)) return;
  await execute(
    em,
    `insert into baskets.basket_product (id, sku, name, name_fr, amount, currency, status, available, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, null, ?)
     on conflict (id) do update set sku = excluded.sku, name = excluded.name, name_fr = excluded.name_fr,
       amount = excluded.amount, currency = excluded.currency, status = excluded.status,
       updated_at = excluded.updated_at`,
    [
      product.productId,
      product.sku,
      product.name,
      product.nameFr,
      product.price.amount,
      product.price.currency,
      product.status,
      at,
    ],
  );
}

/** Marks a product withdrawn from sale: baskets holding it flag the line instead of dropping it. */
export async function recordProductArchived(em: EntityManager, productId: string, at: Date): Promise<void> {
  if (!isUuid(productId)) return;
  await execute(em, `update baskets.basket_product set status = 'ARCHIVED', updated_at = ? where id = ?`, [
    at,
    productId,
  ]);
}

/** Records the units the catalog can still sell (advisory: checkout reserves the real stock). */
export async function recordStock(em: EntityManager, productId: string, available: number, at: Date): Promise<void> {
  if (!isUuid(productId)) return;
  await execute(em, 'update baskets.basket_product set available = ?, updated_at = ? where id = ?', [
    Math.max(0, available),
    at,
    productId,
  ]);
}
