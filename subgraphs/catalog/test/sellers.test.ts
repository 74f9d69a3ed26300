import { randomUUID } from 'node:crypto';
import { catalog, Product } from '@comptoir/catalog';
import { OutboxMessage } from '@comptoir/kit';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type UserErrors = Array<{ field: string | null; code: string }>;
interface ProductView {
  id: string;
  price: { amount: number };
  stock: { onHand: number };
  status: string;
  seller: { id: string } | null;
}
const PRODUCT = 'id price { amount } stock { onHand } status seller { id }';

// Marketplace sellers through a router in front of catalog alone: a seller's token creates
// products owned by its organisation and changes those only; staff assign products to sellers.
describe('marketplace sellers', () => {
  let t: TestPlatform;
  const sellerA = randomUUID();
  const sellerB = randomUUID();
  const carrier = randomUUID();
  let tokenA: string;
  let tokenB: string;
  let admin: string;

  const sellerToken = (org: string) =>
    t.token({ sub: randomUUID(), roles: ['PARTNER'], scope: 'catalog:write', org: { id: org, kind: 'SELLER' } });

  const mutate = async (name: string, input: Record<string, unknown>, token: string) => {
    const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const { body } = await t.graphql<Record<string, { product: ProductView | null; userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { product { ${PRODUCT} } userErrors { field code } } }`,
      { input },
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.[name] as { product: ProductView | null; userErrors: UserErrors };
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    for (const [organizationId, kind] of [
      [sellerA, 'SELLER'],
      [sellerB, 'SELLER'],
      [carrier, 'CARRIER'],
    ] as const) {
      await t.deliver({
        type: 'partner_organization.created',
        subject: organizationId,
        data: { organizationId, name: `Partner ${organizationId}`, kind },
      });
    }
    tokenA = await sellerToken(sellerA);
    tokenB = await sellerToken(sellerB);
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write catalog:admin' });
  });
  afterAll(() => t?.stop());

  it('lets a seller change its own products only; another seller changes nothing', async () => {
    const created = await mutate('createProduct', productInput('SELLER-A-1', 1500, 5), tokenA);
    expect(created.userErrors).toEqual([]);
    const product = created.product as ProductView;
    expect(product.seller).toEqual({ id: sellerA });

    const em = t.em('catalog');
    const eventsBefore = await em.count(OutboxMessage, { key: product.id });
    const notFound = [{ field: 'input.productId', code: 'NOT_FOUND' }];
    const writes: Array<[string, Record<string, unknown>]> = [
      ['setProductPrice', { productId: product.id, price: { amount: 1, currency: 'EUR' } }],
      ['updateProduct', { productId: product.id, name: { fr: 'Volé', en: 'Stolen' } }],
      ['adjustStock', { productId: product.id, delta: -5 }],
      ['archiveProduct', { productId: product.id }],
    ];
    for (const [name, input] of writes) {
      const refused = await mutate(name, input, tokenB);
      expect(refused, name).toEqual({ product: null, userErrors: notFound });
    }
    expect(await em.findOneOrFail(Product, { id: product.id })).toMatchObject({
      priceAmount: 1500,
      nameEn: 'Product SELLER-A-1',
      stockOnHand: 5,
      status: 'ACTIVE',
    });
    expect(await em.count(OutboxMessage, { key: product.id })).toBe(eventsBefore);

    // Its own seller changes every one of them.
    for (const [name, input] of writes) expect((await mutate(name, input, tokenA)).userErrors, name).toEqual([]);
    expect(await em.findOneOrFail(Product, { id: product.id }, { refresh: true })).toMatchObject({
      priceAmount: 1,
      nameEn: 'Stolen',
      stockOnHand: 0,
      status: 'ARCHIVED',
    });
  });

  it('lets staff assign a product to a seller, and only staff', async () => {
    const product = (await mutate('createProduct', productInput('HOUSE-1'), admin)).product as ProductView;
    expect(product.seller).toBeNull();
    const price = { productId: product.id, price: { amount: 990, currency: 'EUR' } };
    expect((await mutate('setProductPrice', price, tokenB)).userErrors[0]?.code).toBe('NOT_FOUND');

    const selfAssigned = await t.graphql(
      'mutation ($input: AssignProductSellerInput!) { assignProductSeller(input: $input) { userErrors { code } } }',
      { input: { productId: product.id, sellerOrganizationId: sellerB } },
      { token: tokenB },
    );
    expect(selfAssigned.status).toBe(403);

    const assigned = await mutate(
      'assignProductSeller',
      { productId: product.id, sellerOrganizationId: sellerB },
      admin,
    );
    expect(assigned).toMatchObject({ product: { seller: { id: sellerB } }, userErrors: [] });
    expect((await mutate('setProductPrice', price, tokenB)).product?.price.amount).toBe(990);
    expect((await mutate('setProductPrice', price, tokenA)).userErrors[0]?.code).toBe('NOT_FOUND');
    // Staff keep full access to a seller's product, and can take it back.
    expect((await mutate('adjustStock', { productId: product.id, delta: 1 }, admin)).userErrors).toEqual([]);
    expect((await mutate('assignProductSeller', { productId: product.id }, admin)).product?.seller).toBeNull();
    expect((await mutate('setProductPrice', price, tokenB)).userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('assigns products to seller organisations only', async () => {
    const product = (await mutate('createProduct', productInput('HOUSE-2'), admin)).product as ProductView;
    for (const sellerOrganizationId of [randomUUID(), carrier]) {
      expect(await mutate('assignProductSeller', { productId: product.id, sellerOrganizationId }, admin)).toEqual({
        product: null,
        userErrors: [{ field: 'input.sellerOrganizationId', code: 'UNKNOWN_SELLER' }],
      });
    }
  });

  it('leaves the category tree to staff', async () => {
    const { body } = await t.graphql<{ createCategory: { category: { id: string } | null; userErrors: UserErrors } }>(
      'mutation { createCategory(input: { slug: "seller-made", name: { fr: "Vendeur", en: "Seller" } }) { category { id } userErrors { field code } } }',
      {},
      { token: tokenA },
    );
    expect(body.data?.createCategory).toEqual({ category: null, userErrors: [{ field: 'input', code: 'FORBIDDEN' }] });
  });
});
