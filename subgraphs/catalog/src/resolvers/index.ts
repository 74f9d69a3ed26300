import { paginateById, scalarResolvers } from '@comptoir/kit';
import { Product } from '../domain/product.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    product: (_parent, { id }, ctx) => ctx.loaders.byId(Product).load(id),
    products: (_parent, args, ctx) => paginateById(ctx.em, Product, {}, args),
  },
  Product: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Product).load(reference.id),
    price: (product) => ({ amount: product.priceAmount, currency: product.priceCurrency }),
  },
};
