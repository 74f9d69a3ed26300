import { execute, isUuid, recordEvent } from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { recordStockChanged } from './catalog-events.ts';
import { Product } from './product.ts';
import { CancelledOrder, StockReservation } from './stock-reservation.ts';

/*
 * The reservation rules of the checkout saga. Every function takes an EntityManager already inside
 * a transaction (the consumer runner's, which also records the event as processed) and changes
 * counters only with conditional UPDATEs, never by reading then writing a count.
 */

export interface OrderLine {
  productId: string;
  quantity: number;
}

export type ReservationOutcome = 'reserved' | 'rejected' | 'already-handled';

type RejectedLine = EventData<'stock.rejected'>['lines'][number];
interface StockRow {
  id: string;
  stock_on_hand: number;
  stock_reserved: number;
}

/** A line the conditional update could not serve; rolls the savepoint back. */
class Shortfall extends Error {
  readonly productId: string;
  constructor(productId: string) {
    super(`cannot reserve product ${productId}`);
    this.productId = productId;
  }
}

/**
 * Reserves every line of a placed order or none, never more than is available whatever runs
 * concurrently, and announces `stock.reserved` or `stock.rejected` (with a reason per line).
 * An order already judged (reserved or rejected), or cancelled before it was placed, is left as it is.
 */
export async function reserveOrder(
  em: EntityManager,
  order: { orderId: string; lines: OrderLine[] },
  traceparent: string | undefined,
): Promise<ReservationOutcome> {
  // A concurrent duplicate passing this check still fails on unique (order_id, product_id).
  if ((await em.count(StockReservation, { orderId: order.orderId })) > 0) return 'already-handled';
  if ((await em.count(CancelledOrder, { orderId: order.orderId })) > 0) return 'already-handled';
  const lines = mergeLines(order.lines);
  const attempt = await reserveAll(em, lines);

  if ('rows' in attempt) {
    for (const line of lines) {
      em.create(StockReservation, { id: uuidv7(), orderId: order.orderId, ...line, status: 'RESERVED' });
    }
    for (const row of attempt.rows) recordStockChanged(em, stockOf(row), traceparent);
    recordEvent(em, {
      type: 'stock.reserved',
      subject: order.orderId,
      data: { orderId: order.orderId, lines },
      traceparent,
    });
  } else {
    const rejected = await judgeLines(em, lines, attempt.failed);
    // Remembered, so the same order placed again is not judged a second time.
    for (const line of lines.filter((candidate) => isUuid(candidate.productId))) {
      em.create(StockReservation, { id: uuidv7(), orderId: order.orderId, ...line, status: 'REJECTED' });
    }
    recordEvent(em, {
      type: 'stock.rejected',
      subject: order.orderId,
      data: { orderId: order.orderId, lines: rejected },
      traceparent,
    });
  }
  await em.flush();
  return 'rows' in attempt ? 'reserved' : 'rejected';
}

/**
 * Gives back the stock held for an order (cancelled). No-op once released, consumed or rejected; an
 * order never placed here is remembered, so that its `order.placed` coming late reserves nothing.
 */
export async function releaseOrder(
  em: EntityManager,
  order: { orderId: string },
  traceparent: string | undefined,
): Promise<number> {
  const released = await settleReservations(em, order.orderId, 'RELEASED', traceparent);
  if (released === 0 && isUuid(order.orderId) && (await em.count(StockReservation, { orderId: order.orderId })) === 0) {
    await em.upsert(CancelledOrder, { orderId: order.orderId, cancelledAt: new Date() });
  }
  return released;
}

/** Turns the stock held for a shipped order into a decrement of stock on hand. No-op once settled. */
export function consumeOrder(
  em: EntityManager,
  order: { orderId: string },
  traceparent: string | undefined,
): Promise<number> {
  return settleReservations(em, order.orderId, 'CONSUMED', traceparent);
}

