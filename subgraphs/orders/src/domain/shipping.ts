import { isCurrencyCode } from '@comptoir/kit';
import { z } from 'zod';

/*
 * Shipping price, a pure rule: a flat price per order, free from a subtotal threshold, both in
 * minor units of the order's currency and configured per currency (SHIPPING_RATES). An order in a
 * currency without a rate cannot ship.
 */

export interface ShippingRate {
  /** Flat price of shipping an order, in minor units. */
  flat: number;
  /** Subtotal, in minor units, from which shipping is free; null: never free. */
  freeFrom: number | null;
}

/** Rates by ISO 4217 currency code. */
export type ShippingRates = ReadonlyMap<string, ShippingRate>;

/**
 * `CUR:flat:freeFrom` entries, comma-separated, in minor units (`:freeFrom` may be left out: never
 * free). The default: about the same in each currency, in its own minor unit (yen have none).
 */
export const defaultShippingRates = 'EUR:490:5000,USD:599:6000,GBP:449:4500,CHF:790:8000,JPY:800:8000';

const minorUnits = z.number().int().nonnegative();
const rateEntry = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}:\d{1,15}(:\d{1,15})?$/, 'expected CUR:flat or CUR:flat:freeFrom in minor units, e.g. EUR:490:5000')
  .transform((entry) => {
    const [currency = '', flat, freeFrom] = entry.split(':');
    return { currency, flat: Number(flat), freeFrom: freeFrom === undefined ? null : Number(freeFrom) };
  })
  .pipe(
    z.object({
      currency: z.string().refine(isCurrencyCode, 'expected ISO 4217 currency codes'),
      flat: minorUnits,
      freeFrom: minorUnits.nullable(),
    }),
  );

/** The entries of SHIPPING_RATES, one per currency, at least one. */
const rateList = z
  .string()
  .transform((value) => value.split(',').filter((entry) => entry.trim() !== ''))
  .pipe(z.array(rateEntry).min(1, 'expected at least one CUR:flat:freeFrom entry'))
  .refine(
    (entries) => new Set(entries.map(({ currency }) => currency)).size === entries.length,
    'expected each currency once',
  );

/** SHIPPING_RATES as a variable; a problem is reported on the variable itself, not on one entry. */
export const shippingRatesVariable = z.string().transform((value, ctx): ShippingRates => {
  const parsed = rateList.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'invalid', input: value });
    return z.NEVER;
  }
  return new Map(parsed.data.map(({ currency, flat, freeFrom }) => [currency, { flat, freeFrom }]));
});

/** What shipping costs for an order of this subtotal (minor units) in `currency`; null: no rate, no shipping. */
export function shippingFor(rates: ShippingRates, currency: string, subtotalAmount: number): number | null {
  const rate = rates.get(currency);
  if (!rate) return null;
  return rate.freeFrom !== null && subtotalAmount >= rate.freeFrom ? 0 : rate.flat;
}
