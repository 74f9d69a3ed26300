import { execute } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { settleAuthentication } from './payment-saga.ts';
import type { PaymentNotification } from './provider.ts';

/** The provider notifications applied, by id: a second delivery of one is a replay. */
export const PaymentNotificationReceipt = defineEntity({
  name: 'PaymentNotificationReceipt',
  tableName: 'payment_notification',
  properties: {
    id: p.string().primary(),
    receivedAt: p.datetime(),
  },
});
export type PaymentNotificationReceipt = InferEntity<typeof PaymentNotificationReceipt>;

/**
 * Applies a verified provider notification, in the caller's transaction: `replayed` when its id
 * was applied already, and then nothing changes. The id is claimed first (unique, on conflict), so
 * of two concurrent deliveries one applies and the other waits, then reads as a replay. The
 * payment's state then changes after the claim, in the same transaction (settleAuthentication).
 */
export async function applyPaymentNotification(
  em: EntityManager,
  notification: PaymentNotification,
): Promise<'applied' | 'replayed'> {
  const claimed = await execute(
    em,
    'insert into orders.payment_notification (id, received_at) values (?, now()) on conflict (id) do nothing returning id',
    [notification.id],
  );
  if (claimed.length === 0) return 'replayed';
  await settleAuthentication(em, notification, undefined);
  return 'applied';
}
