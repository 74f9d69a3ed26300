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

/** A postal address as captured for shipping: an order keeps this snapshot whatever the book does later. */
export const postalAddress = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  phone: z.string().nullable(),
});

export const deliveryStatuses = [
  'PENDING',
  'LABEL_CREATED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'FAILED',
  'RETURNED',
  'CANCELLED',
] as const;

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
  // The address book, keyed by user id: orders keeps a copy to ship to an address by its id.
  'address.saved': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), addressId: z.string(), address: postalAddress }),
  },
  'address.removed': { topic: 'user', version: 1, data: z.object({ userId: z.string(), addressId: z.string() }) },
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
  // Baskets, keyed by basket id. `version` grows with every change; `items` is the whole basket after it.
  'basket.changed': {
    topic: 'basket',
    version: 1,
    data: z.object({
      basketId: z.string(),
      customerId: z.string().nullable(),
      version: z.number().int().nonnegative(),
      items: z.array(orderLine),
    }),
  },
  // Orders (published by the orders subgraph), keyed by order id.
  'order.placed': {
    topic: 'order',
    version: 1,
    data: z.object({
      orderId: z.string(),
      customerId: z.string(),
      lines: z.array(orderLine).min(1),
      // The basket the order was placed from, at which version: baskets empties what was ordered.
      basketId: z.string().optional(),
      basketVersion: z.number().int().optional(),
    }),
  },
  'order.confirmed': {
    topic: 'order',
    version: 1,
    data: z.object({
      orderId: z.string(),
      number: z.string(),
      customerId: z.string(),
      lines: z.array(orderLine).min(1),
      shippingAddress: postalAddress,
    }),
  },
  // `reason`: CUSTOMER_REQUEST, OUT_OF_STOCK (the saga's rejection) or ADMIN.
  'order.cancelled': { topic: 'order', version: 1, data: z.object({ orderId: z.string(), reason: z.string() }) },
  'order.shipped': { topic: 'order', version: 1, data: z.object({ orderId: z.string() }) },
  'order.delivered': { topic: 'order', version: 1, data: z.object({ orderId: z.string() }) },
  // Deliveries, keyed by order id (so a delivery's changes stay in order with its order's).
  'delivery.status_changed': {
    topic: 'delivery',
    version: 1,
    data: z.object({
      deliveryId: z.string(),
      orderId: z.string(),
      status: z.enum(deliveryStatuses),
      previousStatus: z.enum(deliveryStatuses).nullable(),
      occurredAt: z.string(),
    }),
  },
  // Support, keyed by ticket id. Bodies of internal notes never leave support.
  'ticket.opened': {
    topic: 'ticket',
    version: 1,
    data: z.object({
      ticketId: z.string(),
      number: z.string(),
      customerId: z.string().nullable(),
      orderId: z.string().nullable(),
      category: z.string(),
      priority: z.string(),
    }),
  },
  'ticket.message_added': {
    topic: 'ticket',
    version: 1,
    data: z.object({
      ticketId: z.string(),
      messageId: z.string(),
      authorRole: z.enum(['CUSTOMER', 'AGENT', 'CONTACT']),
      internal: z.boolean(),
    }),
  },
  'ticket.status_changed': {
    topic: 'ticket',
    version: 1,
    data: z.object({ ticketId: z.string(), status: z.string(), previousStatus: z.string().nullable() }),
  },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['data']>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
