import {
  execute,
  hasScope,
  isUuid,
  type RequestContext,
  recordEvent,
  requireClaims,
  UserInputError,
} from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { Basket, maxBasketLines, maxLineQuantity } from './basket.ts';
import { BasketProduct } from './basket-product.ts';
import { hashBasketToken, newBasketToken } from './basket-token.ts';
import { productArrival } from './product-arrival.ts';

/*
 * The basket rules. Every change runs in one transaction that first bumps the basket's version (the
 * row lock serialises the writers of one basket), then changes lines with single conditional
 * statements — a quantity is never read, changed in memory and written back — then announces the
 * whole basket (`basket.changed`) through the outbox.
 */

/** Who is shopping: a signed-in customer (claims), else an anonymous visitor and the token they hold. */
export interface ShopperContext extends Pick<RequestContext, 'em' | 'claims' | 'traceparent'> {
  /** The anonymous basket's token the caller sent; ignored for a signed-in caller except by mergeBasket. */
  basketToken: string | undefined;
}

export interface BasketChange {
  basket: Basket;
  /** A token issued by this change (an anonymous shopper's first item); null otherwise. */
  basketToken: string | null;
}

interface Line {
  productId: string;
  quantity: number;
}

/** The caller's active basket: a signed-in customer's own, else the one the token names; null if none. */
export async function findShopperBasket(ctx: ShopperContext): Promise<Basket | null> {
  if (ctx.claims) return ctx.em.findOne(Basket, { customerId: ctx.claims.sub });
  if (ctx.basketToken) return ctx.em.findOne(Basket, { tokenHash: hashBasketToken(ctx.basketToken) });
  return null;
}

/** A customer's basket is seen by the customer themself and by staff (`orders:read`), nobody else. */
export function mayReadBasketOf(ctx: Pick<RequestContext, 'claims'>, customerId: string): boolean {
  return ctx.claims?.sub === customerId || hasScope(ctx, 'orders:read');
}

/** A basket is seen by whoever may read its customer's, or, when anonymous, by the holder of its token. */
export function mayReadBasket(ctx: ShopperContext, basket: Basket): boolean {
  if (basket.customerId) return mayReadBasketOf(ctx, basket.customerId);
  return ctx.basketToken !== undefined && basket.tokenHash === hashBasketToken(ctx.basketToken);
}

/**
 * Adds units of a product, creating the basket when needed (and, for an anonymous caller without
 * a basket, the token that will name it). Refuses a line above 999 units or above the stock the
 * catalog last announced, a 101st line, and a product priced in another currency than the basket.
 */
export async function addBasketItem(
  ctx: ShopperContext,
  input: { productId: string; quantity?: number | null },
): Promise<BasketChange> {
  const quantity = validQuantity(input.quantity ?? 1);
  if ((await productArrival(ctx.em, input.productId)) === 'late') throw errors.notYetAvailable();
  return ctx.em.transactional(async (em) => {
    const product = await orderableProduct(em, input.productId);
    const opened = await openBasket(em, ctx);
    const basket = await changeBasket(em, ctx, opened.basketId, async (version) => {
      const others = await otherLines(em, opened.basketId, product.id);
      if (!others.hasLine && others.count >= maxBasketLines) throw errors.tooManyLines();
      if (others.currency && others.currency !== product.currency) throw errors.currencyMismatch(others.currency);
      const [line] = await execute<{ quantity: number }>(
        em,
        `insert into baskets.basket_item (id, basket_id, product_id, quantity, changed_at_version, added_at, updated_at)
         values (?, ?, ?, ?, ?, now(), now())
         on conflict (basket_id, product_id) do update set quantity = basket_item.quantity + excluded.quantity,
           changed_at_version = excluded.changed_at_version, updated_at = excluded.updated_at
         where basket_item.quantity + excluded.quantity <= ?
         returning quantity`,
        [uuidv7(), opened.basketId, product.id, quantity, version, maxLineQuantity],
      );
      if (!line) throw errors.quantityTooHigh();
      assertInStock(product, line.quantity);
    });
    return { basket, basketToken: opened.basketToken };
  });
}

