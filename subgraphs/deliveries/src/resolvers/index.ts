import { payload, scalarResolvers } from '@comptoir/kit';
import { TrackingEvent } from '../domain/delivery.ts';
import {
  addTrackingEvent,
  assignCarrier,
  assignDeliveryToCarrier,
  markDelivered,
  markDeliveryFailed,
} from '../domain/delivery-lifecycle.ts';
import {
  allDeliveries,
  canReadOrder,
  deliveryOfOrder,
  findDelivery,
  trackDelivery,
} from '../domain/delivery-queries.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    trackDelivery: (_parent, { trackingNumber, postalCode }, ctx) => trackDelivery(ctx, trackingNumber, postalCode),
    deliveries: (_parent, { filter, ...args }, ctx) => allDeliveries(ctx, filter, args),
  },
  Mutation: {
    assignDeliveryToCarrier: (_parent, { input }, ctx) => payload(ctx, () => assignDeliveryToCarrier(ctx, input)),
    assignCarrier: (_parent, { input }, ctx) => payload(ctx, () => assignCarrier(ctx, input)),
    addTrackingEvent: (_parent, { input }, ctx) => payload(ctx, () => addTrackingEvent(ctx, input)),
    markDelivered: (_parent, { input }, ctx) => payload(ctx, () => markDelivered(ctx, input)),
    markDeliveryFailed: (_parent, { input }, ctx) => payload(ctx, () => markDeliveryFailed(ctx, input)),
  },
  Delivery: {
    // Reached from another subgraph: the same visibility as `Order.delivery`.
    __resolveReference: (reference, ctx) => findDelivery(ctx, reference.id),
    order: (delivery, _args, ctx) => (canReadOrder(ctx, delivery) ? { id: delivery.orderId } : null),
    carrierOrganization: (delivery) => (delivery.carrierOrganizationId ? { id: delivery.carrierOrganizationId } : null),
    timeline: (delivery, _args, ctx) =>
      ctx.loaders.childrenOf(TrackingEvent, 'delivery', { occurredAt: 'asc', id: 'asc' }).load(delivery.id),
  },
  DeliveryTracking: {
    timeline: (delivery, _args, ctx) =>
      ctx.loaders.childrenOf(TrackingEvent, 'delivery', { occurredAt: 'asc', id: 'asc' }).load(delivery.id),
  },
  Order: {
    __resolveReference: (reference) => ({ id: reference.id }),
    delivery: (order, _args, ctx) => deliveryOfOrder(ctx, order.id),
  },
};
