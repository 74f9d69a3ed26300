import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const testAuthorizationStatuses = ['requires_action', 'authorized', 'failed', 'voided'] as const;
export type TestAuthorizationStatus = (typeof testAuthorizationStatuses)[number];

/**
 * The test provider's record of an authorization, as a PSP keeps it: amounts in minor units of
 * `currency`, what was captured and refunded of it, and until when it can be captured. The card is
 * known by brand and last 4 digits only.
 */
export const TestProviderAuthorization = defineEntity({
  name: 'TestProviderAuthorization',
  tableName: 'test_provider_authorization',
  properties: {
    id: p.uuid().primary(),
    /** The merchant's reference: the order number. */
    reference: p.string(),
    amount: p.bigint('number'),
    currency: p.string().length(3),
    capturedAmount: p.bigint('number').default(0),
    refundedAmount: p.bigint('number').default(0),
    status: p.enum(testAuthorizationStatuses),
    /** Why authentication failed, for `failed`. */
    failureReason: p.string().nullable(),
    brand: p.string(),
    last4: p.string().length(4),
    expiresAt: p.datetime(),
    createdAt: p.datetime(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type TestProviderAuthorization = InferEntity<typeof TestProviderAuthorization>;

/**
 * The first outcome of each idempotency key: a call repeated with the key answers it again and
 * does nothing more. `request` is what the first call asked (never the card token), so a key reused
 * for another request is refused; `outcome` is written in the transaction that claimed the key.
 */
export const TestProviderIdempotency = defineEntity({
  name: 'TestProviderIdempotency',
  tableName: 'test_provider_idempotency',
  properties: {
    key: p.string().primary(),
    operation: p.string(),
    request: p.json<Record<string, unknown>>(),
    outcome: p.json<unknown>().nullable(),
    createdAt: p.datetime(),
  },
});
export type TestProviderIdempotency = InferEntity<typeof TestProviderIdempotency>;

/**
 * A notification the test provider owes the webhook endpoint: kept until delivered, so none is
 * lost when the endpoint fails or the process stops. `body` is sent as is, signed at each attempt;
 * `nextAttemptAt` is when it is due (again), later after each failure.
 */
export const TestProviderNotification = defineEntity({
  name: 'TestProviderNotification',
  tableName: 'test_provider_notification',
  indexes: [{ properties: ['nextAttemptAt'], options: { where: 'delivered_at is null' } }],
  properties: {
    id: p.uuid().primary(),
    authorizationId: p.uuid(),
    body: p.text(),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime(),
    deliveredAt: p.datetime().nullable(),
    /** Why the last attempt failed, for whoever looks at an undelivered one. */
    lastError: p.text().nullable(),
    createdAt: p.datetime(),
  },
});
export type TestProviderNotification = InferEntity<typeof TestProviderNotification>;
