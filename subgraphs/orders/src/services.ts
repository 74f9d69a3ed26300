import type { ServicesBuilder } from '@comptoir/kit';
import { ordersConfig } from './config.ts';
import type { OrdersServices } from './domain/context.ts';
import { cancelUnansweredOrders } from './domain/order-lifecycle.ts';

/** Orders cancelled per transaction of the sweep: short transactions, short row locks. */
const sweepBatch = 100;

/**
 * The orders configuration, read once at start, and the sweep of orders whose stock decision never
 * came, run four times per timeout (at most every minute): an order is cancelled at most a quarter
 * of the timeout late.
 */
export const ordersServices: ServicesBuilder<OrdersServices> = async ({ rawEnv, orm }) => {
  const config = ordersConfig(rawEnv);
  const sweep = async () => {
    const placedBefore = new Date(Date.now() - config.reservationTimeoutMs);
    let cancelled: number;
    do cancelled = await cancelUnansweredOrders(orm.em.fork(), placedBefore, sweepBatch);
    while (cancelled === sweepBatch);
  };
  const everyMs = Math.min(60_000, config.reservationTimeoutMs / 4);
  return { services: config, tasks: [{ name: 'reservation-timeout', everyMs, run: sweep }] };
};
