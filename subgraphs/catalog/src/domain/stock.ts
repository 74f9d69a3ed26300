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

/** One line per product, in product id order: the order in which lines are judged and their rows locked. */
function mergeLines(lines: OrderLine[]): OrderLine[] {
  const quantities = new Map<string, number>();
  for (const { productId, quantity } of lines) quantities.set(productId, (quantities.get(productId) ?? 0) + quantity);
  return [...quantities]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * Increments `reserved` for every line in one statement inside a savepoint: all apply, or the
 * savepoint rolls back and none do. Fails on the first line, in product id order, that cannot be served.
 */
// Product ids come from another domain's event: a malformed one is an unknown product (isUuid), not
// a uuid cast error that would abort the transaction and dead-letter the order.
async function reserveAll(em: EntityManager, lines: OrderLine[]): Promise<{ rows: StockRow[] } | { failed: string }> {
  try {
    const rows = await em.transactional(async (savepoint) => {
      const known = lines.filter((line) => isUuid(line.productId));
      const reserved = await updateStock(
        savepoint,
        known,
        `stock_reserved = p.stock_reserved + l.quantity`,
        `p.status = 'ACTIVE' and p.stock_on_hand - p.stock_reserved >= l.quantity`,
      );
      const served = new Set(reserved.map((row) => row.id));
      const short = lines.find((line) => !served.has(line.productId));
      if (short) throw new Shortfall(short.productId);
      return reserved;
    });
    return { rows };
  } catch (error) {
    if (error instanceof Shortfall) return { failed: error.productId };
    throw error;
  }
}

/**
 * Applies `assignment` to the product of every line meeting `condition`, in one statement, and
 * returns the rows changed, by product id. The products are locked first, in id order.
 *
 * Why one statement: the facet-count triggers (product_facet_count) run once per statement and
 * lock the counts they move in key order. Line-by-line updates would lock the counts of each
 * line's key in turn, and two orders crossing two keys in opposite orders would deadlock.
 */
async function updateStock(
  em: EntityManager,
  lines: readonly (OrderLine & { consumed?: number })[],
  assignment: string,
  condition = 'true',
): Promise<StockRow[]> {
  if (lines.length === 0) return [];
  // A multi-row UPDATE locks rows in the order of its plan; this locks them in one order for every
  // caller. One row needs no order (most orders are of one product: one statement, not two).
  if (lines.length > 1) {
    const ids = lines.map((line) => line.productId);
    await execute(em, 'select id from catalog.product where id in (?) order by id for update', [ids]);
  }
  const rows = await execute<StockRow>(
    em,
    `update catalog.product p set ${assignment}, updated_at = now()
     from jsonb_to_recordset(?::jsonb) as l(id uuid, quantity int, consumed int)
     where p.id = l.id and ${condition}
     returning p.id, p.stock_on_hand, p.stock_reserved`,
    [JSON.stringify(lines.map(({ productId, quantity, consumed }) => ({ id: productId, quantity, consumed })))],
  );
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const rows = await updateStock(
    em,
    claimed.map(({ product_id, quantity }) => ({
      productId: product_id,
      quantity,
      consumed: status === 'CONSUMED' ? quantity : 0,
    })),
    'stock_on_hand = p.stock_on_hand - l.consumed, stock_reserved = p.stock_reserved - l.quantity',
  );
  const settled = new Set(rows.map((row) => row.id));
  const missing = claimed.find((line) => !settled.has(line.product_id));
  if (missing) throw new Error(`reserved product ${missing.product_id} of order ${orderId} no longer exists`);
  for (const row of rows) recordStockChanged(em, stockOf(row), traceparent);
  await em.flush();
  return claimed.length;
}

function stockOf(row: StockRow) {
  return { id: row.id, stockOnHand: row.stock_on_hand, stockReserved: row.stock_reserved };
}
