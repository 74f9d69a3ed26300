import { OutboxMessage } from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import type { TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';

/*
 * Baskets on their own behind a router: what shoppers do through the API, and what the catalog
 * tells baskets, delivered as the catalog's events (each handled once `deliver` resolves).
 */

export type UserErrors = Array<{ field: string | null; code: string; message: string }>;
export interface Line {
  product: { id: string };
  quantity: number;
  unitPrice: { amount: number; currency: string };
  lineTotal: { amount: number; currency: string };
  problem: 'ARCHIVED' | 'INSUFFICIENT_STOCK' | 'CURRENCY_MISMATCH' | null;
  availableQuantity: number;
}
export interface BasketView {
  id: string;
  version: number;
  itemCount: number;
  subtotal: { amount: number; currency: string };
  items: Line[];
}
export interface Payload {
  basket: BasketView | null;
  basketToken: string | null;
  userErrors: UserErrors;
}
export type Options = { token?: string; headers?: Record<string, string> };

export const BASKET = `id version itemCount subtotal { amount currency }
  items { product { id } quantity unitPrice { amount currency } lineTotal { amount currency } problem availableQuantity }`;
const PAYLOAD = `basket { ${BASKET} } basketToken userErrors { field code message }`;

/** The basket API as a shopper's app calls it; every call must succeed at the GraphQL level. */
export function basketApi(t: () => TestPlatform) {
  const mutate = async (mutation: string, input: Record<string, unknown> | null, options: Options = {}) => {
    const inputType = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const response = await t().graphql<Record<string, Payload>>(
      input
        ? `mutation ($input: ${inputType}Input!) { ${mutation}(input: $input) { ${PAYLOAD} } }`
        : `mutation { ${mutation} { ${PAYLOAD} } }`,
      input ? { input } : {},
      options,
    );
    expect(response.body.errors).toBeUndefined();
    return { payload: response.body.data?.[mutation] as Payload, headers: response.headers };
  };
  return {
    mutate,
    add: (productId: string, quantity: number, options: Options = {}) =>
      mutate('addBasketItem', { productId, quantity }, options),
    update: (productId: string, quantity: number, options: Options = {}) =>
      mutate('updateBasketItemQuantity', { productId, quantity }, options),
    remove: (productId: string, options: Options = {}) => mutate('removeBasketItem', { productId }, options),
    readBasket: async (options: Options = {}) => {
      const { body } = await t().graphql<{ basket: BasketView | null }>(`{ basket { ${BASKET} } }`, {}, options);
      expect(body.errors).toBeUndefined();
      return body.data?.basket ?? null;
    },
  };
}

/** An app's anonymous shopper: the basket token in the header. */
export const withToken = (basketToken: string): Options => ({ headers: { 'x-basket-token': basketToken } });

export const lineOf = (basket: BasketView | null, productId: string) =>
  basket?.items.find((item) => item.product.id === productId);

/** A signed-in customer, as auth would issue their token. */
export async function newCustomer(t: TestPlatform): Promise<{ id: string; token: string }> {
  const id = uuidv7();
  return { id, token: await t.token({ sub: id, roles: ['CUSTOMER'] }) };
}

/** The catalog's side: products, prices, withdrawals and stock, announced as the catalog does. */
export function catalogEvents(t: () => TestPlatform) {
  const products = new Map<string, EventData<'product.created'>>();
  const setStock = (productId: string, available: number) =>
    t().deliver({
      type: 'stock.changed',
      subject: productId,
      data: { productId, onHand: available, reserved: 0, available },
    });
  return {
    setStock,
    /** A new product at `amount` minor units with `stock` units, known to baskets once this resolves. */
    async create(sku: string, amount = 1000, stock = 500, currency = 'EUR'): Promise<string> {
      const productId = uuidv7();
      const product = {
        productId,
        sku,
        name: `Candle ${sku}`,
        nameFr: `Bougie ${sku}`,
        price: { amount, currency },
        status: 'ACTIVE' as const,
      };
      products.set(productId, product);
      await t().deliver({ type: 'product.created', subject: productId, data: product });
      await setStock(productId, stock);
      return productId;
    },
    async setPrice(productId: string, amount: number, currency = 'EUR'): Promise<void> {
      const product = {
        ...(products.get(productId) as EventData<'product.created'>),
        price: { amount, currency },
      };
      products.set(productId, product);
      await t().deliver({ type: 'product.updated', subject: productId, data: product });
    },
    async archive(productId: string): Promise<void> {
      const sku = products.get(productId)?.sku as string;
      await t().deliver({ type: 'product.archived', subject: productId, data: { productId, sku } });
    },
  };
}

/** The basket's `basket.changed` events, oldest first, as its outbox holds them. */
export const basketEvents = (t: TestPlatform, basketId: string) =>
  t.em('baskets').find(OutboxMessage, { key: basketId, type: 'basket.changed' }, { orderBy: { position: 'asc' } });