/** Sets a line's quantity (1 to 999, within the stock last announced). */
export async function updateBasketItemQuantity(
  ctx: ShopperContext,
  input: { productId: string; quantity: number },
): Promise<BasketChange> {
  const quantity = validQuantity(input.quantity);
  return ctx.em.transactional(async (em) => {
    const basketId = await existingBasketId(em, ctx);
    if (!basketId || !isUuid(input.productId)) throw errors.notInBasket();
    const product = await em.findOne(BasketProduct, { id: input.productId });
    const basket = await changeBasket(em, ctx, basketId, async (version) => {
      const [line] = await execute<{ quantity: number }>(
        em,
        `update baskets.basket_item set quantity = ?, changed_at_version = ?, updated_at = now()
         where basket_id = ? and product_id = ? returning quantity`,
        [quantity, version, basketId, input.productId],
      );
      if (!line) throw errors.notInBasket();
      if (!product || product.status === 'ARCHIVED') throw errors.archived();
      assertInStock(product, quantity);
    });
    return { basket, basketToken: null };
  });
}

/** Takes a product out of the basket. */
export async function removeBasketItem(ctx: ShopperContext, input: { productId: string }): Promise<BasketChange> {
  return ctx.em.transactional(async (em) => {
    const basketId = await existingBasketId(em, ctx);
    if (!basketId || !isUuid(input.productId)) throw errors.notInBasket();
    const basket = await changeBasket(em, ctx, basketId, async () => {
      const removed = await execute(
        em,
        'delete from baskets.basket_item where basket_id = ? and product_id = ? returning id',
        [basketId, input.productId],
      );
      if (removed.length === 0) throw errors.notInBasket();
    });
    return { basket, basketToken: null };
  });
}

/** Empties the caller's basket; without one, there is nothing to do and no basket to return. */
export async function clearBasket(ctx: ShopperContext): Promise<{ basket: Basket | null; basketToken: null }> {
  return ctx.em.transactional(async (em) => {
    const basketId = await existingBasketId(em, ctx);
    if (!basketId) return { basket: null, basketToken: null };
    const basket = await changeBasket(em, ctx, basketId, async () => {
      await execute(em, 'delete from baskets.basket_item where basket_id = ?', [basketId]);
    });
    return { basket, basketToken: null };
  });
}

/**
 * After sign-in: moves the anonymous basket named by the token (the input's, else the one the
 * caller sent) into the customer's basket, adding up quantities of the same product (at most 999),
 * and deletes the anonymous basket, so its token names nothing any more. Refused, both baskets
 * left as they were, when the result would hold more than 100 lines or two currencies.
 */
