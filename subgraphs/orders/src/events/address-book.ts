import type { ConsumerDefinition } from '@comptoir/kit';
import { CustomerAddress } from '../domain/customer-address.ts';

/** Keeps the copy of the address books current. Events of one user arrive in order (keyed by user id). */
export const addressBook: ConsumerDefinition = {
  group: 'orders.address-book',
  handlers: {
    'address.saved': async ({ em }, event) => {
      const { userId, addressId, address } = event.data;
      await em.upsert(CustomerAddress, { id: addressId, userId, ...address, updatedAt: new Date(event.time) });
    },
    'address.removed': async ({ em }, event) => {
      await em.nativeDelete(CustomerAddress, { id: event.data.addressId, userId: event.data.userId });
    },
  },
};
