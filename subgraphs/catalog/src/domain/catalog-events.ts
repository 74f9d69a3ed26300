import { recordEvent } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Product } from './product.ts';

/** What other domains keep of a product (orders prices from it). */
export function productSnapshot(product: Product) {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.nameEn,
    nameFr: product.nameFr,
    price: { amount: product.priceAmount, currency: product.priceCurrency },
    status: product.status,
  };
}

/** Queues `product.updated` with the product as it is now. */
export function recordProductUpdated(em: EntityManager, product: Product, traceparent?: string) {
  recordEvent(em, { type: 'product.updated', subject: product.id, data: productSnapshot(product), traceparent });
}

export function recordStockChanged(
  em: EntityManager,
  product: Pick<Product, 'id' | 'stockOnHand' | 'stockReserved'>,
  traceparent?: string,
) {
  recordEvent(em, {
    type: 'stock.changed',
    subject: product.id,
    data: {
      productId: product.id,
      onHand: product.stockOnHand,
      reserved: product.stockReserved,
      available: product.stockOnHand - product.stockReserved,
    },
    traceparent,
  });
}
