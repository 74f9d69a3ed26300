import { type EventContext, PermanentEventError, recordEvent } from '@comptoir/kit';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { type Order, OrderLine } from '../order.ts';
import { lockOrder, moveTo } from '../order-lifecycle.ts';
import { Payment, PaymentEvent, type PaymentEventType, PaymentRefund } from './payment.ts';
import { type PaymentMethod, type PaymentProvider, ProviderRefusedError } from './provider.ts';

/*
 * The payment's part of the checkout saga. Each step runs in the transaction of the consumer that
 * handles one of orders' own events (README, "Checkout and cancellation"): the provider is called
 * with an idempotency key derived from the payment and the operation, and its answer is recorded
 * with the next outbox event in that same transaction. A crash between the answer and the commit
 * redelivers the event; the provider answers the same key with the same outcome, so nothing is
 * charged twice and nothing is lost. A ProviderUnavailableError thrown here is retried with backoff
 * by the consumer runner, then dead-lettered.
 */

/** Opens the PENDING payment of an order being placed, in placeOrder's transaction. */
export function openPayment(em: EntityManager, order: Order, provider: string, token: string): Payment {
  const payment = em.create(Payment, {
    id: uuidv7(),
    orderId: order.id,
    provider,
    status: 'PENDING',
    currency: order.currency,
    amount: order.totalAmount,
    amountAuthorized: 0,
    amountCaptured: 0,
    amountRefunded: 0,
    authorizationToken: token,
    authorizationId: null,
    actionUrl: null,
    methodBrand: null,
    methodLast4: null,
    failureReason: null,
    createdAt: order.placedAt,
  });
  note(em, payment, 'AUTHORIZATION_REQUESTED', payment.amount);
  return payment;
}

