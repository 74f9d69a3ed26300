import { randomUUID } from 'node:crypto';
import { catalog, loadDemoCatalog } from '@comptoir/catalog';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Product attributes per language through the router: said once per language (or once for all),
// read in the caller's language (Accept-Language), replaced by updates, refused when malformed.
describe('product attributes in the shopper’s language', () => {
  let t: TestPlatform;
  let admin: string;
  type Attribute = { name: string; value: string; language: 'EN' | 'FR' | null };
  type Payload = {
    product: { id: string; attributes: Attribute[] } | null;
    userErrors: Array<{ field: string | null; code: string; message: string }>;
  };
  const PAYLOAD = 'product { id attributes { name value language } } userErrors { field code message }';

  const createProduct = async (sku: string, attributes: unknown, language = 'en') =>
    (
      await t.graphql<{ createProduct: Payload }>(
        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${PAYLOAD} } }`,
        {
          input: {
            sku,
            slug: sku.toLowerCase(),
            name: { fr: `Vase ${sku}`, en: `Vase ${sku}` },
            description: { fr: 'En grès.', en: 'Stoneware.' },
            price: { amount: 3900, currency: 'EUR' },
            attributes,
          },
        },
        { token: admin, headers: { 'accept-language': language } },
      )
    ).body;
  const updateAttributes = async (productId: string, attributes: unknown, language = 'en') =>
    (
      await t.graphql<{ updateProduct: Payload }>(
        `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { ${PAYLOAD} } }`,
        { input: { productId, attributes } },
        { token: admin, headers: { 'accept-language': language } },
      )
    ).body;
  const attributesIn = async (productId: string, language: 'fr' | 'en') =>
    (
      await t.graphql<{ product: { attributes: Attribute[] } }>(
        'query ($id: ID!) { product(id: $id) { attributes { name value language } } }',
        { id: productId },
        { headers: { 'accept-language': language } },
      )
    ).body.data?.product.attributes;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
  });
  afterAll(() => t?.stop());

  it('shows the language-neutral attributes and those in the caller’s language, in the order given', async () => {
    const created = await createProduct('VASE-1', [
      { name: 'couleur', value: 'bleu', language: 'FR' },
      { name: 'colour', value: 'blue', language: 'EN' },
      { name: 'hauteur', value: '40 cm', language: 'FR' },
      { name: 'height', value: '40 cm', language: 'EN' },
      { name: 'EAN', value: '3760000000017' },
    ]);
    expect(created.data?.createProduct.userErrors).toEqual([]);
    // The mutation answers in the caller's language too.
    expect(created.data?.createProduct.product?.attributes).toEqual([
      { name: 'colour', value: 'blue', language: 'EN' },
      { name: 'height', value: '40 cm', language: 'EN' },
      { name: 'EAN', value: '3760000000017', language: null },
    ]);
    const id = created.data?.createProduct.product?.id as string;
    expect(await attributesIn(id, 'fr')).toEqual([
      { name: 'couleur', value: 'bleu', language: 'FR' },
      { name: 'hauteur', value: '40 cm', language: 'FR' },
      { name: 'EAN', value: '3760000000017', language: null },
    ]);
  });

  it('replaces every language’s attributes on update', async () => {
    const id = (
      await createProduct('VASE-2', [
        { name: 'couleur', value: 'vert', language: 'FR' },
        { name: 'colour', value: 'green', language: 'EN' },
      ])
    ).data?.createProduct.product?.id as string;
    const updated = await updateAttributes(
      id,
      [
        { name: 'matière', value: 'grès', language: 'FR' },
        { name: 'material', value: 'stoneware', language: 'EN' },
        { name: 'poids', value: '1,2 kg', language: null },
      ],
      'fr',
    );
    expect(updated.data?.updateProduct.product?.attributes).toEqual([
      { name: 'matière', value: 'grès', language: 'FR' },
      { name: 'poids', value: '1,2 kg', language: null },
    ]);
    expect(await attributesIn(id, 'en')).toEqual([
      { name: 'material', value: 'stoneware', language: 'EN' },
      { name: 'poids', value: '1,2 kg', language: null },
    ]);
    // Language-neutral ones are stored as rows from before languages were: without one.
    const [row] = await t
      .em('catalog')
      .getConnection()
      .execute<Array<{ attributes: unknown }>>('select attributes from catalog.product where id = ?', [id]);
    expect(row?.attributes).toContainEqual({ name: 'poids', value: '1,2 kg' });
  });

  it('reads attributes stored before languages existed as language-neutral', async () => {
    const id = (await createProduct('VASE-3', [])).data?.createProduct.product?.id as string;
    await t
      .em('catalog')
      .getConnection()
      .execute(`update catalog.product set attributes = '[{"name": "taille", "value": "40 cm"}]' where id = ?`, [id]);
    for (const language of ['fr', 'en'] as const) {
      expect(await attributesIn(id, language)).toEqual([{ name: 'taille', value: '40 cm', language: null }]);
    }
  });

  it('refuses malformed attributes with a userError naming the field, in the caller’s language', async () => {
    const blankValue = await createProduct(
      'VASE-4',
      [
        { name: 'couleur', value: 'bleu', language: 'FR' },
        { name: 'colour', value: '   ', language: 'EN' },
      ],
      'fr',
    );
    expect(blankValue.data?.createProduct).toEqual({
      product: null,
      userErrors: [
        {
          field: 'input.attributes.1.value',
          code: 'INVALID',
          message: 'La valeur d’un attribut compte de 1 à 200 caractères.',
        },
      ],
    });
    const longName = await createProduct('VASE-5', [{ name: 'n'.repeat(51), value: 'bleu', language: 'FR' }]);
    expect(longName.data?.createProduct.userErrors).toEqual([
      { field: 'input.attributes.0.name', code: 'INVALID', message: 'An attribute name has 1 to 50 characters.' },
    ]);
    const tooMany = Array.from({ length: 51 }, (_, index) => ({ name: `n${index}`, value: 'v', language: 'EN' }));
    expect((await createProduct('VASE-6', tooMany)).data?.createProduct.userErrors[0]).toMatchObject({
      field: 'input.attributes',
      code: 'INVALID',
      message: 'A product has at most 50 attributes, all languages together.',
    });

    const id = (await createProduct('VASE-7', [{ name: 'couleur', value: 'bleu', language: 'FR' }])).data?.createProduct
      .product?.id as string;
    const blankName = await updateAttributes(id, [{ name: '', value: 'blue', language: 'EN' }]);
    expect(blankName.data?.updateProduct.userErrors[0]).toMatchObject({ field: 'input.attributes.0.name' });
    expect(await attributesIn(id, 'fr')).toEqual([{ name: 'couleur', value: 'bleu', language: 'FR' }]);
    // A language the API does not know is refused before catalog sees it.
    const german = await createProduct('VASE-8', [{ name: 'Farbe', value: 'blau', language: 'DE' }]);
    expect(german.errors?.[0]?.message).toMatch(/Value "DE" does not exist in "Language" enum/);
  });

  it('gives the bulk-loaded demo products their attributes in French to French readers, in English to English ones', async () => {
    await loadDemoCatalog(t.em('catalog').fork(), { products: 3, seed: 16 });
    // The demo products, beside this file's VASE ones, by sku.
    const demo = async (language: 'fr' | 'en') => {
      const { body } = await t.graphql<{
        products: { edges: Array<{ node: { sku: string; attributes: Attribute[] } }> };
      }>(
        '{ products(first: 50, sort: PRICE_ASC) { edges { node { sku attributes { name value language } } } } }',
        {},
        { headers: { 'accept-language': language } },
      );
      const nodes = (body.data?.products.edges ?? []).map(({ node }) => node);
      return new Map(nodes.filter(({ sku }) => !sku.startsWith('VASE-')).map((node) => [node.sku, node.attributes]));
    };
    const [french, english] = [await demo('fr'), await demo('en')];
    expect(french.size).toBe(3);
    for (const [sku, attributes] of french) {
      // A variant (colour, volume or weight) and a trait (material, ingredient or origin), each in the page's language.
      expect(attributes.map((attribute) => attribute.language)).toEqual(['FR', 'FR']);
      expect(english.get(sku)?.map((attribute) => attribute.language)).toEqual(['EN', 'EN']);
      expect(english.get(sku)?.map((attribute) => attribute.name)).not.toEqual(attributes.map(({ name }) => name));
    }
  });
});
