import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Orders' copy of the address books (auth's `address.*` events), to ship to an address by its id. */
export const CustomerAddress = defineEntity({
  name: 'CustomerAddress',
  properties: {
    /** The address book entry's id. */
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    name: p.string(),
    line1: p.string(),
    line2: p.string().nullable(),
    postalCode: p.string(),
    city: p.string(),
    country: p.string().length(2),
    phone: p.string().nullable(),
    updatedAt: p.datetime(),
  },
});
export type CustomerAddress = InferEntity<typeof CustomerAddress>;
