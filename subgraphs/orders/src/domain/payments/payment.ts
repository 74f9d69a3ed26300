import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const paymentStatuses = [
  'PENDING',
  'ACTION_REQUIRED',
  'AUTHORIZED',
  'FAILED',
  'CAPTURED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'VOIDED',
] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const paymentEventTypes = [
  'AUTHORIZATION_REQUESTED',
  'ACTION_REQUIRED',
  'AUTHORIZED',
  'FAILED',
  'CAPTURED',
  'VOIDED',
  'REFUND_REQUESTED',
  'REFUNDED',
] as const;
export type PaymentEventType = (typeof paymentEventTypes)[number];

/**
 * The payment of one order, amounts in minor units of the order's currency. Nothing card-like is
 * kept: the card is the provider's brand and last four digits. `authorizationToken` is the
 * provider's one-time token, held only until the authorization is asked for, then erased.
 */
export const Payment = defineEntity({
  name: 'Payment',
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().unique(),
    /** The provider's name, e.g. `test`. */
    provider: p.string(),
    status: p.enum(paymentStatuses),
    currency: p.string().length(3),
    /** What is to be authorized: the order's total. */
    amount: p.bigint('number'),
    amountAuthorized: p.bigint('number'),
    amountCaptured: p.bigint('number'),
    amountRefunded: p.bigint('number'),
    authorizationToken: p.string().nullable(),
    /** The provider's notifications name the authorization: found by it. */
    authorizationId: p.string().nullable().index(),
    /** Where the client sends the customer to authenticate (3-D Secure), while ACTION_REQUIRED. */
    actionUrl: p.text().nullable(),
    methodBrand: p.string().nullable(),
    methodLast4: p.string().length(4).nullable(),
    /** The provider's reason of a declined authorization, e.g. card_declined. */
    failureReason: p.string().nullable(),
    createdAt: p.datetime(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Payment = InferEntity<typeof Payment>;

/** One step of a payment's history, oldest first: what happened, for how much, and why. */
export const PaymentEvent = defineEntity({
  name: 'PaymentEvent',
  properties: {
    id: p.uuid().primary(),
    payment: () => p.manyToOne(Payment).index(),
    type: p.enum(paymentEventTypes),
    amount: p.bigint('number').nullable(),
    reason: p.string().length(500).nullable(),
    at: p.datetime(),
  },
});
export type PaymentEvent = InferEntity<typeof PaymentEvent>;

/**
 * A refund staff asked for: REQUESTED until the provider made it. Requested amounts count against
 * what was captured at once, so two refunds asked together never exceed it.
 */
export const PaymentRefund = defineEntity({
  name: 'PaymentRefund',
  properties: {
    id: p.uuid().primary(),
    payment: () => p.manyToOne(Payment).index(),
    amount: p.bigint('number'),
    reason: p.string().length(500),
    status: p.enum(['REQUESTED', 'REFUNDED'] as const),
    requestedBy: p.uuid(),
    requestedAt: p.datetime(),
  },
});
export type PaymentRefund = InferEntity<typeof PaymentRefund>;
