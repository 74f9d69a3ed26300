import type { ProductFacets } from '../domain/product-search.ts';

/** Parent type of `CategoryFacet`: the search returns the category's id; the resolver loads it. */
export type CategoryFacetCount = ProductFacets['categories'][number];
