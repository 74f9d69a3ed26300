import { postalAddressColumns } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Orders' copy of the address books (auth's `address.*` events), to ship to an address by its id. */
export const CustomerAddress = defineEntity({
  name: 'CustomerAddress',
  properties: {
    /** The address book entry's id. */
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    ...postalAddressColumns(),
    updatedAt: p.datetime(),
  },
});
export type CustomerAddress = InferEntity<typeof CustomerAddress>;
