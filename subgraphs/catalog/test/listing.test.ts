import { catalog, createCategory, createProduct, Product, searchProducts } from '@comptoir/catalog';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The storefront's view of the catalog, through a router in front of catalog alone: listing,
// filters, sorts, cursors, facets and French/English search (search.test.ts covers the search
// rules in depth).
describe('catalog listing through the router', () => {
  let t: TestPlatform;
  let kitchen: string;
  type Page = {
    products: {
      totalCount: number;
      edges: Array<{ cursor: string; node: { sku: string; name: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      facets: {
        categories: Array<{ category: { slug: string }; count: number }>;
        priceBuckets: Array<{ min: number; count: number }>;
        inStock: number;
      };
    };
  };
  const list = async (args: string, headers: Record<string, string> = {}) => {
    const { body } = await t.graphql<Page>(
      `{ products(${args}) { totalCount edges { cursor node { sku name } } pageInfo { hasNextPage endCursor }
         facets { categories { category { slug } count } priceBuckets { min count } inStock } } }`,
      {},
      { headers },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.products as Page['products'];
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    const ctx = { em: t.em('catalog'), traceparent: undefined };
    const home = (await createCategory(ctx, { slug: 'maison', name: { fr: 'Maison', en: 'Home' } })).category;
    kitchen = (
      await createCategory(ctx, { slug: 'cuisine', name: { fr: 'Cuisine', en: 'Kitchen' }, parentId: home.id })
    ).category.id;
    const garden = (await createCategory(ctx, { slug: 'jardin', name: { fr: 'Jardin', en: 'Garden' } })).category.id;
    const product = (sku: string, fr: string, en: string, amount: number, stock: number, categoryId: string) =>
      createProduct(ctx, {
        ...productInput(sku, amount, stock),
        name: { fr, en },
        description: { fr: `${fr}, fabriqué en France.`, en: `${en}, made in France.` },
        categoryId,
      });
    await product('TEA-1', 'Théière en fonte', 'Cast iron teapot', 4500, 3, kitchen);
    await product('BOWL-1', 'Bol en grès', 'Stoneware bowl', 1200, 0, kitchen);
    await product('KNIFE-1', 'Couteau de chef', 'Chef’s knife', 8900, 7, kitchen);
    await product('POT-1', 'Pot en terre cuite', 'Terracotta pot', 900, 12, garden);
    await product('HOSE-1', 'Tuyau d’arrosage', 'Garden hose', 2900, 4, garden);
  });
  afterAll(() => t?.stop());

  it('lists every active product with facets, newest first by default', async () => {
    const all = await list('first: 10');
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((edge) => edge.node.sku)).toEqual(['HOSE-1', 'POT-1', 'KNIFE-1', 'BOWL-1', 'TEA-1']);
    expect(all.facets.inStock).toBe(4);
    expect(Object.fromEntries(all.facets.categories.map((facet) => [facet.category.slug, facet.count]))).toEqual({
      cuisine: 3,
      jardin: 2,
    });
    // [0,10 €) [10,25 €) [25,50 €) [50,100 €) [100 €,∞)
    expect(all.facets.priceBuckets.map((bucket) => bucket.count)).toEqual([1, 1, 2, 1, 0]);
  });

  it('walks pages with opaque cursors, in price order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page['products'] = await list(`first: 2, sort: PRICE_ASC${after ? `, after: "${after}"` : ''}`);
      seen.push(...page.edges.map((edge) => edge.node.sku));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['POT-1', 'BOWL-1', 'HOSE-1', 'TEA-1', 'KNIFE-1']);
  });

  it('filters by category subtree, price range and stock', async () => {
    const home = await list(`filter: { categoryId: "${kitchen}", inStock: true, minPrice: 1000 }, sort: PRICE_DESC`);
    expect(home.edges.map((edge) => edge.node.sku)).toEqual(['KNIFE-1', 'TEA-1']);
  });

  it('searches in French and English, with or without accents', async () => {
    for (const search of ['théière', 'theiere', 'teapot', 'FONTE']) {
      const found = await list(`filter: { search: "${search}" }`);
      expect(
        found.edges.map((edge) => edge.node.sku),
        search,
      ).toEqual(['TEA-1']);
    }
    const french = await list('filter: { search: "terre cuite" }', { 'accept-language': 'fr' });
    expect(french.edges.map((edge) => edge.node.name)).toEqual(['Pot en terre cuite']);
  });

  it('lists each product with the values a load gives it, types converted (a bigint price is a number)', async () => {
    const page = await searchProducts(t.em('catalog'), { first: 10 });
    const listed = page.edges.map((edge) => edge.node);
    expect(listed).toHaveLength(5);
    const loaded = await t.em('catalog').find(Product, { id: listed.map((product) => product.id) });
    for (const product of listed) {
      const entity = loaded.find((candidate) => candidate.id === product.id);
      expect(typeof product.priceAmount).toBe('number');
      expect(product.createdAt).toBeInstanceOf(Date);
      expect({ ...product }).toEqual({ ...entity, searchDocument: undefined });
    }
  });
});
