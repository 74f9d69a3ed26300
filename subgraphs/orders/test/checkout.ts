import { randomUUID } from 'node:crypto';
import { waitFor } from '@comptoir/kit';
import { type OrdersGraphQL, Payment } from '@comptoir/orders';
import type { EventData } from '@comptoir/schema/events';
import { type TestPlatform, testCards } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';

/*
 * Orders on their own behind a router. What the other domains tell orders arrives as their events
 * (each handled once `deliver` resolves): catalog's products and stock decisions, the shopper's
 * basket as baskets announces it, deliveries' progress. Shoppers place and read orders through
 * the API with tokens as auth would issue them.
 */

export interface OrderLineRequest {
  productId: string;
  quantity: number;
}

/** A signed-in customer and their basket, as checkout last heard of it from baskets. */
export interface Shopper {
  id: string;
  token: string;
  basket: { id: string; version: number; items: Map<string, number> };
}

/** Where the orders below ship unless a test says otherwise. */
export const shippingAddress = {
  name: 'Camille Martin',
  line1: '8 quai des Chartrons',
  line2: null,
  postalCode: '33000',
  city: 'Bordeaux',
  country: 'FR',
  phone: '+33 5 56 00 00 00',
};

/** An order as the orders schema describes it (the fields a test selects are there). */
export type OrderView = OrdersGraphQL.Order;

const money = '{ amount currency }';
/** Every field of an order the orders subgraph answers by itself. */
export const orderFields = [
  'id number status cancellationReason placedAt customer { id }',
  `subtotal ${money} shipping ${money} total ${money}`,
  'shippingAddress { name line1 line2 postalCode city country phone } statusHistory { status at }',
  `lines { product { id } name sku quantity unitPrice ${money} lineTotal ${money}`,
  'unavailability { reason availableQuantity } }',
].join(' ');

/** Scopes auth grants each staff role (README, "Authorization"). */
export const staffScopes = {
  SUPPORT_AGENT: 'orders:read support:agent users:read',
  ADMIN: 'catalog:write deliveries:write orders:admin orders:read support:admin support:agent users:admin users:read',
} as const;

/** A token for a new user with `role` and the scopes auth grants it. */
export async function staffToken(t: TestPlatform, role: keyof typeof staffScopes): Promise<string> {
  return t.token({ sub: uuidv7(), roles: [role], scope: staffScopes[role] });
}

export async function newShopper(t: TestPlatform): Promise<Shopper> {
  const id = uuidv7();
  const token = await t.token({ sub: id, roles: ['CUSTOMER'] });
  return { id, token, basket: { id: uuidv7(), version: 0, items: new Map() } };
}

/** Products announced by catalog (`product.created`, EUR unless said), priced in orders once this resolves. */
export async function announceProducts(
  t: TestPlatform,
  products: Array<{ sku: string; amount: number; currency?: string }>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const { sku, amount, currency = 'EUR' } of products) {
    const productId = uuidv7();
    const name = `Product ${sku}`;
    const nameFr = `Produit ${sku}`;
    const data = { productId, sku, name, nameFr, price: { amount, currency }, status: 'ACTIVE' as const };
    await t.deliver({ type: 'product.created', subject: productId, data });
    ids.push(productId);
  }
  return ids;
}

/** Announces the shopper's basket as baskets does after a change (`basket.changed`, next version). */
async function announceBasket(t: TestPlatform, shopper: Shopper): Promise<number> {
  const { basket } = shopper;
  basket.version += 1;
  const items = [...basket.items].map(([productId, quantity]) => ({ productId, quantity }));
  await t.deliver({
    type: 'basket.changed',
    subject: basket.id,
    data: { basketId: basket.id, customerId: shopper.id, version: basket.version, items },
    source: '/comptoir/baskets',
  });
  return basket.version;
}

/** Adds the lines to the shopper's basket; resolves to the basket version to pass to placeOrder. */
export function fillBasket(t: TestPlatform, shopper: Shopper, lines: OrderLineRequest[]): Promise<number> {
  for (const { productId, quantity } of lines) {
    shopper.basket.items.set(productId, (shopper.basket.items.get(productId) ?? 0) + quantity);
  }
  return announceBasket(t, shopper);
}

type OrderPayload = {
  order: OrderView | null;
  userErrors: Array<{ field: string | null; code: string; message?: string }>;
};

