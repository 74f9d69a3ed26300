import { z } from 'zod';

/**
 * Versioned contracts of the events Comptoir publishes. An event's `type` names what happened to
 * which aggregate; its `topic` is the aggregate type (one Kafka topic per aggregate type, keyed by
 * aggregate id); `version` changes only on a breaking change to `data`, and a new version is added
 * beside the old one until every consumer has moved.
 */
export const money = z.object({ amount: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });

const productSnapshot = z.object({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  nameFr: z.string(),
  price: money,
  status: z.enum(['ACTIVE', 'ARCHIVED']),
});

const orderLine = z.object({ productId: z.string(), quantity: z.number().int().positive() });

const role = z.enum(['CUSTOMER', 'SUPPORT_AGENT', 'ADMIN', 'PARTNER']);

export const eventContracts = {
  // Never a password hash, token or secret in a user event.
  'user.registered': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string(), roles: z.array(role) }),
  },
  'user.updated': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string() }),
  },
  'user.roles_changed': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), roles: z.array(role), changedBy: z.string() }),
  },
  // Catalog. `name` is the English name, `nameFr` the French one.
  'product.created': { topic: 'product', version: 1, data: productSnapshot },
  'product.updated': { topic: 'product', version: 1, data: productSnapshot },
  'product.archived': { topic: 'product', version: 1, data: z.object({ productId: z.string(), sku: z.string() }) },
  'stock.changed': {
    topic: 'product',
    version: 1,
    data: z.object({
      productId: z.string(),
      onHand: z.number().int(),
      reserved: z.number().int(),
      available: z.number().int(),
    }),
  },
  // The checkout saga: orders places, catalog reserves or rejects, keyed by order id.
  'stock.reserved': {
    topic: 'reservation',
    version: 1,
    data: z.object({ orderId: z.string(), lines: z.array(orderLine) }),
  },
  'stock.rejected': {
    topic: 'reservation',
    version: 1,
    data: z.object({
      orderId: z.string(),
      lines: z.array(
        orderLine.extend({
          available: z.number().int(),
          reason: z.enum(['OUT_OF_STOCK', 'UNKNOWN_PRODUCT', 'ARCHIVED']).nullable(),
        }),
      ),
    }),
  },
  // Orders (published by the orders subgraph).
  'order.placed': {
    topic: 'order',
    version: 1,
    data: z.object({ orderId: z.string(), customerId: z.string(), lines: z.array(orderLine).min(1) }),
  },
  'order.cancelled': { topic: 'order', version: 1, data: z.object({ orderId: z.string(), reason: z.string() }) },
  'order.shipped': { topic: 'order', version: 1, data: z.object({ orderId: z.string() }) },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['data']>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
