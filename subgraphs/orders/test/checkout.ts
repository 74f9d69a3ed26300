import type { EventData } from '@comptoir/schema/events';
import type { TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';

/*
 * Orders on their own behind a router. What the other domains tell orders arrives as their events
 * (each handled once `deliver` resolves): catalog's products and stock decisions, the shopper's
 * basket as baskets announces it, deliveries' progress. Shoppers place and read orders through
 * the API with tokens as auth would issue them.
 */

type UserErrors = Array<{ field: string | null; code: string; message: string }>;

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

export const shippingAddress = {
  name: 'Léa Dubois',
  line1: '12 rue des Lilas',
  line2: null,
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  phone: '+33 1 23 45 67 89',
};

export const ORDER_FIELDS = /* GraphQL */ `
  id number status cancellationReason placedAt
  customer { id }
  subtotal { amount currency } shipping { amount currency } total { amount currency }
  shippingAddress { name line1 line2 postalCode city country phone }
  statusHistory { status at }
  lines { product { id } name sku quantity unitPrice { amount currency } lineTotal { amount currency }
          unavailability { reason availableQuantity } }
`;

/** An order as ORDER_FIELDS selects it. */
export interface OrderView {
  id: string;
  number: string;
  status: string;
  cancellationReason: string | null;
  placedAt: string;
  customer: { id: string };
  subtotal: Money;
  shipping: Money;
  total: Money;
  shippingAddress: typeof shippingAddress;
  statusHistory: Array<{ status: string; at: string }>;
  lines: Array<{
    product: { id: string };
    name: string;
    sku: string;
    quantity: number;
    unitPrice: Money;
    lineTotal: Money;
    unavailability: { reason: string; availableQuantity: number } | null;
  }>;
}
interface Money {
  amount: number;
  currency: string;
}

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

/** Products announced by catalog (`product.created`, EUR), priced in orders once this resolves. */
export async function announceProducts(
  t: TestPlatform,
  products: Array<{ sku: string; amount: number }>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const { sku, amount } of products) {
    const productId = uuidv7();
    const name = `Product ${sku}`;
    const nameFr = `Produit ${sku}`;
    const data = { productId, sku, name, nameFr, price: { amount, currency: 'EUR' }, status: 'ACTIVE' as const };
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

/** Sends placeOrder (an inline address unless the input says otherwise) and returns its payload. */
export async function placeOrder(
  t: TestPlatform,
  shopper: Shopper,
  input: Record<string, unknown>,
  options: { fields?: string; headers?: Record<string, string> } = {},
): Promise<{ order: OrderView | null; userErrors: UserErrors }> {
  const { body } = await t.graphql<{ placeOrder: { order: OrderView | null; userErrors: UserErrors } }>(
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { ${options.fields ?? ORDER_FIELDS} } userErrors { field code message } } }`,
    { input },
    { token: shopper.token, ...(options.headers ? { headers: options.headers } : {}) },
  );
  if (!body.data) throw new Error(`placeOrder failed: ${JSON.stringify(body.errors)}`);
  return body.data.placeOrder;
}

let keys = 0;
/** A fresh idempotency key: one per checkout attempt. */
export function idempotencyKey(): string {
  keys += 1;
  return `test-${Date.now()}-${keys}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The whole checkout: fills the basket, places the order (inline address unless given one), then
 * empties the basket as baskets does on `order.placed`, so the next checkout starts from an empty
 * basket. Resolves to the placed order.
 */
export async function checkout(
  t: TestPlatform,
  shopper: Shopper,
  lines: OrderLineRequest[],
  input: Record<string, unknown> = {},
): Promise<OrderView> {
  const basketVersion = await fillBasket(t, shopper, lines);
  const placed = await placeOrder(t, shopper, {
    shippingAddress,
    idempotencyKey: idempotencyKey(),
    basketVersion,
    ...input,
  });
  expect(placed.userErrors).toEqual([]);
  shopper.basket.items.clear();
  await announceBasket(t, shopper);
  return placed.order as OrderView;
}

/** Reads an order through the router as the holder of `token`; null when they may not see it. */
export async function readOrder(
  t: TestPlatform,
  token: string,
  orderId: string,
  fields = ORDER_FIELDS,
): Promise<OrderView | null> {
  const { body } = await t.graphql<{ order: OrderView | null }>(
    `query ($id: ID!) { order(id: $id) { ${fields} } }`,
    { id: orderId },
    { token },
  );
  if (!body.data) throw new Error(`order(id) failed: ${JSON.stringify(body.errors)}`);
  return body.data.order;
}

export async function cancelOrder(t: TestPlatform, shopper: Shopper, orderId: string) {
  const { body } = await t.graphql<{
    cancelOrder: {
      order: { id: string; status: string; cancellationReason: string | null } | null;
      userErrors: Array<{ field: string | null; code: string }>;
    };
  }>(
    'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { order { id status cancellationReason } userErrors { field code } } }',
    { id: orderId },
    { token: shopper.token },
  );
  return body.data?.cancelOrder;
}

/** Catalog reserved the order's stock (`stock.reserved`): the saga's go-ahead. */
export async function reserveStock(t: TestPlatform, order: OrderView): Promise<string> {
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
  await t.deliver({ type: 'stock.rejected', subject: rejection.orderId, data: rejection, source: '/comptoir/catalog' });
}

export const statuses = (order: OrderView) => order.statusHistory.map((change) => change.status);