/** One line per product, in product id order: concurrent orders lock rows in the same order, so never deadlock. */
function mergeLines(lines: OrderLine[]): OrderLine[] {
  const quantities = new Map<string, number>();
  for (const { productId, quantity } of lines) quantities.set(productId, (quantities.get(productId) ?? 0) + quantity);
  return [...quantities]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));
}

/** Increments `reserved` line by line inside a savepoint: all apply, or the savepoint rolls back and none do. */
// Product ids come from another domain's event: a malformed one is an unknown product (isUuid), not
// a uuid cast error that would abort the transaction and dead-letter the order.
async function reserveAll(em: EntityManager, lines: OrderLine[]): Promise<{ rows: StockRow[] } | { failed: string }> {
  try {
    const rows = await em.transactional(async (savepoint) => {
      const reserved: StockRow[] = [];
      for (const line of lines) {
        const [row] = isUuid(line.productId)
          ? await execute<StockRow>(
              savepoint,
              `update catalog.product set stock_reserved = stock_reserved + ?, updated_at = now()
               where id = ? and status = 'ACTIVE' and stock_on_hand - stock_reserved >= ?
               returning id, stock_on_hand, stock_reserved`,
              [line.quantity, line.productId, line.quantity],
            )
          : [];
        if (!row) throw new Shortfall(line.productId);
        reserved.push(row);
      }
      return reserved;
    });
    return { rows };
  } catch (error) {
    if (error instanceof Shortfall) return { failed: error.productId };
    throw error;
  }
}

/** Why each line of a rejected order could not be served, from the products as they are now. */
async function judgeLines(em: EntityManager, lines: OrderLine[], failedProductId: string): Promise<RejectedLine[]> {
  const ids = lines.map((line) => line.productId).filter((id) => isUuid(id));
  const products = new Map(
    (await em.find(Product, { id: { $in: ids } }, { refresh: true })).map((product) => [product.id, product]),
  );
  return lines.map((line) => {
    const product = products.get(line.productId);
    if (!product) return { ...line, available: 0, reason: 'UNKNOWN_PRODUCT' };
    // Nothing of an archived product is for sale, whatever its count.
    if (product.status === 'ARCHIVED') return { ...line, available: 0, reason: 'ARCHIVED' };
    const available = product.stockOnHand - product.stockReserved;
    // The failed update is the authority: stock freed since then does not make that line fine.
    const short = available < line.quantity || line.productId === failedProductId;
    return { ...line, available, reason: short ? 'OUT_OF_STOCK' : null };
  });
}

/**
 * Moves an order's RESERVED reservations to `status` and takes their quantities off `reserved`
 * (and, when consumed, off `on hand`). Claiming the rows with a conditional UPDATE first means a
 * concurrent duplicate finds nothing left to settle.
 */
async function settleReservations(
  em: EntityManager,
  orderId: string,
  status: 'RELEASED' | 'CONSUMED',
  traceparent: string | undefined,
): Promise<number> {
  const claimed = await execute<{ product_id: string; quantity: number }>(
    em,
    `update catalog.stock_reservation set status = ?, updated_at = now()
     where order_id = ? and status = 'RESERVED' returning product_id, quantity`,
    [status, orderId],
  );
  claimed.sort((a, b) => (a.product_id < b.product_id ? -1 : 1));
  for (const { product_id, quantity } of claimed) {
    const [row] = await execute<StockRow>(
      em,
      `update catalog.product set stock_on_hand = stock_on_hand - ?, stock_reserved = stock_reserved - ?,
       updated_at = now() where id = ? returning id, stock_on_hand, stock_reserved`,
      [status === 'CONSUMED' ? quantity : 0, quantity, product_id],
    );
    if (!row) throw new Error(`reserved product ${product_id} of order ${orderId} no longer exists`);
    recordStockChanged(em, stockOf(row), traceparent);
  }
  await em.flush();
  return claimed.length;
}

function stockOf(row: StockRow) {
  return { id: row.id, stockOnHand: row.stock_on_hand, stockReserved: row.stock_reserved };
}
