import type { deliveryStatuses } from '@comptoir/schema/events';

/*
 * The order's life, as pure rules: which status may follow which, and what a delivery's progress
 * means for its order. Nothing here touches the database.
 */

export const orderStatuses = ['PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export type DeliveryStatus = (typeof deliveryStatuses)[number];
/** The statuses a delivery moves its order to. */
export type FulfilmentStatus = 'SHIPPED' | 'DELIVERED';

const next: Record<OrderStatus, readonly OrderStatus[]> = {
  // Stock is being reserved: the saga confirms or cancels; the customer may cancel.
  PLACED: ['CONFIRMED', 'CANCELLED'],
  // Until it ships, a confirmed order can still be cancelled (its stock is then released).
  CONFIRMED: ['CANCELLED', 'SHIPPED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

/** Whether an order in `from` may move to `to`. */
export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return next[from].includes(to);
}

/** Whether the customer may still cancel an order in this status (not once shipped). */
export function isCancellable(status: OrderStatus): boolean {
  return canMove(status, 'CANCELLED');
}

/** The order status a delivery status means; null when it means no change to the order. */
function orderStatusFor(delivery: DeliveryStatus): FulfilmentStatus | null {
  switch (delivery) {
    case 'IN_TRANSIT':
    case 'OUT_FOR_DELIVERY':
      return 'SHIPPED';
    case 'DELIVERED':
      return 'DELIVERED';
    // Not yet with the carrier, or a problem the carrier and support resolve: the order stays as it is.
    case 'PENDING':
    case 'LABEL_CREATED':
    case 'CANCELLED':
    case 'FAILED':
    case 'RETURNED':
      return null;
  }
}

/**
 * The statuses an order in `current` goes through when its delivery reaches `delivery`, in order:
 * a CONFIRMED order reported DELIVERED goes SHIPPED then DELIVERED. Empty when nothing changes:
 * a status without meaning for the order, a duplicate, or a stale report (e.g. IN_TRANSIT for an
 * order already DELIVERED) or an illegal one (an order not CONFIRMED cannot ship).
 */
export function stepsForDelivery(current: OrderStatus, delivery: DeliveryStatus): FulfilmentStatus[] {
  const target = orderStatusFor(delivery);
  if (!target) return [];
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
