import { DomainError, execute, isUuid, raw, type Sql, sql } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from './product.ts';
import { priceBucketBounds, uncategorized } from './product-facet-count.ts';

export type ProductSort = 'RELEVANCE' | 'PRICE_ASC' | 'PRICE_DESC' | 'NEWEST';

/**
 * What a listing narrows to. `inStock: true` keeps products that can still be ordered,
 * `inStock: false` keeps sold-out ones; null or absent does not look at stock.
 */
export interface ProductFilter {
  search?: string | null;
  categoryId?: string | null;
  minPrice?: number | null;
  maxPrice?: number | null;
  inStock?: boolean | null;
}

export interface ProductQuery {
  first?: number | null;
  after?: string | null;
  filter?: ProductFilter | null;
  sort?: ProductSort | null;
}

export interface ProductFacets {
  categories: Array<{ categoryId: string; count: number }>;
  priceBuckets: Array<{ min: number; max: number | null; count: number }>;
  inStock: number;
}

export interface ProductPage {
  edges: Array<{ cursor: string; node: Product }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Lazy (GraphQL calls it only when selected): one statement each. */
  totalCount: () => Promise<number>;
  facets: () => Promise<ProductFacets>;
}

const defaultPageSize = 20;
const maxPageSize = 100;
const maxSearchLength = 200;
/** Words of a search beyond these are ignored: a pasted product name is shorter. */
const maxSearchWords = 16;

/**
 * Active products matching `query.filter`, one keyset page in `query.sort` order, in ONE
 * statement (first + 1 rows, to know whether a next page exists). Cursors carry the sort keys, so
 * products created while a client walks the pages never shift or repeat what it has seen.
 * `totalCount` and `facets` cost one statement each, only when called; called together (GraphQL
 * resolves sibling fields in the same tick) they share one.
 */