function lockPayment(em: EntityManager, orderId: string): Promise<Payment | null> {
  return em.findOne(Payment, { orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

function note(em: EntityManager, payment: Payment, type: PaymentEventType, amount: number | null, reason?: string) {
  em.create(PaymentEvent, { id: uuidv7(), payment, type, amount, reason: reason ?? null, at: new Date() });
}

function useMethod(payment: Payment, method: PaymentMethod | null) {
  if (!method) return;
  payment.methodBrand = method.brand;
  payment.methodLast4 = method.last4;
}

/**
 * Asks the provider to authorize a placed order's total (`order.placed`). Authorized: announces
 * `payment.authorized` with the order's lines (catalog then reserves the stock). Declined: the
 * order is CANCELLED (PAYMENT_DECLINED) with the provider's reason. Authentication required: the
 * order waits in PAYMENT_ACTION_REQUIRED with the action URL, until the provider's notification
 * (`settleAuthentication`) or the timeout sweep. An order cancelled before its authorization is
 * not authorized at all. The token is erased once used, whatever the outcome.
 */
export async function authorizePayment(
  { em, log, traceparent }: EventContext,
  provider: PaymentProvider,
  orderId: string,
): Promise<void> {
  const order = await lockOrder(em, orderId);
  const payment = order && (await lockPayment(em, order.id));
  if (!order || payment?.status !== 'PENDING' || !payment.authorizationToken) {
    log.info({ orderId, payment: payment?.status ?? null }, 'no payment awaiting authorization: ignored');
    return;
  }
  if (order.status !== 'PLACED') {
    // The customer cancelled first: voidPayment closes the payment on that `order.cancelled`.
    log.info({ orderId, status: order.status }, 'order no longer placed: not authorized');
    return;
  }
  const token = payment.authorizationToken;
  let outcome: Awaited<ReturnType<PaymentProvider['authorize']>>;
  try {
    outcome = await provider.authorize({
      idempotencyKey: `${payment.id}:authorize`,
      token,
      amount: payment.amount,
      currency: payment.currency,
      reference: order.number,
    });
  } catch (error) {
    // e.g. an unusable token: the provider's final word, told to the customer as a decline.
    if (!(error instanceof ProviderRefusedError)) throw error;
    outcome = { kind: 'declined', reason: error.code, method: null };
  }
  payment.authorizationToken = null;
  useMethod(payment, outcome.method);
  switch (outcome.kind) {
    case 'authorized':
      await authorized(em, order, payment, outcome.authorizationId, traceparent);
      break;
    case 'declined':
      await declined(em, order, payment, outcome.reason, traceparent);
      break;
    case 'action_required':
      payment.status = 'ACTION_REQUIRED';
      payment.authorizationId = outcome.authorizationId;
      payment.actionUrl = outcome.actionUrl;
      note(em, payment, 'ACTION_REQUIRED', payment.amount);
      await moveTo(em, order, 'PAYMENT_ACTION_REQUIRED', traceparent);
      break;
  }
  await em.flush();
}

async function authorized(
  em: EntityManager,
  order: Order,
  payment: Payment,
  authorizationId: string,
  traceparent: string | undefined,
): Promise<void> {
  payment.status = 'AUTHORIZED';
  payment.authorizationId = authorizationId;
  payment.actionUrl = null;
  payment.amountAuthorized = payment.amount;
  note(em, payment, 'AUTHORIZED', payment.amount);
  const lines = await em.find(OrderLine, { order: order.id }, { orderBy: { position: 'asc' } });
  recordEvent(em, {
    type: 'payment.authorized',
    subject: order.id,
    data: {
      orderId: order.id,
      paymentId: payment.id,
      amount: { amount: payment.amount, currency: payment.currency },
      lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
    },
    traceparent,
  });
}

async function declined(
  em: EntityManager,
  order: Order,
  payment: Payment,
  reason: string,
  traceparent: string | undefined,
): Promise<void> {
  payment.status = 'FAILED';
  payment.actionUrl = null;
  payment.failureReason = reason;
  note(em, payment, 'FAILED', null, reason);
  recordEvent(em, {
    type: 'payment.failed',
    subject: order.id,
    data: { orderId: order.id, paymentId: payment.id, reason },
    traceparent,
  });
  await moveTo(em, order, 'CANCELLED', traceparent, 'PAYMENT_DECLINED');
}

/**
 * The provider's word on a customer authentication (3-D Secure), from a verified notification:
 * succeeded, the authorization goes on as if approved at once (the order is PLACED again, catalog
 * reserves on `payment.authorized`); failed or expired, the order is cancelled PAYMENT_DECLINED.
 * A payment no longer awaiting it (cancelled by the timeout and voided) is left as it is.
 */
export async function settleAuthentication(
  em: EntityManager,
  notification: { type: string; authorizationId: string; reason?: string },
  traceparent: string | undefined,
): Promise<'applied' | 'ignored'> {
  const found = await em.findOne(Payment, { authorizationId: notification.authorizationId });
  const order = found && (await lockOrder(em, found.orderId));
  const payment = order && (await lockPayment(em, order.id));
  if (!order || payment?.status !== 'ACTION_REQUIRED' || order.status !== 'PAYMENT_ACTION_REQUIRED') return 'ignored';
  if (notification.type === 'authorization.succeeded') {
    await authorized(em, order, payment, notification.authorizationId, traceparent);
    await moveTo(em, order, 'PLACED', traceparent);
  } else {
    const reason = notification.reason ?? notification.type.replace('authorization.', 'authentication_');
    await declined(em, order, payment, reason, traceparent);
  }
  await em.flush();
  return 'applied';
}

/** Takes the authorized amount when the order ships (`order.shipped`). */
export async function capturePayment(
  { em, log, traceparent }: EventContext,
  provider: PaymentProvider,
  orderId: string,
): Promise<void> {
  const payment = await lockPayment(em, orderId);
  if (payment?.status !== 'AUTHORIZED' || !payment.authorizationId) {
    log.info({ orderId, payment: payment?.status ?? null }, 'no authorized payment to capture: ignored');
    return;
  }
  await finalWord(() =>
    provider.capture({
      idempotencyKey: `${payment.id}:capture`,
      authorizationId: payment.authorizationId as string,
      amount: payment.amountAuthorized,
    }),
  );
  payment.status = 'CAPTURED';
  payment.amountCaptured = payment.amountAuthorized;
  note(em, payment, 'CAPTURED', payment.amountCaptured);
  recordEvent(em, {
    type: 'payment.captured',
    subject: orderId,
    data: { orderId, paymentId: payment.id, amount: { amount: payment.amountCaptured, currency: payment.currency } },
    traceparent,
  });
  await em.flush();
}

/**
 * Releases the authorization of a cancelled order (`order.cancelled`, whatever cancelled it: the
 * customer, the delivery accepting their request, lack of stock, the timeout). A payment never
 * authorized is closed without calling the provider; one captured or failed is left as it is.
 */
export async function voidPayment(
  { em, log, traceparent }: EventContext,
  provider: PaymentProvider,
  orderId: string,
): Promise<void> {
  const payment = await lockPayment(em, orderId);
  if (payment?.status === 'PENDING') {
    payment.status = 'VOIDED';
    payment.authorizationToken = null;
    note(em, payment, 'VOIDED', null, 'order_cancelled');
    await em.flush();
    return;
  }
  if ((payment?.status !== 'AUTHORIZED' && payment?.status !== 'ACTION_REQUIRED') || !payment.authorizationId) {
    log.info({ orderId, payment: payment?.status ?? null }, 'no authorization to void: ignored');
    return;
  }
  await finalWord(() =>
    provider.void({ idempotencyKey: `${payment.id}:void`, authorizationId: payment.authorizationId as string }),
  );
  payment.status = 'VOIDED';
  payment.actionUrl = null;
  note(em, payment, 'VOIDED', payment.amountAuthorized, 'order_cancelled');
  recordEvent(em, { type: 'payment.voided', subject: orderId, data: { orderId, paymentId: payment.id }, traceparent });
  await em.flush();
}

/** Makes a refund staff asked for (`payment.refund_requested`), once. */
export async function makeRefund(
  { em, log, traceparent }: EventContext,
  provider: PaymentProvider,
  request: { orderId: string; refundId: string },
): Promise<void> {
  const payment = await lockPayment(em, request.orderId);
  const refund = payment && (await em.findOne(PaymentRefund, { id: request.refundId, payment: payment.id }));
  if (!payment?.authorizationId || refund?.status !== 'REQUESTED') {
    log.info({ ...request, refund: refund?.status ?? null }, 'no refund awaiting the provider: ignored');
    return;
  }
  await finalWord(() =>
    provider.refund({
      idempotencyKey: `${refund.id}:refund`,
      authorizationId: payment.authorizationId as string,
      amount: refund.amount,
    }),
  );
  refund.status = 'REFUNDED';
  payment.amountRefunded += refund.amount;
  payment.status = payment.amountRefunded >= payment.amountCaptured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  note(em, payment, 'REFUNDED', refund.amount, refund.reason);
  recordEvent(em, {
    type: 'payment.refunded',
    subject: request.orderId,
    data: {
      orderId: request.orderId,
      paymentId: payment.id,
      refundId: refund.id,
      amount: { amount: refund.amount, currency: payment.currency },
      reason: refund.reason,
    },
    traceparent,
  });
  await em.flush();
}

/** A refusal of the provider is final: retrying cannot change it, so it goes to the dead letters at once. */
async function finalWord<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProviderRefusedError) {
      throw new PermanentEventError(`provider refused: ${error.code} (${error.message})`);
    }
    throw error;
  }
}
