import { scalarResolvers } from '@comptoir/kit';
import { Basket, BasketItem } from '../domain/basket.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    basket: (_parent, _args, ctx) => (ctx.claims ? ctx.em.findOne(Basket, { customerId: ctx.claims.sub }) : null),
  },
  Basket: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Basket).load(reference.id),
    items: (basket, _args, ctx) => ctx.loaders.childrenOf(BasketItem, 'basket', { addedAt: 'asc' }).load(basket.id),
  },
  BasketItem: {
    product: (item) => ({ id: item.productId }),
  },
};
