import type { RequestContext } from '@comptoir/kit';
import { uuidv7 } from 'uuidv7';
import { Order, OrderLine } from './order.ts';
import { ProductPrice } from './product-price.ts';

export interface OrderRequest {
  customerId: string;
  lines: Array<{ productId: string; quantity: number }>;
}

/**
 * Records an order priced from the local price read model. The checkout flow (basket, idempotency,
 * events, saga) arrives with the orders issue; this is the foundation's write path.
 */
export async function recordOrder(ctx: Pick<RequestContext, 'em'>, request: OrderRequest): Promise<Order> {
  return ctx.em.transactional(async (em) => {
    const prices = await em.find(ProductPrice, { productId: { $in: request.lines.map((line) => line.productId) } });
    const priceOf = new Map(prices.map((price) => [price.productId, price]));
    const currencies = new Set(prices.map((price) => price.currency));
    const missing = request.lines.filter((line) => !priceOf.has(line.productId));
    if (missing.length > 0)
      throw new Error(`no known price for product(s) ${missing.map((line) => line.productId).join(', ')}`);
    if (currencies.size > 1) throw new Error('an order is priced in one currency');

    const order = em.create(Order, {
      id: uuidv7(),
      customerId: request.customerId,
      status: 'PLACED',
      totalAmount: 0,
      currency: [...currencies][0] ?? 'EUR',
      placedAt: new Date(),
    });
    request.lines.forEach((line, position) => {
      const price = priceOf.get(line.productId) as ProductPrice;
      order.totalAmount += price.amount * line.quantity;
      em.create(OrderLine, {
        id: uuidv7(),
        order,
        position,
        productId: line.productId,
        sku: price.sku,
        name: price.name,
        unitAmount: price.amount,
        quantity: line.quantity,
      });
    });
    return order;
  });
}
