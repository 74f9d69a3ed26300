import {
  type EventContext,
  isUuid,
  type RequestContext,
  recordEvent,
  requireClaims,
  UserInputError,
} from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { type CancellationReason, Order, OrderLine, OrderStatusChange } from './order.ts';
import { cancellationFor, canMove, type OrderStatus, stepsForDelivery } from './order-status.ts';

/*
 * Every change of an order's status after it was placed. Each runs in one transaction that holds
 * the order's row lock, so a customer's cancellation racing the saga or a delivery update yields
 * one outcome; each appends a status-history row and records its event in the same transaction.
 */

/** Loads an order and holds its row lock until the transaction ends. */
export function lockOrder(em: EntityManager, orderId: string): Promise<Order | null> {
  if (!isUuid(orderId)) return Promise.resolve(null);
  return em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** The parcel an order ships in, as its delivery announced it (`order.shipped` passes it on). */
type Parcel = Pick<EventData<'order.shipped'>, 'carrier' | 'trackingNumber'>;
const parcelUnknown: Parcel = { carrier: null, trackingNumber: null };

/**
 * Moves a locked order to `status`: the history row and the event go with it (the payment's own
 * events tell PAYMENT_ACTION_REQUIRED and its way back to PLACED).
 */
export async function moveTo(
  em: EntityManager,
  order: Order,
  status: OrderStatus,
  traceparent: string | undefined,
  reason?: CancellationReason,
  parcel: Parcel = parcelUnknown,
): Promise<void> {
  if (!canMove(order.status, status)) throw new Error(`order ${order.id} cannot go ${order.status} → ${status}`);
  if (status === 'CANCELLED' && !reason) throw new Error(`order ${order.id}: a cancellation needs a reason`);
  order.status = status;
  if (reason) order.cancellationReason = reason;
  em.create(OrderStatusChange, { id: uuidv7(), order, status, at: new Date() });
  const subject = order.id;
  const orderId = order.id;
  switch (status) {
    case 'CONFIRMED': {
      const lines = await em.find(OrderLine, { order: order.id }, { orderBy: { position: 'asc' } });
      recordEvent(em, {
        type: 'order.confirmed',
        subject,
        data: {
          orderId,
          number: order.number,
          customerId: order.customerId,
          lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
          shippingAddress: order.shippingAddress,
        },
        traceparent,
      });
      break;
    }
    case 'CANCELLED':
      recordEvent(em, { type: 'order.cancelled', subject, data: { orderId, reason: reason as string }, traceparent });
      break;
    case 'CANCELLATION_REQUESTED':
      recordEvent(em, { type: 'order.cancellation_requested', subject, data: { orderId }, traceparent });
      break;
    case 'SHIPPED':
      recordEvent(em, { type: 'order.shipped', subject, data: { orderId, ...parcel }, traceparent });
      break;
    case 'DELIVERED':
      recordEvent(em, { type: 'order.delivered', subject, data: { orderId }, traceparent });
      break;
  }
}

/** Stock was reserved (`stock.reserved`): a PLACED order is CONFIRMED; any other is left as it is. */
export async function confirmOrder({ em, log, traceparent }: EventContext, orderId: string): Promise<void> {
  const order = await lockOrder(em, orderId);
  if (order?.status !== 'PLACED') {
    // e.g. the customer cancelled first: catalog releases the stock on that `order.cancelled`.
    log.info({ orderId, status: order?.status ?? null }, 'stock reserved for an order not awaiting it: ignored');
    return;
  }
  await moveTo(em, order, 'CONFIRMED', traceparent);
  await em.flush();
}

/**
 * Stock was refused (`stock.rejected`): a PLACED order is CANCELLED for lack of stock, and each
 * line that could not be served says why, for the customer to see.
 */
export async function rejectOrder(
  { em, log, traceparent }: EventContext,
  rejection: EventData<'stock.rejected'>,
): Promise<void> {
  const order = await lockOrder(em, rejection.orderId);
  if (order?.status !== 'PLACED') {
    log.info(
      { orderId: rejection.orderId, status: order?.status ?? null },
      'stock rejection for an order not awaiting it: ignored',
    );
    return;
  }
  const verdicts = new Map(rejection.lines.map((line) => [line.productId, line]));
  for (const line of await em.find(OrderLine, { order: order.id })) {
    const verdict = verdicts.get(line.productId);
    if (!verdict?.reason) continue;
    line.unavailabilityReason = verdict.reason;
    line.availableQuantity = Math.max(0, verdict.available);
  }
  await moveTo(em, order, 'CANCELLED', traceparent, 'OUT_OF_STOCK');
  await em.flush();
}

/**
 * A delivery progressed (`delivery.status_changed`): the order ships (`order.shipped` passes on the
 * delivery's carrier and tracking number), then is delivered, going through every step in between;
 * a delivery cancelled at the customer's request cancels the order (catalog then releases its
 * stock). A parcel picked up while the customer's cancellation request was on its way ships, and
 * the order says why the request was refused. A duplicate, stale or meaningless status changes nothing.
 */
export async function applyDeliveryStatus(
  { em, log, traceparent }: EventContext,
  change: EventData<'delivery.status_changed'>,
): Promise<void> {
  const order = await lockOrder(em, change.orderId);
  const steps = order ? stepsForDelivery(order.status, change.status) : [];
  if (!order || steps.length === 0) {
    log.info(
      { orderId: change.orderId, status: order?.status ?? null, delivery: change.status },
      'delivery status changes nothing for the order: ignored',
    );
    return;
  }
  if (order.status === 'CANCELLATION_REQUESTED' && steps[0] === 'SHIPPED')
    order.cancellationRefusal = 'ALREADY_SHIPPED';
  const parcel = { carrier: change.carrier, trackingNumber: change.trackingNumber };
  for (const step of steps)
    await moveTo(em, order, step, traceparent, step === 'CANCELLED' ? 'CUSTOMER_REQUEST' : undefined, parcel);
  await em.flush();
}

/**
 * Deliveries refused the customer's cancellation request (`delivery.cancellation_refused`): the
 * parcel was picked up, so the order ships (and is delivered, if the refusal says so) and says why;
 * the refusal names no parcel, so that `order.shipped` carries none.
 * An order no longer awaiting an answer (the pickup's own status change shipped it) is left as it is.
 */
export async function refuseCancellation(
  { em, log, traceparent }: EventContext,
  refusal: EventData<'delivery.cancellation_refused'>,
): Promise<void> {
  const order = await lockOrder(em, refusal.orderId);
  if (order?.status !== 'CANCELLATION_REQUESTED') {
    log.info(
      { orderId: refusal.orderId, status: order?.status ?? null },
      'cancellation refusal for an order not awaiting it: ignored',
    );
    return;
  }
  order.cancellationRefusal = 'ALREADY_SHIPPED';
  // A parcel FAILED or RETURNED has left too: it shipped.
  const steps = stepsForDelivery(order.status, refusal.status);
  for (const step of steps.length > 0 ? steps : (['SHIPPED'] as const)) await moveTo(em, order, step, traceparent);
  await em.flush();
}

/**
 * Cancels orders still PLACED or PAYMENT_ACTION_REQUIRED that were placed before `placedBefore`:
 * their payment or stock decision never came (an event or its answer dead-lettered), or the
 * customer never authenticated the payment. The reason, RESERVATION_TIMEOUT, is the customer's to
 * see; orders' payments void the authorization and catalog releases on `order.cancelled` whatever it had reserved. At most
 * `limit` per call, skipping orders the saga or another replica holds; resolves to how many.
 */
export function cancelUnansweredOrders(em: EntityManager, placedBefore: Date, limit: number): Promise<number> {
  return em.transactional(async (tx) => {
    const unanswered = await tx.find(
      Order,
      { status: { $in: ['PLACED', 'PAYMENT_ACTION_REQUIRED'] }, placedAt: { $lt: placedBefore } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { placedAt: 'asc' }, limit },
    );
    for (const order of unanswered) await moveTo(tx, order, 'CANCELLED', undefined, 'RESERVATION_TIMEOUT');
    await tx.flush();
    return unanswered.length;
  });
}

/**
 * The customer cancels one of their orders before it ships. A PLACED order (no delivery yet) is
 * CANCELLED at once and catalog releases whatever it reserved; a CONFIRMED one becomes
 * CANCELLATION_REQUESTED and its delivery decides (`applyDeliveryStatus`, `refuseCancellation`).
 * Asking again while the request is pending answers the order as it is. Someone else's order is not
 * found; a shipped, delivered or cancelled one is refused.
 */
export async function cancelOrder(
  ctx: Pick<RequestContext, 'em' | 'claims' | 'traceparent'>,
  input: { orderId: string },
): Promise<{ order: Order }> {
  const claims = requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const order = await lockOrder(em, input.orderId);
    if (order?.customerId !== claims.sub) {
      throw new UserInputError(
        'ORDER_NOT_FOUND',
        { en: 'No such order among yours.', fr: 'Aucune de vos commandes ne porte cet identifiant.' },
        'input.orderId',
      );
    }
    if (order.status === 'CANCELLATION_REQUESTED') return { order };
    const cancellation = cancellationFor(order.status);
    if (!cancellation) {
      throw new UserInputError(
        'ORDER_NOT_CANCELLABLE',
        order.status === 'CANCELLED'
          ? { en: 'This order is already cancelled.', fr: 'Cette commande est déjà annulée.' }
          : {
              en: 'This order has shipped and can no longer be cancelled.',
              fr: 'Cette commande est expédiée et ne peut plus être annulée.',
            },
        'input.orderId',
      );
    }
    await moveTo(
      em,
      order,
      cancellation,
      ctx.traceparent,
      cancellation === 'CANCELLED' ? 'CUSTOMER_REQUEST' : undefined,
    );
    return { order };
  });
}
