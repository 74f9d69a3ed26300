import { isUuid, type RequestContext, recordEvent, requireClaims, requireScope, UserInputError } from '@comptoir/kit';
import { LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { Order } from '../order.ts';
import { Payment, PaymentEvent, PaymentRefund } from './payment.ts';

export interface RefundPaymentInput {
  orderId: string;
  amount: number;
  reason: string;
}

const maxReasonLength = 500;

/**
 * Staff (`orders:admin`) give back part or all of what was captured, as many times as they like up
 * to the captured amount: the refund is recorded as REQUESTED with `payment.refund_requested`, and
 * orders' payments consumer makes it with the provider (`refunds`). Amounts already requested
 * count, so refunds asked together never exceed the capture.
 */
export async function refundPayment(
  ctx: Pick<RequestContext, 'em' | 'claims' | 'traceparent'>,
  input: RefundPaymentInput,
): Promise<{ order: Order }> {
  requireScope(ctx, 'orders:admin');
  const claims = requireClaims(ctx);
  const reason = input.reason.trim();
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new UserInputError(
      'INVALID_AMOUNT',
      { en: 'Refund a positive amount.', fr: 'Remboursez un montant positif.' },
      'input.amount',
    );
  }
  if (reason.length === 0 || reason.length > maxReasonLength) {
    throw new UserInputError(
      'INVALID_REASON',
      {
        en: `Give a reason of 1 to ${maxReasonLength} characters.`,
        fr: `Indiquez un motif de 1 à ${maxReasonLength} caractères.`,
      },
      'input.reason',
    );
  }
  return ctx.em.transactional(async (em) => {
    const order = isUuid(input.orderId) ? await em.findOne(Order, { id: input.orderId }) : null;
    const payment =
      order &&
      (await em.findOne(Payment, { orderId: order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }));
    if (!order || !payment) {
      throw new UserInputError(
        'ORDER_NOT_FOUND',
        { en: 'No paid order has this id.', fr: 'Aucune commande payée ne porte cet identifiant.' },
        'input.orderId',
      );
    }
    if (payment.amountCaptured === 0) {
      throw new UserInputError(
        'PAYMENT_NOT_CAPTURED',
        {
          en: 'Nothing was captured for this order yet: cancel it instead, its authorization is then released.',
          fr: 'Rien n’a encore été encaissé pour cette commande : annulez-la, son autorisation est alors libérée.',
        },
        'input.orderId',
      );
    }
    const requested = await em.find(PaymentRefund, { payment: payment.id });
    const refundable = payment.amountCaptured - requested.reduce((sum, refund) => sum + refund.amount, 0);
    if (input.amount > refundable) {
      throw new UserInputError(
        'REFUND_EXCEEDS_CAPTURED',
        {
          en: `At most ${refundable} (minor units of ${payment.currency}) can still be refunded.`,
          fr: `Au plus ${refundable} (unités mineures de ${payment.currency}) peuvent encore être remboursées.`,
        },
        'input.amount',
      );
    }
    const refund = em.create(PaymentRefund, {
      id: uuidv7(),
      payment,
      amount: input.amount,
      reason,
      status: 'REQUESTED',
      requestedBy: claims.sub,
      requestedAt: new Date(),
    });
    em.create(PaymentEvent, {
      id: uuidv7(),
      payment,
      type: 'REFUND_REQUESTED',
      amount: input.amount,
      reason,
      at: refund.requestedAt,
    });
    recordEvent(em, {
      type: 'payment.refund_requested',
      subject: order.id,
      data: {
        orderId: order.id,
        paymentId: payment.id,
        refundId: refund.id,
        amount: { amount: input.amount, currency: payment.currency },
      },
      traceparent: ctx.traceparent,
    });
    await em.flush();
    return { order };
  });
}