/** Sends an order mutation as the holder of `token`, selecting `fields` of the order and `errors` of each userError. */
async function orderMutation(
  t: TestPlatform,
  mutation: 'placeOrder' | 'cancelOrder',
  input: Record<string, unknown>,
  selection: { token: string; fields: string; errors: string; headers?: Record<string, string> },
): Promise<OrderPayload> {
  const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  const { body } = await t.graphql<Record<string, OrderPayload>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { order { ${selection.fields} } userErrors { ${selection.errors} } } }`,
    { input },
    { token: selection.token, headers: selection.headers ?? {} },
  );
  const payload = body.data?.[mutation];
  if (!payload) throw new Error(`${mutation} failed: ${JSON.stringify(body.errors)}`);
  return payload;
}

/** placeOrder as the shopper, paid with the approved test card unless `input` says otherwise; userErrors with their messages. */
export const placeOrder = (
  t: TestPlatform,
  shopper: Shopper,
  input: Record<string, unknown>,
  options: { fields?: string; headers?: Record<string, string> } = {},
) =>
  orderMutation(
    t,
    'placeOrder',
    { payment: { token: testCards.approved }, ...input },
    {
      token: shopper.token,
      fields: options.fields ?? orderFields,
      errors: 'field code message',
      ...(options.headers ? { headers: options.headers } : {}),
    },
  );

export const cancelOrder = (t: TestPlatform, shopper: Shopper, orderId: string) =>
  orderMutation(
    t,
    'cancelOrder',
    { orderId },
    { token: shopper.token, fields: 'id status cancellationReason', errors: 'field code' },
  );

/** A fresh idempotency key: one per checkout attempt. */
export const idempotencyKey = () => `checkout-${randomUUID()}`;

/**
 * A whole checkout: the lines go into the basket, the order is placed from it (to `shippingAddress`
 * unless `input` says otherwise), then baskets' answer to `order.placed` empties the basket, so the
 * shopper's next checkout starts afresh. Resolves to the placed order.
 */
export async function checkout(
  t: TestPlatform,
  shopper: Shopper,
  lines: OrderLineRequest[],
  input: Record<string, unknown> = {},
): Promise<OrderView> {
  const basketVersion = await fillBasket(t, shopper, lines);
  const { order, userErrors } = await placeOrder(t, shopper, {
    shippingAddress,
    idempotencyKey: idempotencyKey(),
    basketVersion,
    ...input,
  });
  expect(userErrors).toEqual([]);
  shopper.basket.items.clear();
  await announceBasket(t, shopper);
  return order as OrderView;
}

/** `order(id)` through the router as the holder of `token`: null when they may not see it. */
export async function readOrder(t: TestPlatform, token: string, orderId: string, fields = orderFields) {
  const query = `query ($id: ID!) { order(id: $id) { ${fields} } }`;
  const { body } = await t.graphql<{ order: OrderView | null }>(query, { id: orderId }, { token });
  expect(body.errors).toBeUndefined();
  return body.data?.order ?? null;
}

/**
 * Orders' payments consumer handled the order's authorization (authorized, or closed because the
 * order was cancelled first): catalog's answer to a `payment.authorized` comes after this.
 */
export async function paymentDecided(t: TestPlatform, orderId: string): Promise<void> {
  await waitFor(
    async () => ((await t.em('orders').findOne(Payment, { orderId }))?.status ?? 'PENDING') !== 'PENDING',
    `the payment of order ${orderId} is decided`,
  );
}

/** Catalog reserved the order's stock (`stock.reserved`) once its payment was authorized: the saga's go-ahead. */
export async function reserveStock(t: TestPlatform, order: OrderView): Promise<string> {
  await paymentDecided(t, order.id);
  const lines = order.lines.map((line) => ({ productId: line.product.id, quantity: line.quantity }));
  const event = await t.deliver({
    type: 'stock.reserved',
    subject: order.id,
    data: { orderId: order.id, lines },
    source: '/comptoir/catalog',
  });
  return event.id;
}

/** Catalog could not serve the order (`stock.rejected`), saying why line by line. */
export async function rejectStock(t: TestPlatform, rejection: EventData<'stock.rejected'>): Promise<void> {
  await paymentDecided(t, rejection.orderId);
  await t.deliver({ type: 'stock.rejected', subject: rejection.orderId, data: rejection, source: '/comptoir/catalog' });
}

export const statuses = (order: OrderView) => order.statusHistory.map((change) => change.status);