export async function searchProducts(
  em: EntityManager,
  query: ProductQuery,
  /** Start the total/facets statement alongside the page one, when the caller knows it will want them. */
  prefetch: { totalCount: boolean; facets: boolean } = { totalCount: false, facets: false },
): Promise<ProductPage> {
  const first = pageSize(query.first);
  const filter = compileFilter(query.filter ?? {});
  const order =
    orders[query.sort === 'RELEVANCE' || !query.sort ? (filter.search ? 'RELEVANCE' : 'NEWEST') : query.sort];
  const key = order.key(filter.search);
  const seek = query.after ? sql`(${key}, p.id) ${raw(order.seek)} (${decodeCursor(query.after, order)})` : null;
  const direction = raw(order.direction);
  const summary = summarize(em, filter);
  // On its own connection, in parallel with the page: both scan the matches.
  if (prefetch.facets || prefetch.totalCount) void summary(prefetch.facets).catch(() => undefined);
  // Ranks and orders ids only, then reads the page's rows: a search matching thousands of
  // products sorts narrow tuples instead of whole rows.
  const rows = await execute<ProductRow>(
    em,
    sql`select ${raw(productColumns(em))}, ${order.cursorValue ?? raw('page.sort_order')} as sort_key
      from (
        select p.id, ${key} as sort_order
        from catalog.product p
        where ${and([filter.where, seek])}
        order by sort_order ${direction}, p.id ${direction}
        limit ${first + 1}
      ) page
      join catalog.product p on p.id = page.id
      order by page.sort_order ${direction}, p.id ${direction}`,
  );
  const listed = listedProduct(em);
  const edges = rows.slice(0, first).map(({ sort_key, ...columns }) => ({
    cursor: encodeCursor(order, sort_key, columns.id),
    node: listed(columns),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: async () => (await summary(false)).total,
    facets: async () => (await summary(true)).facets ?? (await countFacets(em, filter)).facets,
  };
}

/**
 * The total and the facets, fetched on first demand. Demands made in the same tick are served by
 * one statement: the facets' scan yields the total too. A later demand for facets, after a
 * count-only statement has started, gets its own statement.
 */
function summarize(em: EntityManager, filter: CompiledFilter) {
  let wantsFacets = false;
  let pending: Promise<Partial<Summary> & Pick<Summary, 'total'>> | undefined;
  return (facets: boolean) => {
    wantsFacets ||= facets;
    pending ??= Promise.resolve().then(async () => {
      if (wantsFacets) return countFacets(em, filter);
      const [row] = await execute<{ total: number }>(
        em,
        sql`select count(*)::int as total from catalog.product p where ${filter.where}`,
      );
      return { total: row?.total ?? 0 };
    });
    return pending;
  };
}

/* ---------------------------------------------------------------- SQL fragments */

/** The conjunction of the given conditions; `true` when there is none. */
function and(parts: Array<Sql | null>): Sql {
  const present = parts.filter((part) => part !== null);
  return present.length === 0 ? raw('true') : present.reduce((all, part) => sql`${all} and ${part}`);
}

/**
 * A listed row as a Product, hydrated (its types converted as a load would) but not merged into
 * the identity map: a listing only reads it, and merging every row of a page, each snapshotted for
 * change tracking, was a tenth of catalog's CPU under the shopper mix.
 */
function listedProduct(em: EntityManager): (columns: Omit<ProductRow, 'sort_key'>) => Product {
  const meta = em.getMetadata().get(Product);
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  return (columns) =>
    factory.create(Product, driver.mapResult(columns, meta) as Product, {
      merge: false,
      newEntity: false,
      convertCustomTypes: true,
    });
}

/** The entity's eagerly loaded columns: the search document is large and the entity hides it. */
function productColumns(em: EntityManager): string {
  return em
    .getMetadata()
    .get(Product)
    .props.filter((prop) => prop.persist !== false && !prop.lazy)
    .flatMap((prop) => prop.fieldNames.map((field) => `p."${field}"`))
    .join(', ');
}

/* ---------------------------------------------------------------- filter */

interface CompiledFilter {
  /** Full-text query (a tsquery expression), when searching. */
  search: Sql | null;
  /** Everything: active, matching the search and every dimension. */
  where: Sql;
  /** The rows facets count (see countFacets): active products, or their counts when these suffice. */
  facetRows: Sql;
}

function compileFilter(filter: ProductFilter): CompiledFilter {
  const search = searchQuery(filter.search);
  const base = and([raw(`p.status = 'ACTIVE'`), search ? sql`p.search_document @@ ${search}` : null]);
  // Each dimension's own condition, over the columns of a product or of a facet count.
  const inCategory = (column: Sql) => and([filter.categoryId ? subtree(column, filter.categoryId) : null]);
  const inStock = (available: Sql) => and([filter.inStock != null ? sql`(${available}) = ${filter.inStock}` : null]);
  const inPrice = and([
    filter.minPrice != null ? sql`p.price_amount >= ${integer(filter.minPrice, 'minPrice')}` : null,
    filter.maxPrice != null ? sql`p.price_amount <= ${integer(filter.maxPrice, 'maxPrice')}` : null,
  ]);
  const available = raw('p.stock_on_hand > p.stock_reserved');
  const where = and([base, inCategory(raw('p.category_id')), inPrice, inStock(available)]);
  // Without a search, and with a price range of whole buckets (the storefront's price facets), every
  // condition is on a key of product_facet_count.
  const buckets = search === null ? bucketsCovered(filter.minPrice, filter.maxPrice) : undefined;
  const facetRows = buckets
    ? sql`select nullif(c.category_id, ${uncategorized}::uuid) as category_id, c.price_bucket as bucket,
        ${inCategory(raw('c.category_id'))} as in_category, c.price_bucket between ${buckets.first} and ${buckets.last} as in_price,
        ${inStock(raw('c.available'))} as in_stock, c.available, c.products
      from catalog.product_facet_count c`
    : sql`select p.category_id, width_bucket(p.price_amount, array[${raw(priceBucketBounds.join(','))}]) as bucket,
        ${inCategory(raw('p.category_id'))} as in_category, ${inPrice} as in_price, ${inStock(available)} as in_stock,
        ${available} as available, 1 as products
      from catalog.product p
      where ${base}`;
  return { search, where, facetRows };
}

/**
 * The price buckets (indexes) a range covers exactly, or undefined when it cuts one: the minimum
 * is a bucket's lower bound and the maximum one below a bucket's (prices are whole minor units).
 * A minimum of 0 or less bounds nothing: prices are never negative (product_price_not_negative).
 */
function bucketsCovered(
  minPrice: number | null | undefined,
  maxPrice: number | null | undefined,
): { first: number; last: number } | undefined {
  const lowerBounds = [0, ...priceBucketBounds];
  const first = minPrice == null || minPrice <= 0 ? 0 : lowerBounds.indexOf(minPrice);
  // The first bucket past the range.
  const past = maxPrice == null ? lowerBounds.length : lowerBounds.indexOf(maxPrice + 1);
  return first === -1 || past === -1 ? undefined : { first, last: past - 1 };
}

/**
 * Full text over the unaccented words, the way the stored document is built: "theiere" finds
 * "Théière", "teapots" finds "Teapot". Every word must match, in French or in English; a stop
 * word of either language (checked with its accents: "thé" is not "the") is left out, so "pull en
 * laine" needs no English "en" and "thé vert" stays about tea. The last word also matches as a
 * prefix of its stem, so a shopper still typing "chauss" already finds "chaussures". Operators
 * (quotes, "or", "-") are not interpreted: shoppers type words.
 */
function searchQuery(search: string | null | undefined): Sql | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > maxSearchLength) throw badInput(`search must be at most ${maxSearchLength} characters`);
  const words = text.split(/\s+/).slice(0, maxSearchWords);
  const terms = words.map((word, index) => {
    // Prefixes shorter than 4 letters match too much to help.
    const typing = index === words.length - 1 && word.length >= 4;
    const stems = (config: Sql) => {
      const lexemes = sql`plainto_tsquery(${config}, public.immutable_unaccent(${word}))`;
      return typing
        ? sql`(case when numnode(${lexemes}) = 1 then (${lexemes}::text || ':*')::tsquery else ${lexemes} end)`
        : lexemes;
    };
    const [french, english] = [stems(raw(`'french'`)), stems(raw(`'english'`))];
    // When both languages stem the word alike, one operand keeps the planner's estimate (GIN
    // index, not a sequential scan) and the ranking cheap. All constant: folded at planning.
    return sql`(case
      when numnode(plainto_tsquery('french', ${word})) = 0 or numnode(plainto_tsquery('english', ${word})) = 0
        then ''::tsquery
      when ${french} = ${english} then ${french}
      else ${french} || ${english} end)`;
  });
  return sql`(${terms.reduce((all, term) => sql`${all} && ${term}`)})`;
}

