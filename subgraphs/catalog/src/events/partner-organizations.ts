import type { ConsumerDefinition } from '@comptoir/kit';
import { SellerOrganization } from '../domain/seller-organization.ts';

/** Learns the seller organisations; an organisation is created once and its kind never changes. */
export const partnerOrganizations: ConsumerDefinition = {
  group: 'catalog.partner-organizations',
  handlers: {
    'partner_organization.created': async ({ em }, event) => {
      if (event.data.kind !== 'SELLER') return;
      await em
        .createQueryBuilder(SellerOrganization)
        .insert({ id: event.data.organizationId })
        .onConflict('id')
        .ignore()
        .execute();
    },
  },
};
