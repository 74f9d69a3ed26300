import type { ServicesBuilder } from '@comptoir/kit';
import { ordersConfig, paymentsConfig } from './config.ts';
import type { OrdersServices } from './domain/context.ts';
import { cancelUnansweredOrders } from './domain/order-lifecycle.ts';
import { createTestProvider } from './domain/payments/test-provider/index.ts';
import { payments as paymentsConsumer } from './events/payments.ts';
import { paymentWebhook, paymentWebhookPath } from './http/payment-webhook.ts';

/** Orders cancelled per transaction of the sweep: short transactions, short row locks. */
const sweepBatch = 100;

/**
 * The orders configuration, read once at start, and the sweep of orders whose stock decision never
 * came, run four times per timeout (at most every minute): an order is cancelled at most a quarter
 * of the timeout late.
 */
export const ordersServices: ServicesBuilder<OrdersServices> = async ({ rawEnv, orm, log }) => {
  const config = ordersConfig(rawEnv);
  const payments = paymentsConfig(rawEnv);
  // The test provider's pages and the webhook are served here, at an address known once the subgraph listens.
  const origin = Promise.withResolvers<string>();
  const paymentProvider = createTestProvider({
    em: orm.em,
    authorizationTtlMs: payments.authorizationTtlMs,
    origin: origin.promise,
    webhookSecret: payments.webhookSecret,
    webhookUrl: payments.webhookUrl ?? origin.promise.then((served) => `${served}${paymentWebhookPath}`),
    retryBaseMs: payments.retryBaseMs,
    log,
  });
  const sweep = async () => {
    const placedBefore = new Date(Date.now() - config.reservationTimeoutMs);
    let cancelled: number;
    do cancelled = await cancelUnansweredOrders(orm.em.fork(), placedBefore, sweepBatch);
    while (cancelled === sweepBatch);
  };
  const everyMs = Math.min(60_000, config.reservationTimeoutMs / 4);
  return {
    services: { ...config, paymentProvider },
    tasks: [
      { name: 'reservation-timeout', everyMs, run: sweep },
      // Notifications kept while the endpoint failed, or when the process stopped before sending them.
      { name: 'payment-notifications', everyMs: payments.retryBaseMs, run: paymentProvider.deliverNotifications },
    ],
    // Its provider calls need the provider: started with the subgraph's other consumers.
    consumers: [paymentsConsumer(paymentProvider)],
    routes: (app, listening) => {
      paymentWebhook(app, orm.em, paymentProvider, log);
      paymentProvider.routes(app);
      origin.resolve(listening);
    },
  };
};
