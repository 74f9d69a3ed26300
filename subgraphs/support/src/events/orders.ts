import { type ConsumerDefinition, execute } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Keeps an order's owner and, once an event names it, its number: a later event without one keeps it. */
async function keepOrderOwner(
  em: EntityManager,
  order: { orderId: string; customerId: string; number: string | null },
): Promise<void> {
  await execute(
    em,
    `insert into support.order_owner (id, customer_id, number) values (?, ?, ?)
     on conflict (id) do update set number = coalesce(excluded.number, order_owner.number)`,
    [order.orderId, order.customerId, order.number],
  );
}

/**
 * Keeps whose order is which, so a customer can attach only their own order to a ticket, and the
 * order's number for the mails about it (from `order.confirmed` when `order.placed` is 1.0).
 */
export const orderOwners: ConsumerDefinition = {
  group: 'support.order-owners',
  handlers: {
    'order.placed': ({ em }, event) => keepOrderOwner(em, event.data),
    'order.confirmed': ({ em }, event) => keepOrderOwner(em, event.data),
  },
};
