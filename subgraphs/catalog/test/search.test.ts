import { randomUUID } from 'node:crypto';
import {
  archiveProduct,
  Category,
  catalog,
  createProduct,
  loadDemoCatalog,
  type NewProduct,
  Product,
  type ProductFilter,
  type ProductQuery,
  type ProductSort,
  releaseOrder,
  reserveOrder,
  searchProducts,
  setProductPrice,
} from '@comptoir/catalog';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Product listings and search on real PostgreSQL: the catalog subgraph alone, a bulk-loaded demo
// catalogue plus a few hand-written products for search. Expectations are computed in JavaScript
// from the rows themselves, so every filter, sort and facet is checked against a second,
// independent implementation.
describe('catalog product search', () => {
  let t: TestPlatform;
  let categoryIds: Map<string, string>;
  /** SQL statements seen, except the outbox relay's background polling. */
  const statements: string[] = [];
  const fixtures: Record<string, string> = {};

  const em = () => t.em('catalog');
  const search = (query: ProductQuery) => searchProducts(em(), query);
  const category = (slug: string) => categoryIds.get(slug) as string;
  const create = async (key: string, input: NewProduct) => {
    const { product } = await createProduct({ em: em(), traceparent: undefined }, input);
    fixtures[key] = product.id;
    return product;
  };
  const product = (sku: string, fr: string, en: string, extra: Partial<NewProduct> = {}): NewProduct => ({
    ...productInput(sku, 2000, 5),
    name: { fr, en },
    description: { fr: `${fr}, article de test.`, en: `${en}, a test item.` },
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [catalog],
      env: { LOG_LEVEL: 'error' },
      onQuery: (_subgraph, sql) => {
        if (!sql.includes('outbox_message')) statements.push(sql);
      },
    });
    categoryIds = await loadDemoCatalog(em(), { products: 120, seed: 7 });
    await create(
      'teapot',
      product('T-ZEPHYR', 'Théière Zéphyrine en fonte', 'Zephyrine cast-iron teapot', {
        categoryId: category('cuisine'),
      }),
    );
    await create(
      'cream',
      product('T-CALENDULA', 'Crème mains au calendula', 'Calendula hand balm', {
        categoryId: category('soins-du-visage'),
      }),
    );
    await create(
      'mill',
      product('T-MILL', 'Moulin à poivre en bois d’olivier', 'Olive wood pepper mill', {
        categoryId: category('cuisine'),
      }),
    );
    await create(
      'shoes',
      product('T-WALK', 'Chaussures de marche Kerlouan', 'Kerlouan walking shoes', {
        categoryId: category('chaussures'),
      }),
    );
    await create(
      'byName',
      product('T-THROW-1', 'Plaid Ouessant en laine', 'Ouessant wool throw', {
        categoryId: category('linge-de-maison'),
      }),
    );
    await create('byDescription', {
      ...product('T-THROW-2', 'Plaid tartan en laine', 'Tartan wool throw', {
        categoryId: category('linge-de-maison'),
      }),
      description: { fr: 'Tissé à Ouessant, en Bretagne.', en: 'Woven on Ouessant, in Brittany.' },
    });
    const archived = await create(
      'archived',
      product('T-GONE', 'Théière retirée', 'Withdrawn teapot', { categoryId: category('cuisine') }),
    );
    await archiveProduct({ em: em(), traceparent: undefined }, archived.id);
  }, 120_000);

  afterAll(() => t?.stop());

  /** Every product and category as stored, to compute what a listing should return. */
  async function snapshot() {
    const fork = em();
    const [products, categories] = await Promise.all([fork.find(Product, {}), fork.find(Category, {})]);
    const paths = new Map(categories.map((row) => [row.id, row.path]));
    const inSubtree = (row: Product, root: string) => {
      const path = row.categoryId ? paths.get(row.categoryId) : undefined;
      const rootPath = paths.get(root) as string;
      return path === rootPath || Boolean(path?.startsWith(`${rootPath}/`));
    };
    const matches = (row: Product, filter: ProductFilter) =>
      row.status === 'ACTIVE' &&
      (!filter.categoryId || inSubtree(row, filter.categoryId)) &&
      (filter.minPrice == null || row.priceAmount >= filter.minPrice) &&
      (filter.maxPrice == null || row.priceAmount <= filter.maxPrice) &&
      (filter.inStock == null || available(row) > 0 === filter.inStock);
    return { products, matches, inSubtree };
  }

  const available = (row: Product) => row.stockOnHand - row.stockReserved;
  const byId = (a: Product, b: Product) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const orderings: Record<Exclude<ProductSort, 'RELEVANCE'>, (a: Product, b: Product) => number> = {
    NEWEST: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b, a),
    PRICE_ASC: (a, b) => a.priceAmount - b.priceAmount || byId(a, b),
    PRICE_DESC: (a, b) => b.priceAmount - a.priceAmount || byId(b, a),
  };

  async function expected(filter: ProductFilter, sort: Exclude<ProductSort, 'RELEVANCE'> = 'NEWEST') {
    const { products, matches } = await snapshot();
    return products
      .filter((row) => matches(row, filter))
      .sort(orderings[sort])
      .map((row) => row.id);
  }

  const maxPages = 100;
  /** Follows `endCursor` to the last page; `between` runs after each page (to insert rows). */
  async function walk(query: Omit<ProductQuery, 'after'>, between?: (page: number) => Promise<void>) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 1; page <= maxPages; page++) {
      const result = await search({ ...query, after });
      ids.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) {
        expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? after);
        return ids;
      }
      after = result.pageInfo.endCursor;
      await between?.(page);
    }
    throw new Error(`still a next page after ${maxPages} pages: the cursor does not advance`);
  }

  const searchIds = async (text: string, filter: ProductFilter = {}) =>
    (await search({ first: 100, filter: { ...filter, search: text } })).edges.map((edge) => edge.node);
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

  describe('listing', () => {
    it('lists active products only, newest first by default', async () => {
      const ids = await walk({ first: 50 });
      expect(ids).toEqual(await expected({}));
      expect(ids).not.toContain(fixtures.archived);
      const page = await search({ first: 3 });
      expect(await page.totalCount()).toBe(ids.length);
    });

    it('walks every page of every sort with no duplicate and no gap', async () => {
      for (const sort of ['NEWEST', 'PRICE_ASC', 'PRICE_DESC'] as const) {
        const ids = await walk({ first: 7, sort });
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids, sort).toEqual(await expected({}, sort));
      }
      const ranked = await walk({ first: 2, sort: 'RELEVANCE', filter: { search: 'laine' } });
      const onePage = await search({ first: 100, sort: 'RELEVANCE', filter: { search: 'laine' } });
      expect(ranked.length).toBeGreaterThan(4);
      expect(ranked).toEqual(onePage.edges.map((edge) => edge.node.id));
    });

    it('keeps NEWEST pages stable while products are created during the walk', async () => {
      const before = await expected({}, 'NEWEST');
      let created = 0;
      const ids = await walk({ first: 5, sort: 'NEWEST' }, async (page) => {
        if (page > 2) return;
        await create(`newest-${page}`, product(`T-NEW-${page}-${created++}`, 'Nouveauté', 'New arrival'));
      });
      // The new products sort before the cursor: they never push seen items onto later pages.
      expect(ids).toEqual(before);
    });

    it('keeps PRICE_ASC pages stable while products are created during the walk', async () => {
      const before = await expected({}, 'PRICE_ASC');
      let expensive = '';
      const ids = await walk({ first: 5, sort: 'PRICE_ASC' }, async (page) => {
        if (page !== 1) return;
        await create(
          'cheap',
          product('T-CHEAP', 'Article à 1 centime', 'One-cent item', { price: { amount: 1, currency: 'EUR' } }),
        );
        expensive = (
          await create(
            'dear',
            product('T-DEAR', 'Article de luxe', 'Luxury item', { price: { amount: 10_000_000, currency: 'EUR' } }),
          )
        ).id;
      });
      // Behind the cursor (cheaper) stays unseen; ahead of it (dearer) comes in its place.
      expect(ids).toEqual([...before, expensive]);
    });

    it('treats RELEVANCE without a search as NEWEST', async () => {
      const relevance = await search({ first: 10, sort: 'RELEVANCE' });
      const newest = await search({ first: 10, sort: 'NEWEST' });
      expect(relevance.edges.map((edge) => edge.node.id)).toEqual(newest.edges.map((edge) => edge.node.id));
    });
  });

  describe('filters', () => {
    it('narrows to a category and all its descendants', async () => {
      const { products, inSubtree } = await snapshot();
      const root = category('maison');
      const ids = await walk({ first: 50, filter: { categoryId: root } });
      expect(ids).toEqual(await expected({ categoryId: root }));
      const descendants = products.filter((row) => inSubtree(row, root) && row.categoryId !== root);
      expect(descendants.length).toBeGreaterThan(0);
      expect(await walk({ first: 50, filter: { categoryId: category('cuisine') } })).toEqual(
        await expected({ categoryId: category('cuisine') }),
      );
      expect(await walk({ filter: { categoryId: '00000000-0000-7000-8000-000000000000' } })).toEqual([]);
    });

    it('keeps prices within an inclusive range', async () => {
      const prices = [...new Set((await snapshot()).products.map((row) => row.priceAmount))].sort((a, b) => a - b);
      const [minPrice, maxPrice] = [prices[3] as number, prices[prices.length - 4] as number];
      const ids = await walk({ first: 50, sort: 'PRICE_ASC', filter: { minPrice, maxPrice } });
      const want = await expected({ minPrice, maxPrice }, 'PRICE_ASC');
      expect(ids).toEqual(want);
      const { products } = await snapshot();
      const priced = (id: string) => products.find((row) => row.id === id)?.priceAmount;
      expect(priced(ids[0] as string)).toBe(minPrice);
      expect(priced(ids.at(-1) as string)).toBe(maxPrice);
    });

    it('keeps products in stock, or sold out ones', async () => {
      const inStock = await walk({ first: 50, filter: { inStock: true } });
      const soldOut = await walk({ first: 50, filter: { inStock: false } });
      expect(inStock).toEqual(await expected({ inStock: true }));
      expect(soldOut).toEqual(await expected({ inStock: false }));
      expect(inStock.length).toBeGreaterThan(0);
      expect(soldOut.length).toBeGreaterThan(0);
    });

    it('combines filters', async () => {
      const filter = { categoryId: category('vetements'), minPrice: 3000, inStock: true };
      for (const sort of ['PRICE_DESC', 'NEWEST'] as const)
        expect(await walk({ first: 4, sort, filter })).toEqual(await expected(filter, sort));
    });
  });

  describe('full-text search', () => {
    it('finds French words without their accents', async () => {
      const teapots = await searchIds('theiere');
      expect(teapots.map((row) => row.id)).toContain(fixtures.teapot);
      for (const row of teapots) expect(plain(`${row.nameFr} ${row.descriptionFr}`)).toContain('theiere');
      const creams = await searchIds('creme');
      expect(creams.map((row) => row.id)).toContain(fixtures.cream);
      for (const row of creams) expect(plain(`${row.nameFr} ${row.descriptionFr}`)).toContain('creme');
    });

    it('finds English words, stemmed', async () => {
      expect((await searchIds('pepper mill')).map((row) => row.id)).toEqual([fixtures.mill]);
      expect((await searchIds('teapots')).map((row) => row.id)).toContain(fixtures.teapot);
      expect((await searchIds('Théière Zéphyrine')).map((row) => row.id)).toEqual([fixtures.teapot]);
    });

    it('matches the word being typed as a prefix', async () => {
      const shoes = await searchIds('chauss');
      expect(shoes.map((row) => row.id)).toContain(fixtures.shoes);
      for (const row of shoes) expect(plain(row.nameFr)).toContain('chauss');
    });

    it('needs every word, in either language, and leaves stop words out', async () => {
      const tea = await searchIds('thé vert');
      expect(tea.length).toBeGreaterThan(0);
      // "the" is an English stop word: without care, "thé vert" would mean just "vert" (green).
      for (const row of tea) expect(plain(row.nameFr)).toContain('the vert');
      expect((await searchIds('chaussures de marche')).map((row) => row.id)).toEqual([fixtures.shoes]);
      expect((await searchIds('walking chaussures')).map((row) => row.id)).toEqual([fixtures.shoes]);
      expect(await searchIds('de la et the and')).toEqual([]);
    });

    it('ranks a name match above a description match', async () => {
      expect((await searchIds('ouessant')).map((row) => row.id)).toEqual([fixtures.byName, fixtures.byDescription]);
    });

    it('applies the other filters to a search', async () => {
      const ids = (await searchIds('theiere', { maxPrice: 2000 })).map((row) => row.id);
      expect(ids).toContain(fixtures.teapot);
      const { products } = await snapshot();
      for (const id of ids) expect(products.find((row) => row.id === id)?.priceAmount).toBeLessThanOrEqual(2000);
      expect(await searchIds('theiere', { categoryId: category('beaute') })).toEqual([]);
    });
  });

  describe('facets', () => {
    /** Checks the facets and total of `filter` against the rows themselves. */
    async function expectFacetsOf(filter: ProductFilter) {
      const page = await search({ first: 1, filter });
      const [totalCount, facets] = await Promise.all([page.totalCount(), page.facets()]);
      const { products, matches } = await snapshot();
      const count = (keep: (row: Product) => boolean) => products.filter(keep).length;

      expect(totalCount).toBe(count((row) => matches(row, filter)));
      const categories = new Map<string, number>();
      for (const row of products)
        if (row.categoryId && matches(row, { ...filter, categoryId: null }))
          categories.set(row.categoryId, (categories.get(row.categoryId) ?? 0) + 1);
      expect(new Map(facets.categories.map((facet) => [facet.categoryId, facet.count]))).toEqual(categories);
      expect(facets.categories.map((facet) => facet.count)).toEqual(
        facets.categories.map((facet) => facet.count).sort((a, b) => b - a),
      );

      const bounds = [0, 1000, 2500, 5000, 10000, null];
      expect(facets.priceBuckets).toEqual(
        bounds.slice(0, -1).map((min, index) => {
          const max = bounds[index + 1] ?? null;
          return {
            min,
            max,
            count: count(
              (row) =>
                matches(row, { ...filter, minPrice: null, maxPrice: null }) &&
                row.priceAmount >= (min as number) &&
                (max === null || row.priceAmount < max),
            ),
          };
        }),
      );
      expect(facets.inStock).toBe(count((row) => matches(row, { ...filter, inStock: null }) && available(row) > 0));
      return facets;
    }

    it('counts each facet under the filter minus its own dimension', async () => {
      // A price range that cuts buckets: the matching products are counted.
      const filter = { categoryId: category('maison'), minPrice: 1500, maxPrice: 6000, inStock: true };
      const facets = await expectFacetsOf(filter);
      // The category facet ignores the category filter: other departments still show.
      const { inSubtree } = await snapshot();
      expect(
        facets.categories.some((facet) => !inSubtree({ categoryId: facet.categoryId } as Product, filter.categoryId)),
      ).toBe(true);
    });

    // Without a search, and with no price range or one of whole buckets, product_facet_count answers.
    const countedFilters = (): ProductFilter[] => [
      {},
      { categoryId: category('maison') },
      { categoryId: category('maison'), inStock: true },
      { categoryId: category('cuisine'), inStock: false },
      { inStock: false },
      { categoryId: category('maison'), minPrice: 1000, inStock: true },
      { categoryId: category('maison'), minPrice: 1000, maxPrice: 2499 },
      { minPrice: 0, maxPrice: 4999 },
      { maxPrice: 999, inStock: true },
      { minPrice: 10_000 },
      { minPrice: 5000, maxPrice: 2499 },
    ];

    it('counts the same from the kept counts as from the products', async () => {
      for (const filter of countedFilters()) await expectFacetsOf(filter);
    });

    it('keeps the counts exact through every kind of write to a product', async () => {
      const write = { em: em(), traceparent: undefined };
      const candle = await create(
        'candle',
        product('T-FACET-1', 'Bougeoir Penmarc’h', 'Penmarch candlestick', { categoryId: category('cuisine') }),
      );
      const lamp = await create('lamp', product('T-FACET-2', 'Lampe Trézien', 'Trezien lamp', { stock: 2 }));
      const vase = await create(
        'vase',
        product('T-FACET-3', 'Vase Kerity', 'Kerity vase', { categoryId: category('maison') }),
      );
      await setProductPrice(write, candle.id, { amount: 12_000, currency: 'EUR' });
      // Sold out: reserved to the last unit.
      const orderId = randomUUID();
      const outcome = await em().transactional((tx) =>
        reserveOrder(tx, { orderId, lines: [{ productId: lamp.id, quantity: 2 }] }, undefined),
      );
      expect(outcome).toBe('reserved');
      await archiveProduct(write, vase.id);
      const connection = em().getConnection();
      await connection.execute('update catalog.product set category_id = ? where id = ?', [
        category('maison'),
        lamp.id,
      ]);
      for (const filter of countedFilters()) await expectFacetsOf(filter);

      await em().transactional((tx) => releaseOrder(tx, { orderId }, undefined));
      await connection.execute('delete from catalog.product where id = ?', [candle.id]);
      for (const filter of countedFilters()) await expectFacetsOf(filter);
      // Every key, also those no filter above isolates (the uncategorized).
      const grouped = `select coalesce(category_id, '00000000-0000-0000-0000-000000000000') as category_id,
          width_bucket(price_amount, array[1000, 2500, 5000, 10000]) as price_bucket, stock_on_hand > stock_reserved as available,
          count(*)::int as products
        from catalog.product where status = 'ACTIVE' group by 1, 2, 3`;
      const kept =
        'select category_id, price_bucket, available, products from catalog.product_facet_count where products <> 0';
      const order = ' order by 1, 2, 3';
      expect(await connection.execute(kept + order)).toEqual(await connection.execute(grouped + order));
    });

    it('loses no count when orders sell out products of the same key at once', async () => {
      const lots = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          create(
            `lot-${index}`,
            product(`T-LOT-${index}`, `Lot Plouguerneau ${index}`, `Plouguerneau lot ${index}`, {
              categoryId: category('cuisine'),
              stock: 1,
            }),
          ),
        ),
      );
      // Each order in its own transaction: all move the same two counts (available, sold out).
      const outcomes = await Promise.all(
        lots.map((lot) =>
          em().transactional((tx) =>
            reserveOrder(tx, { orderId: randomUUID(), lines: [{ productId: lot.id, quantity: 1 }] }, undefined),
          ),
        ),
      );
      expect(outcomes).toEqual(lots.map(() => 'reserved'));
      await expectFacetsOf({ categoryId: category('cuisine') });
    });

    // Two orders, each of one product of either category, in crossing order: each order's lines, in
    // product id order, move the counts of one category, then of the other. Both wait on a third
    // transaction's lock on their second product, so each has written its first line when the lock
    // goes: updated line by line, each would then wait on the counts the other holds.
    it('never deadlocks orders selling out, then giving back, products of two keys in crossing order', async () => {
      const lots = await Promise.all(
        ['a', 'b', 'c', 'd'].map((suffix) =>
          create(
            `cross-${suffix}`,
            product(`T-CROSS-${suffix}`, `Lot Kerlouan ${suffix}`, `Kerlouan lot ${suffix}`, { stock: 1 }),
          ),
        ),
      );
      const [first, second, third, fourth] = lots.map((lot) => lot.id).sort() as [string, string, string, string];
      const [low, high] = [category('cuisine'), category('maison')].sort() as [string, string];
      const connection = em().getConnection();
      for (const [id, categoryId] of [
        [first, high],
        [second, low],
        [third, low],
        [fourth, high],
      ])
        await connection.execute('update catalog.product set category_id = ? where id = ?', [categoryId, id]);
      const orders = [
        { orderId: randomUUID(), lines: [first, second] },
        { orderId: randomUUID(), lines: [third, fourth] },
      ];

      /** Runs `settle` for both orders at once, each blocked on its second product until both wait. */
      async function crossing(settle: (tx: EntityManager, order: (typeof orders)[number]) => Promise<unknown>) {
        const unlocked = Promise.withResolvers<void>();
        const locked = Promise.withResolvers<void>();
        const blocker = em().transactional(async (tx) => {
          await tx.execute('select id from catalog.product where id in (?, ?) for update', [second, fourth]);
          locked.resolve();
          await unlocked.promise;
        });
        await locked.promise;
        const settled = Promise.allSettled(orders.map((order) => em().transactional((tx) => settle(tx, order))));
        await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(2), { timeout: 10_000, interval: 20 });
        unlocked.resolve();
        await blocker;
        return (await settled).map((outcome) =>
          outcome.status === 'fulfilled' ? outcome.value : String(outcome.reason),
        );
      }
      const waitingOnLocks = async () => {
        const [row] = await connection.execute<{ waiting: number }[]>(
          `select count(*)::int as waiting from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'`,
        );
        return row?.waiting ?? 0;
      };

      const reserve = (tx: EntityManager, { orderId, lines }: (typeof orders)[number]) =>
        reserveOrder(tx, { orderId, lines: lines.map((productId) => ({ productId, quantity: 1 })) }, undefined);
      expect(await crossing(reserve)).toEqual(['reserved', 'reserved']);
      for (const categoryId of [low, high]) await expectFacetsOf({ categoryId });
      expect(await crossing((tx, { orderId }) => releaseOrder(tx, { orderId }, undefined))).toEqual([2, 2]);
      for (const categoryId of [low, high]) await expectFacetsOf({ categoryId });
    });

    it('counts within the search', async () => {
      const facets = await (await search({ first: 0, filter: { search: 'ouessant' } })).facets();
      expect(facets.categories).toEqual([{ categoryId: category('linge-de-maison'), count: 2 }]);
      expect(facets.priceBuckets.map((bucket) => bucket.count)).toEqual([0, 2, 0, 0, 0]);
      expect(facets.inStock).toBe(2);
    });

    it('costs one statement for the total and the facets asked together, one for either alone', async () => {
      const statementsOf = async (work: () => Promise<unknown>) => {
        const start = statements.length;
        await work();
        return statements.length - start;
      };
      const filter = { search: 'laine', inStock: true };
      expect(await statementsOf(() => search({ first: 5, filter }))).toBe(1);
      const page = await search({ first: 5, filter });
      expect(await statementsOf(() => Promise.all([page.totalCount(), page.facets()]))).toBe(1);
      const countOnly = await search({ first: 5, filter });
      expect(await statementsOf(() => countOnly.totalCount())).toBe(1);
      expect(await countOnly.totalCount()).toBe((await page.facets()) && (await page.totalCount()));
    });
  });

  describe('bad input', () => {
    const rejects = (query: ProductQuery) => expect(search(query)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    it('refuses page sizes outside 0..100', async () => {
      await rejects({ first: -1 });
      await rejects({ first: 101 });
      await rejects({ first: 2.5 });
      const empty = await search({ first: 0 });
      expect(empty.edges).toEqual([]);
      expect(empty.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    });

    it('refuses forged cursors and cursors of another sort', async () => {
      const { pageInfo } = await search({ first: 2, sort: 'PRICE_ASC' });
      await rejects({ after: pageInfo.endCursor, sort: 'NEWEST' });
      await rejects({ after: pageInfo.endCursor, sort: 'RELEVANCE', filter: { search: 'laine' } });
      await rejects({ after: 'not a cursor' });
      await rejects({ after: Buffer.from('["PRICE_ASC","cheap","x"]').toString('base64url'), sort: 'PRICE_ASC' });
      await rejects({ after: Buffer.from('{"a":1}').toString('base64url') });
    });

    it('refuses a malformed category id and an over-long search', async () => {
      await rejects({ filter: { categoryId: 'cuisine' } });
      await rejects({ filter: { search: 'laine '.repeat(50) } });
    });
  });

  // Through the subgraph's own /graphql, as the router would call it.
  describe('over GraphQL', () => {
    type Connection = {
      totalCount: number;
      edges: Array<{ cursor: string; node: { id: string; name: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      facets: { categories: Array<{ category: { id: string }; count: number }>; inStock: number };
    };
    const graphql = <T>(query: string, variables: Record<string, unknown> = {}, language = 'en') =>
      t.subgraphGraphql<T>('catalog', query, variables, { headers: { 'accept-language': language } });
    const CONNECTION = `totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
      facets { categories { category { id } count } inStock }`;

    it('lists, filters, counts and pages products', async () => {
      const filter = { categoryId: category('maison'), inStock: true };
      const { body } = await graphql<{ products: Connection }>(
        `query ($filter: ProductFilter) { products(first: 5, filter: $filter, sort: PRICE_ASC) { ${CONNECTION} } }`,
        { filter },
      );
      expect(body.errors).toBeUndefined();
      const connection = body.data?.products as Connection;
      const want = await expected(filter, 'PRICE_ASC');
      expect(connection.edges.map((edge) => edge.node.id)).toEqual(want.slice(0, 5));
      expect(connection.totalCount).toBe(want.length);
      expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: connection.edges[4]?.cursor });
      const direct = await (await search({ filter })).facets();
      expect(connection.facets.categories).toEqual(
        direct.categories.map((facet) => ({ category: { id: facet.categoryId }, count: facet.count })),
      );
      expect(connection.facets.inStock).toBe(direct.inStock);

      const next = await graphql<{ products: Connection }>(
        'query ($after: String) { products(first: 5, after: $after, sort: PRICE_ASC, filter: { inStock: true }) { edges { node { id } } } }',
        { after: connection.pageInfo.endCursor },
      );
      expect(next.body.errors).toBeUndefined();
    });

    it('searches in the caller’s language', async () => {
      const query = '{ products(filter: { search: "zephyrine" }) { edges { node { id name } } } }';
      const french = await graphql<{ products: Connection }>(query, {}, 'fr');
      const english = await graphql<{ products: Connection }>(query, {}, 'en');
      expect(french.body.data?.products.edges).toEqual([
        { node: { id: fixtures.teapot, name: 'Théière Zéphyrine en fonte' } },
      ]);
      expect(english.body.data?.products.edges).toEqual([
        { node: { id: fixtures.teapot, name: 'Zephyrine cast-iron teapot' } },
      ]);
    });

    it('lists a category’s products, descendants included', async () => {
      const { body } = await graphql<{ category: { products: Connection } }>(
        `{ category(slug: "maison") { products(first: 100) { totalCount edges { node { id } } } } }`,
      );
      expect(body.errors).toBeUndefined();
      const want = await expected({ categoryId: category('maison') });
      expect(body.data?.category.products.edges.map((edge) => edge.node.id)).toEqual(want);
      expect(body.data?.category.products.totalCount).toBe(want.length);
    });

    it('answers BAD_USER_INPUT for a bad cursor or page size', async () => {
      for (const args of ['first: 101', 'first: -1', 'after: "forged"']) {
        const { body } = await graphql(`{ products(${args}) { edges { cursor } } }`);
        expect(body.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
      }
    });

    it('lists products with their category and stock in at most 3 statements, whatever the page size', async () => {
      const costs = [];
      for (const first of [5, 50]) {
        const start = statements.length;
        const { body } = await graphql<{ products: { edges: unknown[] } }>(
          `{ products(first: ${first}) { edges { node { id name category { name } stock { available } } } } }`,
        );
        expect(body.errors).toBeUndefined();
        expect(body.data?.products.edges).toHaveLength(first);
        costs.push(statements.length - start);
      }
      expect(costs[1]).toBeLessThanOrEqual(3);
      expect(costs[1]).toBe(costs[0]);
    });
  });
});
