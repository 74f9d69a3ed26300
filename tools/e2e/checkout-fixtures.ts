import { createAccount } from '@comptoir/auth';
import { createProduct } from '@comptoir/catalog';
import { waitFor } from '@comptoir/kit';
import { BasketSnapshot, ProductPrice } from '@comptoir/orders';
import { productInput, shippingAddress, type TestPlatform, testCards } from '@comptoir/testing';
import { expect } from 'vitest';

/*
 * Orders made the way a shopper makes them, through the router: sign in, fill the basket
 * (baskets API), place the order from it (orders API). Events carry the basket, prices and stock
 * decisions between the subgraphs, so helpers wait where the platform is eventually consistent.
 */

/** What the checkout helpers need of a running platform: its subgraphs and a router client. */
export type CheckoutPlatform = Pick<TestPlatform, 'graphql' | 'em'>;

export interface Shopper {
  id: string;
  token: string;
}

export interface OrderLineRequest {
  productId: string;
  quantity: number;
}

type UserErrors = Array<{ field: string | null; code: string; message: string }>;

export const ORDER_FIELDS = /* GraphQL */ `
  id number status cancellationReason placedAt
  customer { id }
  subtotal { amount currency } shipping { amount currency } total { amount currency }
  shippingAddress { name line1 line2 postalCode city country phone }
  statusHistory { status at }
  lines { product { id } name sku quantity unitPrice { amount currency } lineTotal { amount currency }
          unavailability { reason availableQuantity } }
`;

/** Creates an account directly in auth (any roles) and signs it in through the router. */
export async function signUp(
  t: CheckoutPlatform,
  email: string,
  roles: Array<'CUSTOMER' | 'SUPPORT_AGENT' | 'ADMIN'> = ['CUSTOMER'],
  name = email.split('@')[0] as string,
): Promise<Shopper> {
  const password = 'a long password';
  const account = await t.em('auth').transactional((em) => createAccount(em, { email, name, password, roles }));
  return { id: account.id, token: await signIn(t, email, password) };
}

export async function signIn(t: CheckoutPlatform, email: string, password = 'a long password'): Promise<string> {
  const { body } = await t.graphql<{ login: { session: { accessToken: string } | null; userErrors: UserErrors } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code message } } }',
    { input: { email, password } },
  );
  const session = body.data?.login.session;
  if (!session) throw new Error(`cannot sign in ${email}: ${JSON.stringify(body)}`);
  return session.accessToken;
}

/**
 * Creates products in catalog (the given price, EUR unless said, and stock) and waits until orders
 * has their prices, so an order can be priced from them.
 */
export async function createProducts(
  t: CheckoutPlatform,
  products: Array<{ sku: string; amount?: number; stock?: number; currency?: string }>,
): Promise<string[]> {
  const em = t.em('catalog');
  const ids: string[] = [];
  for (const { sku, amount, stock, currency = 'EUR' } of products) {
    const input = productInput(sku, amount, stock);
    const { product } = await createProduct(
      { em, traceparent: undefined },
      { ...input, price: { amount: input.price.amount, currency } },
    );
    ids.push(product.id);
  }
  await waitFor(
    async () => (await t.em('orders').count(ProductPrice, { productId: { $in: ids } })) === ids.length,
    `orders knows the prices of ${products.map((product) => product.sku).join(', ')}`,
  );
  return ids;
}

/**
 * Adds the lines to the shopper's basket through the baskets API; resolves to the basket version
 * to pass to placeOrder. A product baskets has not heard of yet is retried until it has.
 */
export async function fillBasket(t: CheckoutPlatform, shopper: Shopper, lines: OrderLineRequest[]): Promise<number> {
  let version = -1;
  for (const line of lines) {
    await waitFor(async () => {
      const { body } = await t.graphql<{
        addBasketItem: { basket: { version: number } | null; userErrors: UserErrors };
      }>(
        'mutation ($input: AddBasketItemInput!) { addBasketItem(input: $input) { basket { version } userErrors { code message } } }',
        { input: line },
        { token: shopper.token },
      );
      const payload = body.data?.addBasketItem;
      if (payload?.basket) {
        version = payload.basket.version;
        return true;
      }
      if (payload?.userErrors[0]?.code === 'UNKNOWN_PRODUCT') return false;
      throw new Error(`cannot add ${line.productId} to the basket: ${JSON.stringify(body)}`);
    }, `baskets knows product ${line.productId}`);
  }
  return version;
}

