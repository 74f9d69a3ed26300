import {
  type Connection,
  type ConnectionArgs,
  hasScope,
  isUuid,
  paginateById,
  partnerOrganizationOf,
  type RequestContext,
} from '@comptoir/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Delivery } from './delivery.ts';
import { carries, requireCarrier } from './delivery-lifecycle.ts';
import type { DeliveryStatus } from './delivery-status.ts';

type ReadContext = Pick<RequestContext, 'em' | 'claims' | 'loaders'>;

/**
 * Who may read a delivery in full: the order's customer, staff with `orders:read` or
 * `deliveries:write`, and the carrier it is assigned to.
 */
export function canReadDelivery(
  ctx: Pick<RequestContext, 'claims'>,
  delivery: Pick<Delivery, 'customerId' | 'carrierOrganizationId'>,
): boolean {
  return canReadOrder(ctx, delivery) || (hasScope(ctx, 'deliveries:write') && carries(ctx, delivery));
}

/** Who may see the order behind a delivery: its customer and staff with `orders:read`; never a carrier. */
export function canReadOrder(ctx: Pick<RequestContext, 'claims'>, delivery: Pick<Delivery, 'customerId'>): boolean {
  return ctx.claims?.sub === delivery.customerId || hasScope(ctx, 'orders:read');
}

/** A delivery by id, for those who may read it; null for anyone else, as for one that does not exist. */
export async function findDelivery(ctx: ReadContext, id: string): Promise<Delivery | null> {
  if (!isUuid(id)) return null;
  const delivery = await ctx.loaders.byId(Delivery).load(id);
  return delivery && canReadDelivery(ctx, delivery) ? delivery : null;
}

/** An order's delivery (batched across the orders of one fetch), for those who may read it; null otherwise. */
export async function deliveryOfOrder(ctx: ReadContext, orderId: string): Promise<Delivery | null> {
  if (!ctx.claims || !isUuid(orderId)) return null;
  const [delivery] = await ctx.loaders.childrenOf(Delivery, 'orderId').load(orderId);
  return delivery && canReadDelivery(ctx, delivery) ? delivery : null;
}

/** Postal codes compare trimmed, without spaces and case ("75 011" = "75011", "sw1a 1aa" = "SW1A1AA"). */
export function normalizePostalCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * Public tracking: one indexed lookup by tracking number, then the destination postal code must
 * match. A wrong postal code answers exactly as an unknown number does: null.
 */
export async function trackDelivery(
  ctx: Pick<RequestContext, 'em'>,
  trackingNumber: string,
  postalCode: string,
): Promise<Delivery | null> {
  const number = trackingNumber.trim();
  const code = normalizePostalCode(postalCode);
  if (number === '' || number.length > 100 || code === '') return null;
  const delivery = await ctx.em.findOne(Delivery, { trackingNumber: number });
  return delivery && normalizePostalCode(delivery.shippingAddress.postalCode) === code ? delivery : null;
}

export interface DeliveriesFilter {
  status?: DeliveryStatus | null;
  carrier?: string | null;
}

/**
 * Deliveries, oldest first, narrowed by status and carrier: carriers' work (`deliveries:write`).
 * Staff see every one, a carrier partner those assigned to its organisation.
 */
export function allDeliveries(
  ctx: ReadContext,
  filter: DeliveriesFilter | null | undefined,
  args: ConnectionArgs,
): Promise<Connection<Delivery>> {
  requireCarrier(ctx);
  const where: FilterQuery<Delivery>[] = [];
  const carrier = partnerOrganizationOf(ctx, 'CARRIER');
  if (carrier !== null) where.push({ carrierOrganizationId: carrier });
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.carrier) where.push({ carrier: filter.carrier.trim() });
  return paginateById(ctx.em, Delivery, where.length > 0 ? { $and: where } : {}, args, 'asc');
}
