import { execute, partnerOrganizationOf, type RequestContext, UserInputError, validInput } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { Category } from './category.ts';

/** Without claims: the platform itself (the demo seed). */
type WriteContext = Pick<RequestContext, 'em'> & Partial<Pick<RequestContext, 'claims'>>;

/** The category tree is the whole marketplace's: staff shape it, sellers only file products in it. */
function requireCatalogStaff(ctx: WriteContext): void {
  if (partnerOrganizationOf(ctx, 'SELLER') === null) return;
  throw new UserInputError(
    'FORBIDDEN',
    { en: 'Only staff change categories.', fr: 'Seul le personnel modifie les catégories.' },
    'input',
  );
}

const categoryFields = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(120),
  name: z.object({ fr: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }),
});

const messages = (field: string) =>
  field === 'input.slug'
    ? { en: 'Use lower-case words joined by dashes.', fr: 'Utilisez des mots en minuscules reliés par des tirets.' }
    : {
        en: 'Name it in French and English (100 characters at most).',
        fr: 'Nommez-la en français et en anglais (100 caractères au plus).',
      };

const unknownCategory = (field: string) =>
  new UserInputError('UNKNOWN_CATEGORY', { en: 'No such category.', fr: 'Catégorie introuvable.' }, field);

export async function createCategory(
  ctx: WriteContext,
  input: { slug: string; name: { fr: string; en: string }; parentId?: string | null },
): Promise<{ category: Category }> {
  requireCatalogStaff(ctx);
  const valid = validInput(categoryFields, input, messages);
  return ctx.em.transactional(async (em) => {
    await assertSlugFree(em, valid.slug);
    const parent = input.parentId ? await em.findOne(Category, { id: input.parentId }) : null;
    if (input.parentId && !parent) throw unknownCategory('input.parentId');
    const id = uuidv7();
    const category = em.create(Category, {
      id,
      slug: valid.slug,
      nameFr: valid.name.fr,
      nameEn: valid.name.en,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${id}` : id,
      position: await em.count(Category, { parentId: parent?.id ?? null }),
    });
    return { category };
  });
}

export async function updateCategory(
  ctx: WriteContext,
  categoryId: string,
  input: { slug?: string | null; name?: { fr: string; en: string } | null },
): Promise<{ category: Category }> {
  requireCatalogStaff(ctx);
  const valid = validInput(
    categoryFields.partial(),
    { slug: input.slug ?? undefined, name: input.name ?? undefined },
    messages,
  );
  return ctx.em.transactional(async (em) => {
    const category = await em.findOne(Category, { id: categoryId });
    if (!category) throw unknownCategory('input.categoryId');
    if (valid.slug && valid.slug !== category.slug) {
      await assertSlugFree(em, valid.slug);
      category.slug = valid.slug;
    }
    if (valid.name) [category.nameFr, category.nameEn] = [valid.name.fr, valid.name.en];
    return { category };
  });
}

/**
 * Moves a category (with its subtree) under another parent, or to the root. Rewrites the
 * materialized paths of the whole subtree in one statement; refuses to move a node under itself,
 * also when another move is under way.
 */
export async function moveCategory(
  ctx: WriteContext,
  categoryId: string,
  parentId: string | null,
): Promise<{ category: Category }> {
  requireCatalogStaff(ctx);
  return ctx.em.transactional(async (em) => {
    // One move at a time: two moves checked against the same tree could each be legal and
    // together make a cycle (A under B, B under A). Paths are read after the lock, as committed.
    await execute(em, "select pg_advisory_xact_lock(hashtext('catalog.category-tree'))", []);
    const category = await em.findOne(Category, { id: categoryId });
    if (!category) throw unknownCategory('input.categoryId');
    const parent = parentId ? await em.findOne(Category, { id: parentId }) : null;
    if (parentId && !parent) throw unknownCategory('input.parentId');
    if (parent && (parent.path === category.path || parent.path.startsWith(`${category.path}/`))) {
      throw new UserInputError(
        'CATEGORY_CYCLE',
        { en: 'A category cannot move under itself.', fr: 'Une catégorie ne peut pas aller sous elle-même.' },
        'input.parentId',
      );
    }
    const newPath = parent ? `${parent.path}/${category.id}` : category.id;
    await execute(
      em,
      `update catalog.category set path = ? || substr(path, length(?) + 1) where path = ? or path like ? || '/%'`,
      [newPath, category.path, category.path, category.path],
    );
    await em.nativeUpdate(Category, { id: category.id }, { parentId: parent?.id ?? null });
    return { category: await em.findOneOrFail(Category, { id: category.id }, { refresh: true }) };
  });
}

async function assertSlugFree(em: EntityManager, slug: string) {
  if (await em.count(Category, { slug })) {
    throw new UserInputError(
      'DUPLICATE_SLUG',
      { en: 'Another category has this slug.', fr: 'Une autre catégorie a ce slug.' },
      'input.slug',
    );
  }
}
