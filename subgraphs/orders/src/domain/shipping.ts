/*
 * Shipping price, a pure rule: a flat 4.90 per order, free from a subtotal of 50.00 (in the
 * order's currency, minor units). Both thresholds are in one place so the storefront can show them.
 */

/** Flat shipping price, in minor units. */
export const flatShippingAmount = 490;
/** Subtotal, in minor units, from which shipping is free. */
export const freeShippingFrom = 5000;

/** What shipping costs for an order of this subtotal (minor units). */
export function shippingFor(subtotalAmount: number): number {
  return subtotalAmount >= freeShippingFrom ? 0 : flatShippingAmount;
}
