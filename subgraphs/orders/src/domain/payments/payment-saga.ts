import { type OutsideCallHandler, PermanentEventError, recordEvent } from '@comptoir/kit';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { Order, OrderLine } from '../order.ts';
import { lockOrder, moveTo } from '../order-lifecycle.ts';
import { Payment, PaymentEvent, type PaymentEventType, PaymentRefund } from './payment.ts';
import {
  type AuthorizationOutcome,
  type PaymentMethod,
  type PaymentProvider,
  ProviderRefusedError,
} from './provider.ts';

/*
 * The payment's part of the checkout saga, in the consumer of orders' own events (README,
 * "Checkout and cancellation"). Each step is an outside call: the provider is called before the
 * consumer's transaction, holding no connection while it answers, with an idempotency key derived
 * from the payment and the operation; then its answer is recorded with the next outbox event in
 * the transaction that marks the event processed, after checking again, under the rows' locks,
 * what the call was made for. A crash between the answer and the commit redelivers the event and
 * calls again: the provider answers the same key with the same outcome, so nothing is charged
 * twice and nothing is lost. A ProviderUnavailableError thrown by a call is retried with backoff
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
 * not authorized at all; one cancelled while the provider answered keeps the authorization for
 * `voids` to release on its `order.cancelled`, which comes next. The token is erased once used.
 */
export function authorizes(provider: PaymentProvider): OutsideCallHandler<'order.placed', AuthorizationOutcome | null> {
  return {
    async call({ em, log }, { data: { orderId } }) {
      const order = await em.findOne(Order, { id: orderId });
      const payment = order && (await em.findOne(Payment, { orderId }));
      if (!order || payment?.status !== 'PENDING' || !payment.authorizationToken) {
        log.info({ orderId, payment: payment?.status ?? null }, 'no payment awaiting authorization: ignored');
        return null;
      }
      if (order.status !== 'PLACED') {
        // The customer cancelled first: `voids` closes the payment on that `order.cancelled`.
        log.info({ orderId, status: order.status }, 'order no longer placed: not authorized');
        return null;
      }
      try {
        return await provider.authorize({
          idempotencyKey: `${payment.id}:authorize`,
          token: payment.authorizationToken,
          amount: payment.amount,
          currency: payment.currency,
          reference: order.number,
        });
      } catch (error) {
        // e.g. an unusable token: the provider's final word, told to the customer as a decline.
        if (!(error instanceof ProviderRefusedError)) throw error;
        return { kind: 'declined', reason: error.code, method: null };
      }
    },
    async apply({ em, traceparent }, { data: { orderId } }, outcome) {
      const order = outcome && (await lockOrder(em, orderId));
      const payment = order && (await lockPayment(em, order.id));
      if (!outcome || !order || payment?.status !== 'PENDING') return;
      payment.authorizationToken = null;
      useMethod(payment, outcome.method);
      const stillPlaced = order.status === 'PLACED';
      switch (outcome.kind) {
        case 'authorized':
          if (stillPlaced) await authorized(em, order, payment, outcome.authorizationId, traceparent);
          else holdAuthorization(payment, outcome.authorizationId);
          break;
        case 'declined':
          await declined(em, order, payment, outcome.reason, traceparent, stillPlaced);
          break;
        case 'action_required':
          payment.status = 'ACTION_REQUIRED';
          payment.authorizationId = outcome.authorizationId;
          payment.actionUrl = stillPlaced ? outcome.actionUrl : null;
          note(em, payment, 'ACTION_REQUIRED', payment.amount);
          if (stillPlaced) await moveTo(em, order, 'PAYMENT_ACTION_REQUIRED', traceparent);
          break;
      }
      await em.flush();
    },
  };
}

