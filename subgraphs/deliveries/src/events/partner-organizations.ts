import type { ConsumerDefinition } from '@comptoir/kit';
import { CarrierOrganization } from '../domain/carrier-organization.ts';

/** Learns the carrier organisations; an organisation is created once and its kind never changes. */
export const partnerOrganizations: ConsumerDefinition = {
  group: 'deliveries.partner-organizations',
  handlers: {
    'partner_organization.created': async ({ em }, event) => {
      if (event.data.kind !== 'CARRIER') return;
      await em
        .createQueryBuilder(CarrierOrganization)
        .insert({ id: event.data.organizationId })
        .onConflict('id')
        .ignore()
        .execute();
    },
  },
};
