import type { Client } from '@urql/core';
import type { BasketCount } from '../basket/basket-count.tsx';
import { mutate } from '../data/graphql.tsx';
import { MergeAnonymousBasketDocument } from '../generated/graphql.ts';

/**
 * Right after sign-in or sign-up: the basket filled before (the anonymous basket cookie) joins the
 * account's, so nothing the shopper chose is lost. BASKET_NOT_FOUND just means there was none.
 */
export async function keepAnonymousBasket(client: Client, basketCount: BasketCount): Promise<void> {
  await mutate(client, MergeAnonymousBasketDocument, {});
  basketCount.refetch();
}
