import type { Logger } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { applyPaymentNotification } from '../domain/payments/notifications.ts';
import { NotificationRefusedError, type PaymentProvider } from '../domain/payments/provider.ts';

export const paymentWebhookPath = '/webhooks/payments';

/**
 * Where the payment provider's notifications arrive. Not behind the router credential: the
 * provider signs each one, and that signature is the proof (README, Security). The body is read
 * raw, as signed. 401 for a refused signature, 409 for a notification applied already, 204 once
 * applied; anything else is a 500 and the provider sends it again later.
 */
export function paymentWebhook(app: Express, em: EntityManager, provider: PaymentProvider, log: Logger): void {
  app.post(paymentWebhookPath, express.text({ type: () => true, limit: '64kb' }), async (req, res) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]),
    );
    let notification: ReturnType<PaymentProvider['readNotification']>;
    try {
      notification = provider.readNotification(typeof req.body === 'string' ? req.body : '', headers);
    } catch (error) {
      if (!(error instanceof NotificationRefusedError)) throw error;
      log.warn({ reason: error.message, clientIp: req.ip }, 'payment notification refused');
      res.status(401).json({ error: 'invalid_signature' });
      return;
    }
    const outcome = await em.fork().transactional((tx) => applyPaymentNotification(tx, notification));
    if (outcome === 'replayed') res.status(409).json({ error: 'replayed' });
    else res.status(204).end();
  });
}
