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

export type LineProblem = 'ARCHIVED' | 'INSUFFICIENT_STOCK' | 'CURRENCY_MISMATCH';

export interface Line {
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  problem: LineProblem | null;
  /** Stock as last announced; a line's maximum while the catalog has not announced any. */
  availableQuantity: number;
}

/** A basket's lines in order, all judged against the basket's one currency. */
export interface PricedBasket {
  currency: string;
  lines: Line[];
}

/** The currency of an empty basket's subtotal. */
export const defaultCurrency = 'EUR';

/**
 * Prices a basket's lines, oldest first. The basket's currency is that of its oldest line still
 * for sale: baskets refuse a product in another one, but a product repriced in another currency
 * afterwards only flags its line (CURRENCY_MISMATCH), so a basket always reads.
 */
export function priceBasket(items: Array<{ quantity: number; product: BasketProduct | null }>): PricedBasket {
  const currency = items.find(({ product }) => product?.status === 'ACTIVE')?.product?.currency ?? defaultCurrency;
  return { currency, lines: items.map(({ quantity, product }) => lineOf(quantity, product, currency)) };
}

/** A line of `quantity` units of `product`; a product the read model does not know cannot be ordered. */
function lineOf(quantity: number, product: BasketProduct | null, basketCurrency: string): Line {
  if (!product) {
    const nothing = { amount: 0, currency: basketCurrency };
    return { quantity, unitPrice: nothing, lineTotal: nothing, problem: 'ARCHIVED', availableQuantity: 0 };
  }
  const unitPrice = { amount: product.amount, currency: product.currency };
  const available = product.available ?? maxLineQuantity;
  const problem: LineProblem | null =
    product.status === 'ARCHIVED'
      ? 'ARCHIVED'
      : product.currency !== basketCurrency
        ? 'CURRENCY_MISMATCH'
        : available < quantity
          ? 'INSUFFICIENT_STOCK'
          : null;
  return {
    quantity,
    unitPrice,
    lineTotal: { amount: product.amount * quantity, currency: product.currency },
    problem,
    availableQuantity: product.status === 'ARCHIVED' ? 0 : available,
  };
}

/**
 * Subtotal and unit count of the lines that can be ordered: archived products and lines in
 * another currency are left out; a stock shortfall is advisory, so those lines count.
 */
export function totalsOf({ currency, lines }: PricedBasket): { subtotal: Money; itemCount: number } {
  const counted = lines.filter((line) => line.problem !== 'ARCHIVED' && line.problem !== 'CURRENCY_MISMATCH');
  return {
    subtotal: { amount: counted.reduce((sum, line) => sum + line.lineTotal.amount, 0), currency },
    itemCount: counted.reduce((sum, line) => sum + line.quantity, 0),
  };
}
