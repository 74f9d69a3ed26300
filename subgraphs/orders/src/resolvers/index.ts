import { payload, scalarResolvers } from '@comptoir/kit';
import { placeOrder } from '../domain/checkout.ts';
import { OrderLine, OrderStatusChange } from '../domain/order.ts';
import { cancelOrder } from '../domain/order-lifecycle.ts';
import { allOrders, findOrder, myOrders, ordersOf } from '../domain/order-queries.ts';
import { Payment, PaymentEvent } from '../domain/payments/payment.ts';
import { refundPayment } from '../domain/payments/refunds.ts';
import type { Resolvers } from './types.generated.ts';

const money = (amount: number, currency: string) => ({ amount, currency });

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    myOrders: (_parent, args, ctx) => myOrders(ctx, args),
    order: (_parent, { id }, ctx) => findOrder(ctx, id),
    orders: (_parent, { filter, ...args }, ctx) => allOrders(ctx, filter, args),
  },
  Mutation: {
    placeOrder: (_parent, { input }, ctx) => payload(ctx, () => placeOrder(ctx, input)),
    cancelOrder: (_parent, { input }, ctx) => payload(ctx, () => cancelOrder(ctx, input)),
    refundPayment: (_parent, { input }, ctx) => payload(ctx, () => refundPayment(ctx, input)),
  },
  Order: {
    // Reached from another subgraph: the same visibility as `order(id)`.
    __resolveReference: (reference, ctx) => findOrder(ctx, reference.id),
    customer: (order) => ({ id: order.customerId }),
    lines: (order, _args, ctx) => ctx.loaders.childrenOf(OrderLine, 'order', { position: 'asc' }).load(order.id),
    subtotal: (order) => money(order.subtotalAmount, order.currency),
    shipping: (order) => money(order.shippingAmount, order.currency),
    total: (order) => money(order.totalAmount, order.currency),
    statusHistory: (order, _args, ctx) =>
      ctx.loaders.childrenOf(OrderStatusChange, 'order', { id: 'asc' }).load(order.id),
    // One payment per order: its only child by order id.
    payment: async (order, _args, ctx) => (await ctx.loaders.childrenOf(Payment, 'orderId').load(order.id))[0] ?? null,
  },
  Payment: {
    method: (payment) =>
      payment.methodBrand && payment.methodLast4 ? { brand: payment.methodBrand, last4: payment.methodLast4 } : null,
    actionUrl: (payment) => (payment.status === 'ACTION_REQUIRED' ? (payment.actionUrl ?? null) : null),
    events: (payment, _args, ctx) => ctx.loaders.childrenOf(PaymentEvent, 'payment', { id: 'asc' }).load(payment.id),
  },
  OrderLine: {
    product: (line) => ({ id: line.productId }),
    name: (line, _args, ctx) => (ctx.locale === 'fr' ? line.nameFr : line.name),
    unitPrice: (line) => money(line.unitAmount, line.currency),
    lineTotal: (line) => money(line.unitAmount * line.quantity, line.currency),
    unavailability: (line) =>
      line.unavailabilityReason
        ? { reason: line.unavailabilityReason, availableQuantity: line.availableQuantity ?? 0 }
        : null,
  },
  User: {
    __resolveReference: (reference) => ({ id: reference.id }),
    orders: (user, args, ctx) => ordersOf(ctx, user.id, args),
  },
};
