import type { ServicesBuilder } from '@comptoir/kit';
import { ordersConfig, paymentsConfig } from './config.ts';
import type { OrdersServices } from './domain/context.ts';
import { cancelUnansweredOrders } from './domain/order-lifecycle.ts';
import { createTestProvider } from './domain/payments/test-provider/index.ts';
import { payments as paymentsConsumer } from './events/payments.ts';

/** Orders cancelled per transaction of the sweep: short transactions, short row locks. */
const sweepBatch = 100;

/**
 * The orders configuration, read once at start, and the sweep of orders whose stock decision never
 * came, run four times per timeout (at most every minute): an order is cancelled at most a quarter
 * of the timeout late.
 */
export const ordersServices: ServicesBuilder<OrdersServices> = async ({ rawEnv, orm }) => {
  const config = ordersConfig(rawEnv);
  const payments = paymentsConfig(rawEnv);
  // The test provider's pages are served here, at an address known once the subgraph listens.
  const origin = Promise.withResolvers<string>();
  const paymentProvider = createTestProvider({
    em: orm.em,
    authorizationTtlMs: payments.authorizationTtlMs,
    origin: origin.promise,
    webhookSecret: payments.webhookSecret,
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
    tasks: [{ name: 'reservation-timeout', everyMs, run: sweep }],
    // Its provider calls need the provider: started with the subgraph's other consumers.
    consumers: [paymentsConsumer(paymentProvider)],
    routes: (_app, listening) => origin.resolve(listening),
  };
};
