import type { Client } from '@urql/core';
import { query } from '../data/graphql.tsx';
import {
  type ProductFilter,
  type ProductResultsFragment,
  type ProductSort,
  SearchCursorDocument,
  type SearchCursorQuery,
  SearchProductsDocument,
} from '../generated/graphql.ts';
import type { Lang } from '../i18n/languages.ts';
import { pageSize } from './search-params.ts';

/** The catalog's largest page: how far a numbered page's cursor is sought per request. */
const maxFirst = 100;

/**
 * One numbered page of results. Catalog cursors are keyset cursors, so page n starts after the
 * cursor that ends the first (n − 1) × pageSize results, sought a hundred at a time.
 */
export async function resultsPage(
  client: Client,
  filter: ProductFilter,
  sort: ProductSort,
  page: number,
  lang: Lang,
): Promise<ProductResultsFragment> {
  let skip = (page - 1) * pageSize;
  let after: string | null = null;
  while (skip > 0) {
    const first = Math.min(skip, maxFirst);
    const { pageInfo }: SearchCursorQuery['products'] = (
      await query(client, SearchCursorDocument, { first, after, filter, sort }, { lang })
    ).products;
    after = pageInfo.endCursor ?? null;
    skip -= first;
    // Past the last result: the page is empty (its counts and facets still say what there is).
    if (after === null || (skip > 0 && !pageInfo.hasNextPage)) {
      return (await query(client, SearchProductsDocument, { first: 0, filter, sort }, { lang })).products;
    }
  }
  const { products } = await query(client, SearchProductsDocument, { first: pageSize, after, filter, sort }, { lang });
  return products;
}
