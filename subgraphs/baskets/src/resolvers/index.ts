import { isUuid, payload, type RequestContext, scalarResolvers } from '@comptoir/kit';
import { Basket, BasketItem } from '../domain/basket.ts';
import { BasketProduct } from '../domain/basket-product.ts';
import { basketTokenHeader, issuedTokenHeader, revokedTokenHeader } from '../domain/basket-token.ts';
import {
  addBasketItem,
  clearBasket,
  findShopperBasket,
  mayReadBasket,
  mayReadBasketOf,
  mergeBasket,
  removeBasketItem,
  type ShopperContext,
  updateBasketItemQuantity,
} from '../domain/baskets.ts';
import { type Line, priceBasket, totalsOf } from '../domain/lines.ts';
import type { Resolvers } from './types.generated.ts';

/** The caller as a shopper: claims, and the basket token the router relays. */
const shopper = (ctx: RequestContext): ShopperContext => ({
  em: ctx.em,
  claims: ctx.claims,
  traceparent: ctx.traceparent,
  basketToken: ctx.header(basketTokenHeader) || undefined,
});

// Items and products through request-scoped loaders: one statement each, whatever the basket count.
const itemsOf = (ctx: RequestContext, basketId: string) =>
  ctx.loaders.childrenOf(BasketItem, 'basket', { addedAt: 'asc', id: 'asc' }).load(basketId);
// A line is judged against the whole basket (its currency), from the same loaders: no statement more.
const pricedBasket = async (ctx: RequestContext, basketId: string) => {
  const items = await itemsOf(ctx, basketId);
  const products = await ctx.loaders.byId(BasketProduct).loadMany(items.map((item) => item.productId));
  return {
    items,
    priced: priceBasket(
      items.map((item, index) => {
        const product = products[index];
        return { quantity: item.quantity, product: product instanceof Error ? null : (product ?? null) };
      }),
    ),
  };
};
const lineOfItem = async (ctx: RequestContext, item: BasketItem) => {
  const { items, priced } = await pricedBasket(ctx, item.basket.id);
  return priced.lines[items.findIndex(({ id }) => id === item.id)] as Line;
};
const totalsOfBasket = async (ctx: RequestContext, basket: Basket) =>
  totalsOf((await pricedBasket(ctx, basket.id)).priced);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    basket: (_parent, _args, ctx) => findShopperBasket(shopper(ctx)),
  },
  Mutation: {
    addBasketItem: async (_parent, { input }, ctx) => {
      const result = await payload(ctx, () => addBasketItem(shopper(ctx), input));
      if (result.basketToken) ctx.setResponseHeader(issuedTokenHeader, result.basketToken);
      return result;
    },
    updateBasketItemQuantity: (_parent, { input }, ctx) =>
      payload(ctx, () => updateBasketItemQuantity(shopper(ctx), input)),
    removeBasketItem: (_parent, { input }, ctx) => payload(ctx, () => removeBasketItem(shopper(ctx), input)),
    clearBasket: (_parent, _args, ctx) => payload(ctx, () => clearBasket(shopper(ctx))),
    mergeBasket: async (_parent, { input }, ctx) => {
      const caller = shopper(ctx);
      const result = await payload(ctx, () => mergeBasket(caller, input));
      // The relayed token (the web cookie) names nothing any more: merged, or already gone.
      const relayedTokenGone =
        caller.basketToken !== undefined &&
        (!input.basketToken || input.basketToken === caller.basketToken) &&
        (result.userErrors.length === 0 || result.userErrors[0]?.code === 'BASKET_NOT_FOUND');
      if (relayedTokenGone) ctx.setResponseHeader(revokedTokenHeader, '1');
      return result;
    },
  },
  User: {
    basket: async (user, _args, ctx) => {
      if (!mayReadBasketOf(ctx, user.id)) return null;
      const [basket] = await ctx.loaders.childrenOf(Basket, 'customerId').load(user.id);
      return basket ?? null;
    },
  },
  Basket: {
    // As the root field: a reference names a basket, it does not entitle anyone to read it.
    __resolveReference: async (reference, ctx) => {
      const basket = isUuid(reference.id) ? await ctx.loaders.byId(Basket).load(reference.id) : null;
      return basket && mayReadBasket(shopper(ctx), basket) ? basket : null;
    },
    items: (basket, _args, ctx) => itemsOf(ctx, basket.id),
    subtotal: async (basket, _args, ctx) => (await totalsOfBasket(ctx, basket)).subtotal,
    itemCount: async (basket, _args, ctx) => (await totalsOfBasket(ctx, basket)).itemCount,
  },
  BasketItem: {
    product: (item) => ({ id: item.productId }),
    unitPrice: async (item, _args, ctx) => (await lineOfItem(ctx, item)).unitPrice,
    lineTotal: async (item, _args, ctx) => (await lineOfItem(ctx, item)).lineTotal,
    problem: async (item, _args, ctx) => (await lineOfItem(ctx, item)).problem,
    availableQuantity: async (item, _args, ctx) => (await lineOfItem(ctx, item)).availableQuantity,
  },
};