/**
 * Waits until checkout's copy of the customer's basket reached `version`. It travels as an event,
 * and placeOrder waits for it only a few seconds before answering BASKET_OUT_OF_DATE (retryable):
 * on a loaded machine a test must not race that window.
 */
export async function awaitBasketAtCheckout(t: CheckoutPlatform, customerId: string, version: number): Promise<void> {
  await waitFor(
    async () => ((await t.em('orders').findOne(BasketSnapshot, { customerId }))?.version ?? -1) >= version,
    `checkout has version ${version} of the basket of ${customerId}`,
    60_000,
  );
}

/** Sends placeOrder (paid with the approved test card unless the input says otherwise) and returns its payload. */
export async function placeOrder(
  t: CheckoutPlatform,
  shopper: Shopper,
  input: Record<string, unknown>,
  options: { fields?: string; headers?: Record<string, string> } = {},
): Promise<{ order: OrderView | null; userErrors: UserErrors }> {
  const { body } = await t.graphql<{ placeOrder: { order: OrderView | null; userErrors: UserErrors } }>(
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { ${options.fields ?? ORDER_FIELDS} } userErrors { field code message } } }`,
    { input: { payment: { token: testCards.approved }, ...input } },
    { token: shopper.token, ...(options.headers ? { headers: options.headers } : {}) },
  );
  if (!body.data) throw new Error(`placeOrder failed: ${JSON.stringify(body.errors)}`);
  return body.data.placeOrder;
}

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

let keys = 0;
/** A fresh idempotency key: one per checkout attempt. */
export function idempotencyKey(): string {
  keys += 1;
  return `test-${Date.now()}-${keys}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The whole checkout: fills the basket, places the order (inline address unless given one) and
 * waits until baskets has taken the ordered lines out, so the next checkout starts from an empty
 * basket. Resolves to the placed order.
 */
export async function checkout(
  t: CheckoutPlatform,
  shopper: Shopper,
  lines: OrderLineRequest[],
  input: Record<string, unknown> = {},
): Promise<OrderView> {
  const basketVersion = await fillBasket(t, shopper, lines);
  await awaitBasketAtCheckout(t, shopper.id, basketVersion);
  const placed = await placeOrder(t, shopper, {
    shippingAddress,
    idempotencyKey: idempotencyKey(),
    basketVersion,
    ...input,
  });
  expect(placed.userErrors).toEqual([]);
  await waitFor(async () => (await basketItemCount(t, shopper)) === 0, 'baskets emptied the ordered basket');
  return placed.order as OrderView;
}

async function basketItemCount(t: CheckoutPlatform, shopper: Shopper): Promise<number> {
  const { body } = await t.graphql<{ basket: { items: unknown[] } | null }>(
    '{ basket { items { id } } }',
    {},
    { token: shopper.token },
  );
  return body.data?.basket?.items.length ?? 0;
}

/** Reads an order through the router as `viewer`; null when the viewer may not see it. */
export async function readOrder(
  t: CheckoutPlatform,
  viewer: Shopper | string,
  orderId: string,
  fields = ORDER_FIELDS,
): Promise<OrderView | null> {
  const token = typeof viewer === 'string' ? viewer : viewer.token;
  const { body } = await t.graphql<{ order: OrderView | null }>(
    `query ($id: ID!) { order(id: $id) { ${fields} } }`,
    { id: orderId },
    { token },
  );
  if (!body.data) throw new Error(`order(id) failed: ${JSON.stringify(body.errors)}`);
  return body.data.order;
}

/** Waits until the order reaches `status` (the saga runs on events) and returns it. */
export async function awaitOrderStatus(
  t: CheckoutPlatform,
  viewer: Shopper,
  orderId: string,
  status: string,
): Promise<OrderView> {
  let order: OrderView | null = null;
  await waitFor(async () => {
    order = await readOrder(t, viewer, orderId);
    return order?.status === status;
  }, `order ${orderId} is ${status}`);
  return order as unknown as OrderView;
}

/** A product's stock figures, as anyone reads them through the router. */
export async function stockOf(
  t: CheckoutPlatform,
  productId: string,
): Promise<{ onHand: number; reserved: number; available: number } | undefined> {
  const { body } = await t.graphql<{ product: { stock: { onHand: number; reserved: number; available: number } } }>(
    'query ($id: ID!) { product(id: $id) { stock { onHand reserved available } } }',
    { id: productId },
  );
  return body.data?.product.stock;
}
