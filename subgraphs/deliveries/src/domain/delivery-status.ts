import { deliveryStatuses } from '@comptoir/schema/events';

/*
 * A delivery's life, as pure rules: which status may follow which. Nothing here touches the
 * database. PENDING → LABEL_CREATED → IN_TRANSIT → OUT_FOR_DELIVERY → DELIVERED; a failed attempt
 * (FAILED) is tried again (OUT_FOR_DELIVERY) or the parcel RETURNED; the customer's cancellation
 * request cancels a delivery not yet picked up. DELIVERED, RETURNED and CANCELLED are final.
 */

export { deliveryStatuses };
export type DeliveryStatus = (typeof deliveryStatuses)[number];

const next: Record<DeliveryStatus, readonly DeliveryStatus[]> = {
  PENDING: ['LABEL_CREATED', 'CANCELLED'],
  LABEL_CREATED: ['IN_TRANSIT', 'CANCELLED'],
  IN_TRANSIT: ['OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'],
  OUT_FOR_DELIVERY: ['DELIVERED', 'FAILED'],
  FAILED: ['OUT_FOR_DELIVERY', 'RETURNED'],
  DELIVERED: [],
  RETURNED: [],
  CANCELLED: [],
};

/** Whether a delivery in `from` may move to `to`. */
export function canMove(from: DeliveryStatus, to: DeliveryStatus): boolean {
  return next[from].includes(to);
}

/**
 * Whether a tracking step with `status` may be recorded on a delivery in `current`: a move the
 * rules allow, or one more scan of a parcel still on its way (IN_TRANSIT at another depot), which
 * adds to the timeline without changing the status.
 */
export function canTrack(current: DeliveryStatus, status: DeliveryStatus): boolean {
  return canMove(current, status) || (current === status && (status === 'IN_TRANSIT' || status === 'OUT_FOR_DELIVERY'));
}

/** Whether the carrier has picked the parcel up: a cancellation request is then refused. */
export function hasShipped(status: DeliveryStatus): boolean {
  return !canMove(status, 'CANCELLED') && status !== 'CANCELLED';
}
