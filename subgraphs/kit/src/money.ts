/*
 * Money rules every domain shares. Amounts are integer minor units of an ISO 4217 currency; the
 * platform maximums keep the largest basket (maxUnitPrice × maxLineQuantity × maxBasketLines,
 * plus shipping) far below Number.MAX_SAFE_INTEGER, so sums are exact in JavaScript numbers.
 */
export const moneyLimits = {
  /** Most minor units a unit price may hold (10,000,000.00 EUR). */
  maxUnitPrice: 1_000_000_000,
  /** Most units of one product on a basket line. */
  maxLineQuantity: 999,
  /** Most lines (distinct products) in a basket. */
  maxBasketLines: 100,
} as const;

/** The runtime's ISO 4217 list (ICU), kept current with Node itself rather than by hand. */
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency code, e.g. EUR or JPY ("XYZ" is not). */
export function isCurrencyCode(code: string): boolean {
  return currencyCodes.has(code);
}