export async function mergeBasket(
  ctx: ShopperContext,
  input: { basketToken?: string | null },
): Promise<{ basket: Basket; basketToken: null }> {
  const claims = requireClaims(ctx);
  const token = input.basketToken || ctx.basketToken;
  if (!token) throw errors.basketNotFound();
  return ctx.em.transactional(async (em) => {
    // Locks the anonymous basket: its writers wait, then find it gone.
    const [anonymous] = await execute<{ id: string; version: number }>(
      em,
      'select id, version from baskets.basket where token_hash = ? for update',
      [hashBasketToken(token)],
    );
    if (!anonymous) throw errors.basketNotFound();
    const lines = await linesOf(em, anonymous.id);
    const basketId = await customerBasketId(em, claims.sub);
    const basket = await changeBasket(em, ctx, basketId, async (version) => {
      if (lines.length === 0) return;
      await assertMergeable(em, basketId, anonymous.id);
      const rows = lines.map((line) => ({ id: uuidv7(), product_id: line.productId, quantity: line.quantity }));
      await execute(
        em,
        `insert into baskets.basket_item (id, basket_id, product_id, quantity, changed_at_version, added_at, updated_at)
         select line.id, ?, line.product_id, least(line.quantity, ?), ?, now(), now()
         from jsonb_to_recordset(?::jsonb) as line(id uuid, product_id uuid, quantity int)
         on conflict (basket_id, product_id) do update
           set quantity = least(basket_item.quantity + excluded.quantity, ?),
               changed_at_version = excluded.changed_at_version, updated_at = excluded.updated_at`,
        [basketId, maxLineQuantity, version, JSON.stringify(rows), maxLineQuantity],
      );
      const [merged] = await execute<{ count: number }>(
        em,
        'select count(*)::int as count from baskets.basket_item where basket_id = ?',
        [basketId],
      );
      if ((merged?.count ?? 0) > maxBasketLines) throw errors.tooManyLines('input.basketToken');
    });
    await execute(em, 'delete from baskets.basket where id = ?', [anonymous.id]);
    recordEvent(em, {
      type: 'basket.changed',
      subject: anonymous.id,
      data: { basketId: anonymous.id, customerId: null, version: anonymous.version + 1, items: [] },
      traceparent: ctx.traceparent,
    });
    return { basket, basketToken: null };
  });
}

/**
 * Checkout's part: once an order was placed from a basket at `basketVersion`, removes the lines
 * last changed at or before that version — lines added or changed since stay. Takes a transactional
 * EntityManager (the consumer's). An unknown basket, another customer's, or nothing left to remove
 * is a no-op. Returns the number of lines removed.
 */
export async function clearOrderedItems(
  em: EntityManager,
  order: { customerId: string; basketId?: string | undefined; basketVersion?: number | undefined },
  traceparent: string | undefined,
): Promise<number> {
  const { basketId, basketVersion } = order;
  if (!basketId || basketVersion === undefined || !isUuid(basketId)) return 0;
  const [basket] = await execute<{ id: string; customer_id: string | null }>(
    em,
    'select id, customer_id from baskets.basket where id = ? for update',
    [basketId],
  );
  if (!basket || basket.customer_id !== order.customerId) return 0;
  const removed = await execute(
    em,
    'delete from baskets.basket_item where basket_id = ? and changed_at_version <= ? returning id',
    [basketId, basketVersion],
  );
  if (removed.length > 0) await changeBasket(em, { traceparent }, basketId, async () => {});
  return removed.length;
}

/**
 * Bumps the basket's version (locking its row until commit), applies `change` at that version,
 * and records `basket.changed` with the lines as they are after it. Returns the basket as stored.
 */
async function changeBasket(
  em: EntityManager,
  ctx: Pick<ShopperContext, 'traceparent'>,
  basketId: string,
  change: (version: number) => Promise<void>,
): Promise<Basket> {
  const [bumped] = await execute<{ version: number; customer_id: string | null }>(
    em,
    'update baskets.basket set version = version + 1, updated_at = now() where id = ? returning version, customer_id',
    [basketId],
  );
  // Gone between finding and locking it: merged into a customer's basket meanwhile.
  if (!bumped) throw errors.basketNotFound(null);
  await change(bumped.version);
  recordEvent(em, {
    type: 'basket.changed',
    subject: basketId,
    data: { basketId, customerId: bumped.customer_id, version: bumped.version, items: await linesOf(em, basketId) },
    traceparent: ctx.traceparent,
  });
  return em.findOneOrFail(Basket, { id: basketId }, { refresh: true });
}

