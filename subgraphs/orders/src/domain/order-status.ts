import type { deliveryStatuses } from '@comptoir/schema/events';

/*
 * The order's life, as pure rules: which status may follow which, and what a delivery's progress
 * means for its order. Nothing here touches the database.
 */

export const orderStatuses = [
  'PLACED',
  'PAYMENT_ACTION_REQUIRED',
  'CONFIRMED',
  'CANCELLATION_REQUESTED',
  'CANCELLED',
  'SHIPPED',
  'DELIVERED',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export type DeliveryStatus = (typeof deliveryStatuses)[number];
/** The statuses a delivery moves its order to. */
export type FulfilmentStatus = 'SHIPPED' | 'DELIVERED' | 'CANCELLED';

/*
 * The cancellation rule (README, "Checkout and cancellation"): before a delivery exists (PLACED)
 * the customer's cancellation is final at once. Once confirmed, the order has a delivery and only
 * deliveries knows whether the parcel has been picked up: the customer's cancellation is a request
 * that the delivery accepts before pickup (the order is then CANCELLED and its stock released) or
 * refuses after it (the order ships, its stock is taken off the shelf).
 */
const next: Record<OrderStatus, readonly OrderStatus[]> = {
  // Payment is being authorized, then stock reserved: the saga confirms or cancels, or the card
  // needs the customer's authentication; the customer may cancel.
  PLACED: ['PAYMENT_ACTION_REQUIRED', 'CONFIRMED', 'CANCELLED'],
  // The customer authenticates with their bank: the authorization then goes on (PLACED) or fails.
  PAYMENT_ACTION_REQUIRED: ['PLACED', 'CANCELLED'],
  // Its delivery is open: the customer may ask to cancel; the carrier's pickup ships it.
  CONFIRMED: ['CANCELLATION_REQUESTED', 'SHIPPED'],
  // Deliveries accepted (CANCELLED) or refused: the parcel was picked up (SHIPPED).
  CANCELLATION_REQUESTED: ['CANCELLED', 'SHIPPED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

/** Whether an order in `from` may move to `to`. */
export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return next[from].includes(to);
}

/**
 * What the customer's cancelOrder does to an order in `status`: cancels it at once (no delivery
 * yet), asks its delivery first, or nothing (already asked, shipped or cancelled).
 */
export function cancellationFor(status: OrderStatus): 'CANCELLED' | 'CANCELLATION_REQUESTED' | null {
  if (status === 'PLACED' || status === 'PAYMENT_ACTION_REQUIRED') return 'CANCELLED';
  if (status === 'CONFIRMED') return 'CANCELLATION_REQUESTED';
  return null;
}

/** The order status a delivery status means; null when it means no change to the order. */
function orderStatusFor(delivery: DeliveryStatus): FulfilmentStatus | null {
  switch (delivery) {
    case 'IN_TRANSIT':
    case 'OUT_FOR_DELIVERY':
      return 'SHIPPED';
    case 'DELIVERED':
      return 'DELIVERED';
    // Deliveries accepted the customer's cancellation request.
    case 'CANCELLED':
      return 'CANCELLED';
    // Not yet with the carrier, or a problem the carrier and support resolve: the order stays as it is.
    case 'PENDING':
    case 'LABEL_CREATED':
    case 'FAILED':
    case 'RETURNED':
      return null;
  }
}

/**
 * The statuses an order in `current` goes through when its delivery reaches `delivery`, in order:
 * a CONFIRMED order reported DELIVERED goes SHIPPED then DELIVERED. Empty when nothing changes:
 * a status without meaning for the order, a duplicate, or a stale report (e.g. IN_TRANSIT for an
 * order already DELIVERED) or an illegal one (an order not CONFIRMED cannot ship). A cancelled
 * delivery cancels only an order whose customer asked for it.
 */
export function stepsForDelivery(current: OrderStatus, delivery: DeliveryStatus): FulfilmentStatus[] {
  const target = orderStatusFor(delivery);
  if (!target) return [];
  if (target === 'CANCELLED') return current === 'CANCELLATION_REQUESTED' ? ['CANCELLED'] : [];
  const steps: FulfilmentStatus[] = [];
  let status: OrderStatus = current;
  while (status !== target) {
    const step = (['SHIPPED', 'DELIVERED'] as const).find((candidate) => canMove(status, candidate));
    if (!step) return [];
    steps.push(step);
    status = step;
  }
  return steps;
}
