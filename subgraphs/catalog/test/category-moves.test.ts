import { randomUUID } from 'node:crypto';
import { Category, catalog, createCategory } from '@comptoir/catalog';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The category tree under concurrent moves, through the router on real PostgreSQL.
describe('moving categories', () => {
  let t: TestPlatform;
  let admin: string;

  const move = async (categoryId: string, parentId: string | null) =>
    (
      await t.graphql<{ moveCategory: { userErrors: { code: string }[] } }>(
        'mutation ($input: MoveCategoryInput!) { moveCategory(input: $input) { userErrors { code } } }',
        { input: { categoryId, parentId } },
        { token: admin },
      )
    ).body.data?.moveCategory.userErrors.map((error) => error.code);

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [catalog] });
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'catalog:write' });
  });
  afterAll(() => t?.stop());

  it('never makes a cycle when two categories are moved under each other at once', async () => {
    for (let round = 0; round < 20; round++) {
      const ctx = { em: t.em('catalog') };
      const name = { fr: 'Rayon', en: 'Aisle' };
      const a = (await createCategory(ctx, { slug: `a-${round}`, name })).category.id;
      const b = (await createCategory(ctx, { slug: `b-${round}`, name })).category.id;

      const outcomes = await Promise.all([move(a, b), move(b, a)]);
      // One move wins; the other would put a category under itself.
      expect(outcomes.map((codes) => codes?.join() ?? 'error').sort()).toEqual(['', 'CATEGORY_CYCLE']);

      // Every path is its parent's path and its own id, and so leads back to a root.
      const [first, second] = await t.em('catalog').find(Category, { id: { $in: [a, b] } });
      const parentOf = (category: Category | undefined) => (category?.id === first?.id ? second : first);
      for (const category of [first, second]) {
        const parent = category?.parentId ? parentOf(category) : undefined;
        expect(category?.path).toBe(parent ? `${parent.path}/${category?.id}` : category?.id);
      }
    }
  });
});