/** The caller's basket to add to, created when missing; a new anonymous one comes with its token. */
async function openBasket(
  em: EntityManager,
  ctx: ShopperContext,
): Promise<{ basketId: string; basketToken: string | null }> {
  if (ctx.claims) return { basketId: await customerBasketId(em, ctx.claims.sub), basketToken: null };
  const existing = ctx.basketToken ? await anonymousBasketId(em, ctx.basketToken) : null;
  if (existing) return { basketId: existing, basketToken: null };
  // No token, or one that names no basket (merged, or never issued): a fresh basket and token.
  const basketToken = newBasketToken();
  const [created] = await execute<{ id: string }>(
    em,
    `insert into baskets.basket (id, customer_id, token_hash, version, created_at, updated_at)
     values (?, null, ?, 0, now(), now()) returning id`,
    [uuidv7(), hashBasketToken(basketToken)],
  );
  return { basketId: (created as { id: string }).id, basketToken };
}

/** The customer's one basket, created when missing; concurrent first writes still make only one. */
async function customerBasketId(em: EntityManager, customerId: string): Promise<string> {
  await execute(
    em,
    `insert into baskets.basket (id, customer_id, token_hash, version, created_at, updated_at)
     values (?, ?, null, 0, now(), now()) on conflict (customer_id) do nothing`,
    [uuidv7(), customerId],
  );
  const [row] = await execute<{ id: string }>(em, 'select id from baskets.basket where customer_id = ?', [customerId]);
  return (row as { id: string }).id;
}

async function anonymousBasketId(em: EntityManager, token: string): Promise<string | null> {
  const [row] = await execute<{ id: string }>(em, 'select id from baskets.basket where token_hash = ?', [
    hashBasketToken(token),
  ]);
  return row?.id ?? null;
}

async function existingBasketId(em: EntityManager, ctx: ShopperContext): Promise<string | null> {
  if (ctx.claims) {
    const [row] = await execute<{ id: string }>(em, 'select id from baskets.basket where customer_id = ?', [
      ctx.claims.sub,
    ]);
    return row?.id ?? null;
  }
  return ctx.basketToken ? anonymousBasketId(em, ctx.basketToken) : null;
}

async function linesOf(em: EntityManager, basketId: string): Promise<Line[]> {
  const rows = await execute<{ product_id: string; quantity: number }>(
    em,
    'select product_id, quantity from baskets.basket_item where basket_id = ? order by added_at, id',
    [basketId],
  );
  return rows.map((row) => ({ productId: row.product_id, quantity: row.quantity }));
}

/**
 * What a new line must agree with, read under the basket's lock: how many lines the basket holds,
 * whether one is `productId`'s, and the currency of its oldest other line still for sale.
 */
async function otherLines(
  em: EntityManager,
  basketId: string,
  productId: string,
): Promise<{ count: number; hasLine: boolean; currency: string | null }> {
  const [row] = await execute<{ count: number; has_line: boolean | null; currency: string | null }>(
    em,
    `select count(*)::int as count, bool_or(i.product_id = ?) as has_line,
       (array_agg(p.currency order by i.added_at, i.id)
         filter (where p.status = 'ACTIVE' and i.product_id <> ?))[1] as currency
     from baskets.basket_item i left join baskets.basket_product p on p.id = i.product_id
     where i.basket_id = ?`,
    [productId, productId, basketId],
  );
  return { count: row?.count ?? 0, hasLine: row?.has_line ?? false, currency: row?.currency ?? null };
}

/** The anonymous basket's products for sale are all in the customer's basket's currency, if it has one. */
async function assertMergeable(em: EntityManager, customerBasketId: string, anonymousBasketId: string) {
  const [row] = await execute<{ currency: string; mismatch: boolean }>(
    em,
    `select basket.currency, exists (
       select 1 from baskets.basket_item i join baskets.basket_product p on p.id = i.product_id
       where i.basket_id = ? and p.status = 'ACTIVE' and p.currency <> basket.currency) as mismatch
     from (select p.currency from baskets.basket_item i join baskets.basket_product p on p.id = i.product_id
           where i.basket_id = ? and p.status = 'ACTIVE' order by i.added_at, i.id limit 1) basket`,
    [anonymousBasketId, customerBasketId],
  );
  if (row?.mismatch) throw errors.currencyMismatch(row.currency, 'input.basketToken');
}

