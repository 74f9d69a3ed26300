import {
  type Connection,
  type ConnectionArgs,
  hasScope,
  isUuid,
  paginateById,
  type RequestContext,
  requireClaims,
  requireScope,
} from '@comptoir/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Order } from './order.ts';
import type { OrderStatus } from './order-status.ts';

type ReadContext = Pick<RequestContext, 'em' | 'claims' | 'loaders'>;

export interface OrdersFilter {
  status?: OrderStatus | null;
  placedFrom?: Date | string | null;
  placedTo?: Date | string | null;
}

/** Whether the caller may read a customer's orders: the customer themself, or staff with `orders:read`. */
export function canReadOrdersOf(ctx: Pick<RequestContext, 'claims'>, customerId: string): boolean {
  return ctx.claims?.sub === customerId || hasScope(ctx, 'orders:read');
}

/** One order, for its customer and staff; null for anyone else, as for an order that does not exist. */
export async function findOrder(ctx: ReadContext, orderId: string): Promise<Order | null> {
  if (!isUuid(orderId)) return null;
  const order = await ctx.loaders.byId(Order).load(orderId);
  return order && canReadOrdersOf(ctx, order.customerId) ? order : null;
}

/** The caller's orders, newest first. */
export function myOrders(ctx: ReadContext, args: ConnectionArgs): Promise<Connection<Order>> {
  const claims = requireClaims(ctx);
  return paginateById(ctx.em, Order, { customerId: claims.sub }, args, 'desc');
}

/** A customer's orders, newest first (batched across the users of one fetch); null unless the caller may read them. */
export function ordersOf(
  ctx: ReadContext,
  customerId: string,
  args: ConnectionArgs,
): Promise<Connection<Order>> | null {
  if (!isUuid(customerId) || !canReadOrdersOf(ctx, customerId)) return null;
  return ctx.loaders.pageOf(Order, 'customerId', args, 'desc').load(customerId);
}

/** Every order, newest first, narrowed by status and a placing period: back-office work (`orders:admin`). */
export function allOrders(
  ctx: ReadContext,
  filter: OrdersFilter | null | undefined,
  args: ConnectionArgs,
): Promise<Connection<Order>> {
  requireScope(ctx, 'orders:admin');
  const where: FilterQuery<Order>[] = [];
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.placedFrom) where.push({ placedAt: { $gte: new Date(filter.placedFrom) } });
  if (filter?.placedTo) where.push({ placedAt: { $lt: new Date(filter.placedTo) } });
  return paginateById(ctx.em, Order, where.length > 0 ? { $and: where } : {}, args, 'desc');
}
