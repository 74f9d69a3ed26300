import { scalarResolvers } from '@comptoir/kit';
import { Order, OrderLine } from '../domain/order.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    order: (_parent, { id }, ctx) => ctx.loaders.byId(Order).load(id),
  },
  Order: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Order).load(reference.id),
    customer: (order) => ({ id: order.customerId }),
    lines: (order, _args, ctx) => ctx.loaders.childrenOf(OrderLine, 'order', { position: 'asc' }).load(order.id),
    total: (order) => ({ amount: order.totalAmount, currency: order.currency }),
  },
  OrderLine: {
    product: (line) => ({ id: line.productId }),
    unitPrice: (line) => ({ amount: line.unitAmount, currency: currencyOf(line) }),
    lineTotal: (line) => ({ amount: line.unitAmount * line.quantity, currency: currencyOf(line) }),
  },
};

/** Lines are priced in their order's currency; the order is in the identity map already. */
function currencyOf(line: OrderLine): string {
  return line.order.currency;
}
