import { randomUUID } from 'node:crypto';
import { catalog } from '@comptoir/catalog';
import { OutboxMessage, waitFor } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Catalog writes through a router in front of catalog alone: validation as userErrors, scopes,
// events. Callers hold tokens as auth would issue them for their role or partner token.
describe('catalog writes through the router', () => {
  let t: TestPlatform;
  let admin: string;
  let customer: string;
  let catalogPartner: string;
  let carrierPartner: string;
  const ERRORS = 'userErrors { field code message }';
  type UserErrors = Array<{ field: string | null; code: string; message: string }>;

  const createProduct = async (input: Record<string, unknown>, token = admin) =>
    (
      await t.graphql<{
        createProduct: { product: { id: string; stock: { available: number } } | null; userErrors: UserErrors };
      }>(
        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id stock { available } } ${ERRORS} } }`,
        { input },
        { token },
      )
    ).body;
  const productInput = (sku: string, extra: Record<string, unknown> = {}) => ({
    sku,
    slug: sku.toLowerCase(),
    name: { fr: `Bougie ${sku}`, en: `Candle ${sku}` },
    description: { fr: 'Cire de soja', en: 'Soy wax' },
    price: { amount: 1500, currency: 'EUR' },
    stock: 5,
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    // An admin's scopes, and partner tokens as the router exchanges them: the partner's role plus
    // the scopes its token was issued with.
    admin = await t.token({
      sub: randomUUID(),
      roles: ['ADMIN'],
      scope:
        'catalog:write deliveries:write orders:admin orders:read support:admin support:agent users:admin users:read',
    });
    customer = await t.token({ sub: randomUUID(), roles: ['CUSTOMER'], scope: '' });
    catalogPartner = await t.token({
      sub: randomUUID(),
      roles: ['PARTNER'],
      scope: 'catalog:write',
      org: { id: randomUUID(), kind: 'SELLER' },
    });
    carrierPartner = await t.token({ sub: randomUUID(), roles: ['PARTNER'], scope: 'deliveries:write' });
  });
  afterAll(() => t?.stop());

  it('lets an admin and a partner with catalog:write create products, and nobody else', async () => {
    expect((await createProduct(productInput('ADMIN-1'))).data?.createProduct.product?.stock.available).toBe(5);
    expect((await createProduct(productInput('SELLER-1'), catalogPartner)).data?.createProduct.userErrors).toEqual([]);
    for (const token of [customer, carrierPartner]) {
      const refused = await createProduct(productInput('NOPE-1'), token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.graphql('mutation { archiveProduct(input: { productId: "x" }) { userErrors { code } } }');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports each invalid input as a userError', async () => {
    await createProduct(productInput('DUP-1'));
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [productInput('NEG-1', { price: { amount: -1, currency: 'EUR' } }), 'input.price.amount', 'INVALID'],
      [productInput('DUP-1', { slug: 'another-slug' }), 'input.sku', 'DUPLICATE_SKU'],
      [productInput('DUP-2', { slug: 'dup-1' }), 'input.slug', 'DUPLICATE_SLUG'],
      [
        productInput('CAT-1', { categoryId: '01900000-0000-7000-8000-000000000000' }),
        'input.categoryId',
        'UNKNOWN_CATEGORY',
      ],
      [productInput('BAD SKU'), 'input.sku', 'INVALID'],
    ];
    for (const [input, field, code] of cases) {
      const { data } = await createProduct(input);
      expect(data?.createProduct.product).toBeNull();
      expect(data?.createProduct.userErrors[0], `${field} ${code}`).toMatchObject({ field, code });
    }
    const french = await t.graphql<{ createProduct: { userErrors: UserErrors } }>(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${ERRORS} } }`,
      { input: productInput('NEG-2', { price: { amount: -5, currency: 'EUR' } }) },
      { token: admin, headers: { 'accept-language': 'fr' } },
    );
    expect(french.body.data?.createProduct.userErrors[0]?.message).toBe('Le prix ne peut pas être négatif.');
  });

  it('keeps stock on hand at or above what is reserved', async () => {
    const id = (await createProduct(productInput('STOCK-1'))).data?.createProduct.product?.id as string;
    await t.em('catalog').getConnection().execute('update catalog.product set stock_reserved = 3 where id = ?', [id]);
    const adjust = (delta: number) =>
      t.graphql<{
        adjustStock: { product: { stock: { onHand: number; available: number } } | null; userErrors: UserErrors };
      }>(
        `mutation ($id: ID!, $delta: Int!) { adjustStock(input: { productId: $id, delta: $delta }) { product { stock { onHand available } } ${ERRORS} } }`,
        { id, delta },
        { token: admin },
      );
    expect((await adjust(-3)).body.data?.adjustStock.userErrors[0]).toMatchObject({
      field: 'input.delta',
      code: 'STOCK_BELOW_RESERVED',
    });
    expect((await adjust(-2)).body.data?.adjustStock.product?.stock).toEqual({ onHand: 3, available: 0 });
    expect((await adjust(10)).body.data?.adjustStock.product?.stock).toEqual({ onHand: 13, available: 10 });
  });

  it('reprices, archives and announces it on the product topic', async () => {
    const id = (await createProduct(productInput('PRICE-1'))).data?.createProduct.product?.id as string;
    const repriced = await t.graphql<{ setProductPrice: { product: { price: { amount: number } } } }>(
      'mutation ($id: ID!) { setProductPrice(input: { productId: $id, price: { amount: 1990, currency: "EUR" } }) { product { price { amount } } } }',
      { id },
      { token: admin },
    );
    expect(repriced.body.data?.setProductPrice.product.price.amount).toBe(1990);
    // What orders prices from: the relay published the new price (tools/e2e/events-kafka.test.ts
    // follows it into orders' price list).
    const priceChange = () => t.em('catalog').findOneOrFail(OutboxMessage, { key: id, type: 'product.updated' });
    await waitFor(async () => (await priceChange()).publishedAt !== null, 'catalog published the new price');
    expect((await priceChange()).data).toMatchObject({ productId: id, price: { amount: 1990, currency: 'EUR' } });

    const archived = await t.graphql<{ archiveProduct: { product: { status: string } } }>(
      'mutation ($id: ID!) { archiveProduct(input: { productId: $id }) { product { status } } }',
      { id },
      { token: admin },
    );
    expect(archived.body.data?.archiveProduct.product.status).toBe('ARCHIVED');
    const events = await t.em('catalog').find(OutboxMessage, { key: id }, { orderBy: { position: 'asc' } });
    expect(events.map((event) => event.type)).toEqual([
      'product.created',
      'stock.changed',
      'product.updated',
      'product.archived',
    ]);
    // Archived products leave listings but stay readable by id (order history).
    const read = await t.graphql<{ product: { status: string } }>('query ($id: ID!) { product(id: $id) { status } }', {
      id,
    });
    expect(read.body.data?.product.status).toBe('ARCHIVED');
  });

  it('builds, renames and moves categories, refusing cycles', async () => {
    const create = async (slug: string, parentId?: string) =>
      (
        await t.graphql<{ createCategory: { category: { id: string } | null; userErrors: UserErrors } }>(
          `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } ${ERRORS} } }`,
          { input: { slug, name: { fr: `Rayon ${slug}`, en: `Aisle ${slug}` }, parentId } },
          { token: admin },
        )
      ).body.data?.createCategory;
    const home = (await create('maison'))?.category?.id as string;
    const kitchen = (await create('cuisine', home))?.category?.id as string;
    const teapots = (await create('theieres', kitchen))?.category?.id as string;
    expect((await create('maison'))?.userErrors[0]?.code).toBe('DUPLICATE_SLUG');

    const breadcrumb = await t.graphql<{ category: { breadcrumb: Array<{ name: string }> } }>(
      '{ category(slug: "theieres") { breadcrumb { name } } }',
      {},
      { headers: { 'accept-language': 'fr' } },
    );
    expect(breadcrumb.body.data?.category.breadcrumb.map((c) => c.name)).toEqual([
      'Rayon maison',
      'Rayon cuisine',
      'Rayon theieres',
    ]);

    const move = (categoryId: string, parentId: string | null) =>
      t.graphql<{ moveCategory: { category: { breadcrumb: Array<{ id: string }> } | null; userErrors: UserErrors } }>(
        `mutation ($categoryId: ID!, $parentId: ID) { moveCategory(input: { categoryId: $categoryId, parentId: $parentId }) { category { breadcrumb { id } } ${ERRORS} } }`,
        { categoryId, parentId },
        { token: admin },
      );
    expect((await move(home, teapots)).body.data?.moveCategory.userErrors[0]?.code).toBe('CATEGORY_CYCLE');
    const moved = await move(kitchen, null);
    expect(moved.body.data?.moveCategory.category?.breadcrumb.map((c) => c.id)).toEqual([kitchen]);
    // The subtree followed: teapots now sits under kitchen at the root.
    const after = await t.graphql<{ category: { breadcrumb: Array<{ id: string }> } }>(
      '{ category(slug: "theieres") { breadcrumb { id } } }',
    );
    expect(after.body.data?.category.breadcrumb.map((c) => c.id)).toEqual([kitchen, teapots]);

    const renamed = await t.graphql<{ updateCategory: { category: { name: string } } }>(
      'mutation ($id: ID!) { updateCategory(input: { categoryId: $id, name: { fr: "Arts de la table", en: "Tableware" } }) { category { name } } }',
      { id: kitchen },
      { token: admin },
    );
    expect(renamed.body.data?.updateCategory.category.name).toBe('Tableware');
  });
});