/**
 * Products of the category and of all its descendants: a prefix match on the materialized path.
 * The ids come as one array (an init plan), so the product scan tests them all at once instead of
 * looping over categories.
 */
function subtree(column: Sql, categoryId: string): Sql {
  if (!isUuid(categoryId)) throw badInput('categoryId is not a category id');
  return sql`${column} = any(array(
    select d.id from catalog.category c
    join catalog.category d on d.path = c.path or d.path like (c.path || '/%')
    where c.id = ${categoryId}::uuid))`;
}

function integer(value: number, name: string): number {
  if (!Number.isSafeInteger(value)) throw badInput(`${name} must be a whole number of minor units`);
  return value;
}

/* ---------------------------------------------------------------- order and cursors */

interface Order {
  name: ProductSort;
  direction: 'asc' | 'desc';
  /** Row comparison that seeks past the cursor. */
  seek: '<' | '>';
  /** The sort key expression; the id breaks ties. */
  key: (search: Sql | null) => Sql;
  /** The key as it travels in a cursor, when the column's own value would not round-trip. */
  cursorValue?: Sql;
  /** Checks a cursor's key value; `cast` is the type it compares as. */
  valid: (value: unknown) => boolean;
  cast: string;
}

/** A price key travels as PostgreSQL hands a bigint back: decimal text, exact. */
const priceCursor = {
  valid: (value: unknown) => typeof value === 'string' && /^\d{1,16}$/.test(value),
  cast: 'bigint',
};