/** An authorization granted for an order cancelled meanwhile: kept, unannounced, to be voided. */
function holdAuthorization(payment: Payment, authorizationId: string): void {
  payment.status = 'AUTHORIZED';
  payment.authorizationId = authorizationId;
  payment.amountAuthorized = payment.amount;
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
  cancelsOrder = true,
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
  if (cancelsOrder) await moveTo(em, order, 'CANCELLED', traceparent, 'PAYMENT_DECLINED');
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
export function captures(provider: PaymentProvider): OutsideCallHandler<'order.shipped', boolean> {
  return {
    async call({ em, log }, { data: { orderId } }) {
      const payment = await em.findOne(Payment, { orderId });
      if (payment?.status !== 'AUTHORIZED' || !payment.authorizationId) {
        log.info({ orderId, payment: payment?.status ?? null }, 'no authorized payment to capture: ignored');
        return false;
      }
      await finalWord(() =>
        provider.capture({
          idempotencyKey: `${payment.id}:capture`,
          authorizationId: payment.authorizationId as string,
          amount: payment.amountAuthorized,
        }),
      );
      return true;
    },
    async apply({ em, traceparent }, { data: { orderId } }, captured) {
      const payment = captured ? await lockPayment(em, orderId) : null;
      if (payment?.status !== 'AUTHORIZED') return;
      payment.status = 'CAPTURED';
      payment.amountCaptured = payment.amountAuthorized;
      note(em, payment, 'CAPTURED', payment.amountCaptured);
      recordEvent(em, {
        type: 'payment.captured',
        subject: orderId,
        data: {
          orderId,
          paymentId: payment.id,
          amount: { amount: payment.amountCaptured, currency: payment.currency },
        },
        traceparent,
      });
      await em.flush();
    },
  };
}

/**
 * Releases the authorization of a cancelled order (`order.cancelled`, whatever cancelled it: the
 * customer, the delivery accepting their request, lack of stock, the timeout). A payment never
 * authorized is closed without calling the provider; one captured or failed is left as it is.
 */
export function voids(provider: PaymentProvider): OutsideCallHandler<'order.cancelled', 'voided' | 'close' | null> {
  return {
    async call({ em, log }, { data: { orderId } }) {
      const payment = await em.findOne(Payment, { orderId });
      if (payment?.status === 'PENDING') return 'close';
      if ((payment?.status !== 'AUTHORIZED' && payment?.status !== 'ACTION_REQUIRED') || !payment.authorizationId) {
        log.info({ orderId, payment: payment?.status ?? null }, 'no authorization to void: ignored');
        return null;
      }
      await finalWord(() =>
        provider.void({ idempotencyKey: `${payment.id}:void`, authorizationId: payment.authorizationId as string }),
      );
      return 'voided';
    },
    async apply({ em, traceparent }, { data: { orderId } }, decided) {
      const payment = decided ? await lockPayment(em, orderId) : null;
      if (!payment) return;
      if (decided === 'close' && payment.status === 'PENDING') {
        payment.status = 'VOIDED';
        payment.authorizationToken = null;
        note(em, payment, 'VOIDED', null, 'order_cancelled');
      } else if (decided === 'voided' && (payment.status === 'AUTHORIZED' || payment.status === 'ACTION_REQUIRED')) {
        payment.status = 'VOIDED';
        payment.actionUrl = null;
        note(em, payment, 'VOIDED', payment.amountAuthorized, 'order_cancelled');
        recordEvent(em, {
          type: 'payment.voided',
          subject: orderId,
          data: { orderId, paymentId: payment.id },
          traceparent,
        });
      }
      await em.flush();
    },
  };
}

/** Makes a refund staff asked for (`payment.refund_requested`), once. */
export function refunds(provider: PaymentProvider): OutsideCallHandler<'payment.refund_requested', boolean> {
  return {
    async call({ em, log }, { data: request }) {
      const payment = await em.findOne(Payment, { orderId: request.orderId });
      const refund = payment && (await em.findOne(PaymentRefund, { id: request.refundId, payment: payment.id }));
      if (!payment?.authorizationId || refund?.status !== 'REQUESTED') {
        log.info({ ...request, refund: refund?.status ?? null }, 'no refund awaiting the provider: ignored');
        return false;
      }
      await finalWord(() =>
        provider.refund({
          idempotencyKey: `${refund.id}:refund`,
          authorizationId: payment.authorizationId as string,
          amount: refund.amount,
        }),
      );
      return true;
    },
    async apply({ em, traceparent }, { data: request }, refunded) {
      const payment = refunded ? await lockPayment(em, request.orderId) : null;
      const refund = payment && (await em.findOne(PaymentRefund, { id: request.refundId, payment: payment.id }));
      if (!payment || refund?.status !== 'REQUESTED') return;
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
    },
  };
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
