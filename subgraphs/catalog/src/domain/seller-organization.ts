import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Read model from auth's `partner_organization.created`: the sellers a product may be assigned to. */
export const SellerOrganization = defineEntity({
  name: 'SellerOrganization',
  properties: {
    /** The organisation's id. */
    id: p.uuid().primary(),
  },
});
export type SellerOrganization = InferEntity<typeof SellerOrganization>;
