import type { ConsumerDefinition } from '@comptoir/kit';
import { applyBasketChange } from '../domain/basket-snapshots.ts';

/** Keeps checkout's copy of the baskets. Events of one basket arrive in order (keyed by basket id). */
export const baskets: ConsumerDefinition = {
  group: 'orders.baskets',
  handlers: {
    'basket.changed': async ({ em, log }, event) => {
      const applied = await applyBasketChange(em, event.data, new Date(event.time));
      if (!applied) log.info({ basketId: event.data.basketId, version: event.data.version }, 'stale basket ignored');
    },
  },
};
