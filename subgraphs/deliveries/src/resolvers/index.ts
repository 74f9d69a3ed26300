import { scalarResolvers } from '@comptoir/kit';
import { Delivery } from '../domain/delivery.ts';
import type { Resolvers } from './types.generated.ts';

/** Postal codes compare without spaces and case ("75 011" = "75011", "sw1a 1aa" = "SW1A1AA"). */
const normalizePostalCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    trackDelivery: async (_parent, { trackingNumber, postalCode }, ctx) => {
      const delivery = await ctx.em.findOne(Delivery, { trackingNumber });
      return delivery && normalizePostalCode(delivery.postalCode) === normalizePostalCode(postalCode) ? delivery : null;
    },
  },
  Delivery: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(Delivery).load(reference.id),
  },
};
