/**
 * Shipping shown before the order exists. The API has no quote: orders prices shipping when the
 * order is placed (SHIPPING_RATES, README "Money"), and the order's own `shipping` is what the
 * confirmation shows. This mirrors the default rates (flat price, free from a subtotal, in minor
 * units); a currency it does not know shows no estimate.
 */
const defaultRates: Record<string, { flat: number; freeFrom: number }> = {
  EUR: { flat: 490, freeFrom: 5000 },
  USD: { flat: 599, freeFrom: 6000 },
  GBP: { flat: 449, freeFrom: 4500 },
  CHF: { flat: 790, freeFrom: 8000 },
  JPY: { flat: 800, freeFrom: 8000 },
};

export function estimatedShipping(subtotal: { amount: number; currency: string }) {
  const rate = defaultRates[subtotal.currency];
  if (!rate) return undefined;
  return { amount: subtotal.amount >= rate.freeFrom ? 0 : rate.flat, currency: subtotal.currency };
}
