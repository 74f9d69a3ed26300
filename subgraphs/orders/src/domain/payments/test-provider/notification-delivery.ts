import { backoffMs, execute, type Logger } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import type { PaymentNotification } from '../provider.ts';
import { TestProviderNotification } from './entities.ts';
import { signatureHeader, signBody } from './signature.ts';

export interface NotificationDeliveryOptions {
  /** Where notifications are POSTed; a promise while the orders subgraph is not listening yet. */
  webhookUrl: string | Promise<string>;
  webhookSecret: string;
  /** The wait after a first failure, doubled after each next one (up to an hour). */
  retryBaseMs: number;
  log: Logger;
}

/** Notifications sent per run; a run repeats until none is due. */
const batch = 20;
/** A claimed notification is due again after this, should its sender die mid-delivery. */
const claimLeaseSeconds = 60;
const attemptTimeoutMs = 10_000;
const maxRetryDelayMs = 3_600_000;

/** Keeps a notification to send, in the transaction of the change it tells of. */
export function keepNotification(em: EntityManager, notification: Omit<PaymentNotification, 'id'>): void {
  const id = uuidv7();
  const now = new Date();
  em.create(TestProviderNotification, {
    id,
    authorizationId: notification.authorizationId,
    body: JSON.stringify({ id, ...notification, createdAt: now.toISOString() }),
    nextAttemptAt: now,
    deliveredAt: null,
    lastError: null,
    createdAt: now,
  });
}

/**
 * Sends the notifications due, as a PSP does: POSTed as JSON, signed at each attempt, retried with
 * backoff while the endpoint fails. The endpoint has one when it answers 2xx, or 409 (it applied
 * that id already). Each is claimed for a lease first (FOR UPDATE SKIP LOCKED), so replicas and
 * overlapping runs do not send it twice at once, and one whose sender died is sent again.
 * Resolves with how many were delivered.
 */
export async function deliverDueNotifications(
  em: EntityManager,
  options: NotificationDeliveryOptions,
): Promise<number> {
  const url = await options.webhookUrl;
  let delivered = 0;
  for (;;) {
    const due = await execute<{ id: string; body: string; attempts: number }>(
      em,
      `update orders.test_provider_notification
          set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
        where id in (select id from orders.test_provider_notification
                      where delivered_at is null and next_attempt_at <= now()
                      order by next_attempt_at limit ? for update skip locked)
        returning id, body, attempts`,
      [claimLeaseSeconds, batch],
    );
    for (const notification of due) {
      const failure = await send(url, notification.body, options.webhookSecret);
      if (failure === null) {
        delivered += 1;
        await execute(em, 'update orders.test_provider_notification set delivered_at = now() where id = ?', [
          notification.id,
        ]);
        continue;
      }
      const retryInMs = backoffMs(options.retryBaseMs, notification.attempts, maxRetryDelayMs);
      options.log.warn(
        { notification: notification.id, attempts: notification.attempts, retryInMs, failure },
        'payment notification not delivered',
      );
      await execute(
        em,
        `update orders.test_provider_notification
            set next_attempt_at = now() + make_interval(secs => ?), last_error = ? where id = ?`,
        [retryInMs / 1000, failure, notification.id],
      );
    }
    if (due.length < batch) return delivered;
  }
}

/** Why a delivery failed, or null once the endpoint has it. */
async function send(url: string, body: string, secret: string): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [signatureHeader]: signBody(secret, body, new Date()) },
      body,
      signal: AbortSignal.timeout(attemptTimeoutMs),
    });
    await response.body?.cancel();
    return response.ok || response.status === 409 ? null : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}
