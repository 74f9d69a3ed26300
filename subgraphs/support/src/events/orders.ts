import type { ConsumerDefinition } from '@comptoir/kit';
import { OrderOwner } from '../domain/ticket.ts';

/** Keeps whose order is which, so a customer can attach only their own order to a ticket. */
export const orderOwners: ConsumerDefinition = {
  group: 'support.order-owners',
  handlers: {
    'order.placed': async ({ em }, event) => {
      await em.upsert(OrderOwner, { id: event.data.orderId, customerId: event.data.customerId });
    },
  },
};
