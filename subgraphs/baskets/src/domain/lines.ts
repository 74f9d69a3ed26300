import { maxLineQuantity } from './basket.ts';
import type { BasketProduct } from './basket-product.ts';

/*
 * How a basket line reads at the catalog's current price. Pure: the resolvers feed it rows loaded
 * in batches.
 */

export interface Money {
  amount: number;
  currency: string;
}

export type LineProblem = 'ARCHIVED' | 'INSUFFICIENT_STOCK';

export interface Line {
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  problem: LineProblem | null;
  /** Stock as last announced; a line's maximum while the catalog has not announced any. */
  availableQuantity: number;
}

/** The currency of an empty basket's subtotal. */
export const defaultCurrency = 'EUR';

/** A line of `quantity` units of `product`; a product the read model does not know cannot be ordered. */
export function lineOf(quantity: number, product: BasketProduct | null): Line {
  if (!product) {
    const nothing = { amount: 0, currency: defaultCurrency };
    return { quantity, unitPrice: nothing, lineTotal: nothing, problem: 'ARCHIVED', availableQuantity: 0 };
  }
  const unitPrice = { amount: product.amount, currency: product.currency };
  const available = product.available ?? maxLineQuantity;
  const problem: LineProblem | null =
    product.status === 'ARCHIVED' ? 'ARCHIVED' : available < quantity ? 'INSUFFICIENT_STOCK' : null;
  return {
    quantity,
    unitPrice,
    lineTotal: { amount: product.amount * quantity, currency: product.currency },
    problem,
    availableQuantity: product.status === 'ARCHIVED' ? 0 : available,
  };
}

/**
 * Subtotal and unit count of the lines that can be ordered: archived products are left out; a
 * stock shortfall is advisory, so those lines count.
 */
export function totalsOf(lines: Line[]): { subtotal: Money; itemCount: number } {
  const counted = lines.filter((line) => line.problem !== 'ARCHIVED');
  const currency = counted[0]?.unitPrice.currency ?? defaultCurrency;
  if (counted.some((line) => line.lineTotal.currency !== currency)) {
    throw new Error(`a basket's lines are priced in several currencies (${currency} and others)`);
  }
  return {
    subtotal: { amount: counted.reduce((sum, line) => sum + line.lineTotal.amount, 0), currency },
    itemCount: counted.reduce((sum, line) => sum + line.quantity, 0),
  };
}
