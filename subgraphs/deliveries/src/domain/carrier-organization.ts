import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Read model from auth's `partner_organization.created`: the carriers a delivery may be assigned to. */
export const CarrierOrganization = defineEntity({
  name: 'CarrierOrganization',
  properties: {
    /** The organisation's id. */
    id: p.uuid().primary(),
  },
});
export type CarrierOrganization = InferEntity<typeof CarrierOrganization>;