const orders: Record<ProductSort, Order> = {
  RELEVANCE: {
    name: 'RELEVANCE',
    direction: 'desc',
    seek: '<',
    // Weighted: a name (A) outranks a description (C). Plain ts_rank, not ts_rank_cd: cover
    // density costs several times more per matching row (benchmark p95 about 47 → 56 ms) and
    // adds nothing on texts this short. It depends on the row and the query only, so a cursor's
    // rank stays valid while products are added.
    key: (search) => sql`ts_rank(p.search_document, ${search ?? raw('null')})`,
    valid: (value) => typeof value === 'number' && Number.isFinite(value),
    cast: 'real',
  },
  PRICE_ASC: {
    name: 'PRICE_ASC',
    direction: 'asc',
    seek: '>',
    key: () => raw('p.price_amount'),
    ...priceCursor,
  },
  PRICE_DESC: {
    name: 'PRICE_DESC',
    direction: 'desc',
    seek: '<',
    key: () => raw('p.price_amount'),
    ...priceCursor,
  },
  NEWEST: {
    name: 'NEWEST',
    direction: 'desc',
    seek: '<',
    key: () => raw('p.created_at'),
    // Text with microseconds: a JavaScript Date would round them off and break the seek.
    cursorValue: raw(`to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`),
    valid: (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(value),
    cast: 'timestamptz',
  },
};

/** Opaque to clients: base64url of [order, sort key, id]. */
function encodeCursor(order: Order, key: unknown, id: string): string {
  return Buffer.from(JSON.stringify([order.name, key, id])).toString('base64url');
}

/** The cursor's `(key, id)` as SQL values to seek past; a foreign or forged cursor is the caller's error. */
function decodeCursor(cursor: string, order: Order): Sql {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('invalid cursor');
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw badInput('invalid cursor');
  const [name, key, id] = decoded as [unknown, unknown, unknown];
  if (name !== order.name) throw badInput(`this cursor belongs to another sort order than ${order.name}`);
  if (!order.valid(key) || typeof id !== 'string' || !isUuid(id)) throw badInput('invalid cursor');
  return sql`${key}::${raw(order.cast)}, ${id}::uuid`;
}

/* ---------------------------------------------------------------- facets */

/**
 * Counts under the current filter, each facet ignoring its own dimension, as shops do: under a
 * category filter the category facet still counts the sibling categories, under a price range
 * the price buckets still count every bucket, and `inStock` counts available products whether
 * or not the filter asks for them. The search always applies. One statement: one pass over the
 * filter's facet rows (a product each, or a count of products each), three grouping sets, each
 * with the sum that leaves its own dimension out; the grand total also counts the whole filter,
 * for `totalCount`.
 */
async function countFacets(em: EntityManager, filter: CompiledFilter): Promise<Summary> {
  const rows = await execute<FacetRow>(
    em,
    sql`select f.category_id, f.bucket, grouping(f.category_id, f.bucket) as grouping,
        coalesce(sum(f.products) filter (where f.in_price and f.in_stock), 0)::int as by_category,
        coalesce(sum(f.products) filter (where f.in_category and f.in_stock), 0)::int as by_price,
        coalesce(sum(f.products) filter (where f.in_category and f.in_price and f.available), 0)::int as available,
        coalesce(sum(f.products) filter (where f.in_category and f.in_price and f.in_stock), 0)::int as total
      from (${filter.facetRows}) f
      group by grouping sets ((f.category_id), (f.bucket), ())`,
  );
  const bucketCounts = new Map<number, number>();
  const facets: ProductFacets = { categories: [], priceBuckets: [], inStock: 0 };
  let total = 0;
  for (const row of rows) {
    if (row.grouping === groupedByCategory && row.category_id && row.by_category > 0)
      facets.categories.push({ categoryId: row.category_id, count: row.by_category });
    else if (row.grouping === groupedByBucket) bucketCounts.set(row.bucket, row.by_price);
    else if (row.grouping === grandTotal) [facets.inStock, total] = [row.available, row.total];
  }
  facets.categories.sort((a, b) => b.count - a.count || a.categoryId.localeCompare(b.categoryId));
  facets.priceBuckets = [0, ...priceBucketBounds].map((min, index) => ({
    min,
    max: priceBucketBounds[index] ?? null,
    count: bucketCounts.get(index) ?? 0,
  }));
  return { total, facets };
}

/** `grouping(category_id, bucket)`: a bit is set for each column the set does not group by. */
const groupedByCategory = 1;
const groupedByBucket = 2;
const grandTotal = 3;

/* ---------------------------------------------------------------- helpers */

type ProductRow = Record<string, unknown> & { id: string; sort_key: unknown };

interface Summary {
  total: number;
  facets: ProductFacets;
}

interface FacetRow {
  category_id: string | null;
  bucket: number;
  grouping: number;
  by_category: number;
  by_price: number;
  available: number;
  total: number;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? defaultPageSize;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize)
    throw badInput(`first must be between 0 and ${maxPageSize}`);
  return size;
}

function badInput(message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message);
}