/** The product as the read model knows it, if it is for sale. */
async function orderableProduct(em: EntityManager, productId: string): Promise<BasketProduct> {
  const product = isUuid(productId) ? await em.findOne(BasketProduct, { id: productId }, { refresh: true }) : null;
  if (!product) throw errors.unknownProduct();
  if (product.status === 'ARCHIVED') throw errors.archived();
  return product;
}

function validQuantity(quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1) throw errors.invalidQuantity();
  if (quantity > maxLineQuantity) throw errors.quantityTooHigh();
  return quantity;
}

/** Advisory: checkout reserves the real stock. Unknown stock (never announced) does not block. */
function assertInStock(product: BasketProduct, quantity: number): void {
  if (product.available !== null && product.available !== undefined && quantity > product.available) {
    throw errors.insufficientStock(product.available);
  }
}

const errors = {
  invalidQuantity: () =>
    new UserInputError(
      'INVALID_QUANTITY',
      {
        en: `Choose a quantity from 1 to ${maxLineQuantity}.`,
        fr: `Choisissez une quantité de 1 à ${maxLineQuantity}.`,
      },
      'input.quantity',
    ),
  quantityTooHigh: () =>
    new UserInputError(
      'QUANTITY_TOO_HIGH',
      {
        en: `A basket holds at most ${maxLineQuantity} units of one product.`,
        fr: `Un panier contient au plus ${maxLineQuantity} exemplaires d’un même produit.`,
      },
      'input.quantity',
    ),
  tooManyLines: (field = 'input.productId') =>
    new UserInputError(
      'TOO_MANY_LINES',
      {
        en: `A basket holds at most ${maxBasketLines} different products.`,
        fr: `Un panier contient au plus ${maxBasketLines} produits différents.`,
      },
      field,
    ),
  currencyMismatch: (basketCurrency: string, field = 'input.productId') =>
    new UserInputError(
      'CURRENCY_MISMATCH',
      {
        en: `Your basket is in ${basketCurrency}: order products priced in another currency separately.`,
        fr: `Votre panier est en ${basketCurrency} : commandez à part les produits dans une autre devise.`,
      },
      field,
    ),
  insufficientStock: (available: number) =>
    new UserInputError(
      'INSUFFICIENT_STOCK',
      available > 0
        ? { en: `Only ${available} left in stock.`, fr: `Il n’en reste que ${available} en stock.` }
        : { en: 'This product is out of stock.', fr: 'Ce produit est en rupture de stock.' },
      'input.quantity',
    ),
  unknownProduct: () =>
    new UserInputError('UNKNOWN_PRODUCT', { en: 'No such product.', fr: 'Produit introuvable.' }, 'input.productId'),
  notYetAvailable: () =>
    new UserInputError(
      'PRODUCT_NOT_YET_AVAILABLE',
      {
        en: 'This product has just been added to the shop: try again in a moment.',
        fr: 'Ce produit vient d’arriver dans la boutique : réessayez dans un instant.',
      },
      'input.productId',
    ),
  archived: () =>
    new UserInputError(
      'PRODUCT_ARCHIVED',
      { en: 'This product is no longer for sale.', fr: 'Ce produit n’est plus en vente.' },
      'input.productId',
    ),
  notInBasket: () =>
    new UserInputError(
      'NOT_IN_BASKET',
      { en: 'This product is not in your basket.', fr: 'Ce produit n’est pas dans votre panier.' },
      'input.productId',
    ),
  basketNotFound: (field: string | null = 'input.basketToken') =>
    new UserInputError(
      'BASKET_NOT_FOUND',
      { en: 'No basket matches this basket token.', fr: 'Aucun panier ne correspond à ce jeton de panier.' },
      field,
    ),
};
