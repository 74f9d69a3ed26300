import type { ProductFilter, ProductSort } from '../generated/graphql.ts';

/** Products per page of results. */
export const pageSize = 12;

const sorts: Record<string, ProductSort> = {
  relevance: 'RELEVANCE',
  price_asc: 'PRICE_ASC',
  price_desc: 'PRICE_DESC',
  newest: 'NEWEST',
};

/**
 * A results view as its URL says it (`q`, `category` slug, `minPrice`/`maxPrice` in minor units,
 * `inStock=1`, `sort`, `page`), so a link reproduces it. Anything malformed is left out.
 */
export interface SearchView {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock: boolean;
  sort: ProductSort;
  page: number;
}

type Query = Partial<Record<string, string | string[]>>;

function single(query: Query, key: string): string | undefined {
  const value = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

function minorUnits(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return undefined;
  return Number(value);
}

export function searchViewOf(query: Query): SearchView {
  const page = Number(single(query, 'page') ?? '1');
  return {
    q: single(query, 'q'),
    category: single(query, 'category'),
    minPrice: minorUnits(single(query, 'minPrice')),
    maxPrice: minorUnits(single(query, 'maxPrice')),
    inStock: single(query, 'inStock') === '1',
    sort: sorts[single(query, 'sort') ?? ''] ?? 'RELEVANCE',
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** The view's query string, keys in a fixed order and defaults left out (one URL per view). */
export function searchQueryString(view: SearchView): string {
  const sortKey = Object.entries(sorts).find(([, sort]) => sort === view.sort)?.[0];
  const entries: Array<[string, string | undefined]> = [
    ['q', view.q],
    ['category', view.category],
    ['minPrice', view.minPrice?.toString()],
    ['maxPrice', view.maxPrice?.toString()],
    ['inStock', view.inStock ? '1' : undefined],
    ['sort', view.sort === 'RELEVANCE' ? undefined : sortKey],
    ['page', view.page > 1 ? String(view.page) : undefined],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
}

export function sortKeys(): Array<[string, ProductSort]> {
  return Object.entries(sorts);
}

/** The catalog filter of a view, its category already resolved to an id. */
export function filterOf(view: SearchView, categoryId: string | undefined): ProductFilter {
  return {
    ...(view.q ? { search: view.q } : {}),
    ...(categoryId ? { categoryId } : {}),
    ...(view.minPrice !== undefined ? { minPrice: view.minPrice } : {}),
    ...(view.maxPrice !== undefined ? { maxPrice: view.maxPrice } : {}),
    ...(view.inStock ? { inStock: true } : {}),
  };
}
