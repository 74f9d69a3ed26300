import { z } from 'zod';

/**
 * Versioned contracts of the events Comptoir publishes. An event's `type` names what happened to
 * which aggregate; its `topic` is the aggregate type (one Kafka topic per aggregate type, keyed by
 * aggregate id). Every event carries its contract's `major.minor` (`version`, `minor`, default 0)
 * and its aggregate's version (commit order of that aggregate's events).
 *
 * Evolving a contract so subgraphs can be deployed one at a time, producer before or after consumers:
 * - An additive change (a new field, optional or not) bumps `minor`, and declares next to the
 *   contract an upcaster from the previous minor that fills the new field (`upcasters[oldMinor]`).
 *   A consumer reads an older minor through the upcasters (old producer, new consumer), and a newer
 *   minor of its major by dropping the fields it does not know (new producer, old consumer).
 * - Anything else (removing, renaming or retyping a field, narrowing what a field accepts) is a
 *   breaking change: it is a new event type (`product.updated_v2` beside `product.updated`), published
 *   beside the old one until no consumer reads the old type. `version` (the major) never changes
 *   in place; a consumer dead-letters a major it does not know.
 */
/** Minor units: zod's int() is a safe integer, so an amount never loses a unit in JSON. */
export const money = z.object({ amount: z.number().int().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) });

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

/** What a contract says; see the evolution rules at the top of this file. */
export interface EventContract {
  /** Aggregate type: the Kafka topic, keyed by aggregate id. */
  topic: string;
  /** The major version: changes only as a new event type, never in place. */
  version: number;
  /** Bumped by each additive change. */
  minor?: number;
  /** Only the newest minor's schema: older minors are read through `upcasters`. */
  data: z.ZodType<Record<string, unknown>>;
  /** `upcasters[m]` turns data of minor `m` into data of minor `m + 1` (fills what `m + 1` added). */
  upcasters?: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;
}

const role = z.enum(['CUSTOMER', 'SUPPORT_AGENT', 'ADMIN', 'PARTNER']);
/** The user's preferred language, for what Comptoir writes to them. */
export const languages = ['EN', 'FR'] as const;
const language = z.enum(languages);
/** 1.1 added `language`: accounts announced before it had English, the only language mail was written in. */
const languageFromEnglish = { 0: (data: Record<string, unknown>) => ({ ...data, language: 'EN' }) };
/** 1.1 added the parcel's carrier and tracking number: a parcel announced before them has neither known. */
const parcelUnknown = { 0: (data: Record<string, unknown>) => ({ ...data, carrier: null, trackingNumber: null }) };
/** A parcel's carrier and tracking number; null until the carrier created its label. */
const parcel = { carrier: z.string().nullable(), trackingNumber: z.string().nullable() };

export const eventContracts = {
  // Never a password hash, token or secret in a user event.
  'user.registered': {
    topic: 'user',
    version: 1,
    minor: 1,
    data: z.object({
      userId: z.string(),
      email: z.string(),
      name: z.string(),
      roles: z.array(role),
      language,
    }),
    upcasters: languageFromEnglish,
  },
  'user.updated': {
    topic: 'user',
    version: 1,
    minor: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string(), language }),
    upcasters: languageFromEnglish,
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
  // Partner organisations, keyed by organisation id: deliveries knows its carriers, catalog its
  // sellers, so staff assign work only to an organisation of the right kind.
  'partner_organization.created': {
    topic: 'partner_organization',
    version: 1,
    data: z.object({ organizationId: z.string(), name: z.string(), kind: z.enum(['CARRIER', 'SELLER']) }),
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
  // 1.1 added `number` (the customer's order number); an order placed before it is read with none.
  'order.placed': {
    topic: 'order',
    version: 1,
    minor: 1,
    data: z.object({
      orderId: z.string(),
      number: z.string().nullable(),
      customerId: z.string(),
      lines: z.array(orderLine).min(1),
      // The basket the order was placed from, at which version: baskets empties what was ordered.
      basketId: z.string().optional(),
      basketVersion: z.number().int().optional(),
    }),
    upcasters: { 0: (data: Record<string, unknown>) => ({ ...data, number: null }) },
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
  // `reason`: CUSTOMER_REQUEST, OUT_OF_STOCK (the saga's rejection), RESERVATION_TIMEOUT (no stock
  // decision or payment authentication in time), PAYMENT_DECLINED or ADMIN. Catalog releases the order's stock on it.
  'order.cancelled': { topic: 'order', version: 1, data: z.object({ orderId: z.string(), reason: z.string() }) },
  // The customer asks to cancel an order whose delivery exists: deliveries accepts before pickup
  // (`delivery.status_changed` to CANCELLED) or refuses after it (`delivery.cancellation_refused`).
  'order.cancellation_requested': { topic: 'order', version: 1, data: z.object({ orderId: z.string() }) },
  // 1.1 added the parcel, as the delivery that shipped the order announced it.
  'order.shipped': {
    topic: 'order',
    version: 1,
    minor: 1,
    data: z.object({ orderId: z.string(), ...parcel }),
    upcasters: parcelUnknown,
  },
  'order.delivered': { topic: 'order', version: 1, data: z.object({ orderId: z.string() }) },
  // Payments (orders' payments module), keyed by order id. Amounts are minor units of the order's
  // currency. Catalog reserves stock on `payment.authorized`, which carries the order's lines.
  'payment.authorized': {
    topic: 'payment',
    version: 1,
    data: z.object({
      orderId: z.string(),
      paymentId: z.string(),
      amount: money,
      lines: z.array(orderLine).min(1),
    }),
  },
  // `reason` is the provider's, e.g. card_declined, insufficient_funds.
  'payment.failed': {
    topic: 'payment',
    version: 1,
    data: z.object({ orderId: z.string(), paymentId: z.string(), reason: z.string() }),
  },
  'payment.captured': {
    topic: 'payment',
    version: 1,
    data: z.object({ orderId: z.string(), paymentId: z.string(), amount: money }),
  },
  'payment.voided': { topic: 'payment', version: 1, data: z.object({ orderId: z.string(), paymentId: z.string() }) },
  // Staff asked for a refund; orders' payments consumer makes it with the provider (`payment.refunded`).
  'payment.refund_requested': {
    topic: 'payment',
    version: 1,
    data: z.object({ orderId: z.string(), paymentId: z.string(), refundId: z.string(), amount: money }),
  },
  'payment.refunded': {
    topic: 'payment',
    version: 1,
    data: z.object({
      orderId: z.string(),
      paymentId: z.string(),
      refundId: z.string(),
      amount: money,
      reason: z.string(),
    }),
  },
  // Deliveries, keyed by order id (so a delivery's changes stay in order with its order's). 1.1
  // added the parcel, for orders to tell the customer how to follow it.
  'delivery.status_changed': {
    topic: 'delivery',
    version: 1,
    minor: 1,
    data: z.object({
      deliveryId: z.string(),
      orderId: z.string(),
      status: z.enum(deliveryStatuses),
      previousStatus: z.enum(deliveryStatuses).nullable(),
      occurredAt: z.string(),
      ...parcel,
    }),
    upcasters: parcelUnknown,
  },
  // A cancellation request came after pickup: the parcel travels on, `status` says where it is.
  'delivery.cancellation_refused': {
    topic: 'delivery',
    version: 1,
    data: z.object({ deliveryId: z.string(), orderId: z.string(), status: z.enum(deliveryStatuses) }),
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
} as const satisfies Record<string, EventContract>;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['data']>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
