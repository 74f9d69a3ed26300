import { execute, isUuid, type RequestContext, requireScope, UserInputError, validInput } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { FaqCategory, FaqEntry } from './faq-entry.ts';

type AdminContext = Pick<RequestContext, 'em' | 'claims'>;

/** Escapes LIKE's wildcards so the term is taken literally. */
function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * FAQ entries in display order (by category, then entry), optionally of one category and whose
 * question or answer, in French or English, contains `search` — case and accents ignored
 * ("theiere" finds "théière", "DELAIS" finds "délais").
 */
export async function searchFaq(
  ctx: Pick<RequestContext, 'em'>,
  search?: string | null,
  categoryId?: string | null,
): Promise<FaqEntry[]> {
  if (categoryId != null && !isUuid(categoryId)) return [];
  const term = search?.trim();
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (term) {
    const fields = ['e.question_fr', 'e.question_en', 'e.answer_fr', 'e.answer_en'];
    conditions.push(
      `(${fields.map((field) => `support.immutable_unaccent(lower(${field})) like support.immutable_unaccent(lower(?))`).join(' or ')})`,
    );
    for (const _ of fields) params.push(`%${likeEscape(term)}%`);
  }
  if (categoryId) {
    conditions.push('e.category_id = ?');
    params.push(categoryId);
  }
  const rows = await execute<{ id: string }>(
    ctx.em,
    `select e.id from support.faq_entry e join support.faq_category c on c.id = e.category_id
     ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
     order by c.position, c.id, e.position, e.id limit 200`,
    params,
  );
  const ids = rows.map((row) => row.id);
  const entries = await ctx.em.find(FaqEntry, { id: { $in: ids } });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function faqCategories(ctx: Pick<RequestContext, 'em'>): Promise<FaqCategory[]> {
  return ctx.em.find(FaqCategory, {}, { orderBy: { position: 'asc', id: 'asc' } });
}

const entryNotFound = (field = 'input.entryId') =>
  new UserInputError('FAQ_ENTRY_NOT_FOUND', { en: 'No such FAQ entry.', fr: 'Cette question n’existe pas.' }, field);
const categoryNotFound = (field = 'input.categoryId') =>
  new UserInputError(
    'FAQ_CATEGORY_NOT_FOUND',
    { en: 'No such FAQ category.', fr: 'Cette catégorie n’existe pas.' },
    field,
  );

/** One more reader found the entry helpful: one atomic increment, whatever the concurrency. */
export async function markFaqHelpful(
  ctx: Pick<RequestContext, 'em'>,
  input: { entryId: string },
): Promise<{ entry: FaqEntry }> {
  if (!isUuid(input.entryId)) throw entryNotFound();
  const [row] = await execute<{ id: string }>(
    ctx.em,
    'update support.faq_entry set helpful_count = helpful_count + 1 where id = ? returning id',
    [input.entryId],
  );
  if (!row) throw entryNotFound();
  const entry = await ctx.em.findOne(FaqEntry, { id: input.entryId }, { refresh: true });
  return { entry: entry as FaqEntry };
}

function requireAdmin(ctx: Pick<RequestContext, 'claims'>): void {
  requireScope(ctx, 'support:admin');
}

const text = (max: number) => z.string().trim().min(1).max(max);
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
  .max(100);
const messages = (field: string, issue: string) => ({
  en: `${field}: ${issue}`,
  fr: `${field} : valeur invalide (${issue})`,
});

/** An update's input: any field may be left out or null, meaning unchanged. */
type Patch<T> = { id: string } & { [K in keyof T]?: T[K] | null };

/** The fields given, the null ones (unchanged) left out. */
function given(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'id' && value != null));
}

const categorySchema = z.object({
  slug,
  nameFr: text(200),
  nameEn: text(200),
  position: z.number().int().nullish(),
});

async function ensureSlugFree(em: EntityManager, value: string, exceptId?: string): Promise<void> {
  const taken = await em.findOne(FaqCategory, { slug: value });
  if (taken && taken.id !== exceptId) {
    throw new UserInputError(
      'SLUG_TAKEN',
      { en: 'Another category has this slug.', fr: 'Une autre catégorie porte ce slug.' },
      'input.slug',
    );
  }
}

export async function createFaqCategory(
  ctx: AdminContext,
  input: z.input<typeof categorySchema>,
): Promise<{ category: FaqCategory }> {
  requireAdmin(ctx);
  const valid = validInput(categorySchema, input, messages);
  return ctx.em.transactional(async (em) => {
    await ensureSlugFree(em, valid.slug);
    const category = em.create(FaqCategory, {
      id: uuidv7(),
      slug: valid.slug,
      nameFr: valid.nameFr,
      nameEn: valid.nameEn,
      position: valid.position ?? 0,
    });
    return { category };
  });
}

export async function updateFaqCategory(
  ctx: AdminContext,
  input: Patch<z.input<typeof categorySchema>>,
): Promise<{ category: FaqCategory }> {
  requireAdmin(ctx);
  const valid = validInput(categorySchema.partial(), given(input), messages);
  return ctx.em.transactional(async (em) => {
    const category = isUuid(input.id) ? await em.findOne(FaqCategory, { id: input.id }) : null;
    if (!category) throw categoryNotFound('input.id');
    if (valid.slug) {
      await ensureSlugFree(em, valid.slug, category.id);
      category.slug = valid.slug;
    }
    if (valid.nameFr) category.nameFr = valid.nameFr;
    if (valid.nameEn) category.nameEn = valid.nameEn;
    if (valid.position != null) category.position = valid.position;
    return { category };
  });
}

/** Deletes an empty category; one that still has entries is refused. */
export async function deleteFaqCategory(ctx: AdminContext, input: { id: string }): Promise<{ deletedId: string }> {
  requireAdmin(ctx);
  return ctx.em.transactional(async (em) => {
    const category = isUuid(input.id) ? await em.findOne(FaqCategory, { id: input.id }) : null;
    if (!category) throw categoryNotFound('input.id');
    if ((await em.count(FaqEntry, { category: category.id })) > 0) {
      throw new UserInputError(
        'CATEGORY_NOT_EMPTY',
        { en: 'Move or delete its entries first.', fr: 'Déplacez ou supprimez d’abord ses questions.' },
        'input.id',
      );
    }
    em.remove(category);
    return { deletedId: category.id };
  });
}

const entrySchema = z.object({
  categoryId: z.string(),
  questionFr: text(500),
  questionEn: text(500),
  answerFr: text(10_000),
  answerEn: text(10_000),
  position: z.number().int().nullish(),
});

async function findCategory(em: EntityManager, categoryId: string): Promise<FaqCategory> {
  const category = isUuid(categoryId) ? await em.findOne(FaqCategory, { id: categoryId }) : null;
  if (!category) throw categoryNotFound();
  return category;
}

export async function createFaqEntry(
  ctx: AdminContext,
  input: z.input<typeof entrySchema>,
): Promise<{ entry: FaqEntry }> {
  requireAdmin(ctx);
  const valid = validInput(entrySchema, input, messages);
  return ctx.em.transactional(async (em) => {
    const category = await findCategory(em, valid.categoryId);
    const entry = em.create(FaqEntry, {
      id: uuidv7(),
      category,
      questionFr: valid.questionFr,
      questionEn: valid.questionEn,
      answerFr: valid.answerFr,
      answerEn: valid.answerEn,
      position: valid.position ?? 0,
      helpfulCount: 0,
    });
    return { entry };
  });
}

export async function updateFaqEntry(
  ctx: AdminContext,
  input: Patch<z.input<typeof entrySchema>>,
): Promise<{ entry: FaqEntry }> {
  requireAdmin(ctx);
  const valid = validInput(entrySchema.partial(), given(input), messages);
  return ctx.em.transactional(async (em) => {
    const entry = isUuid(input.id) ? await em.findOne(FaqEntry, { id: input.id }) : null;
    if (!entry) throw entryNotFound('input.id');
    if (valid.categoryId) entry.category = await findCategory(em, valid.categoryId);
    if (valid.questionFr) entry.questionFr = valid.questionFr;
    if (valid.questionEn) entry.questionEn = valid.questionEn;
    if (valid.answerFr) entry.answerFr = valid.answerFr;
    if (valid.answerEn) entry.answerEn = valid.answerEn;
    if (valid.position != null) entry.position = valid.position;
    return { entry };
  });
}

export async function deleteFaqEntry(ctx: AdminContext, input: { id: string }): Promise<{ deletedId: string }> {
  requireAdmin(ctx);
  return ctx.em.transactional(async (em) => {
    const entry = isUuid(input.id) ? await em.findOne(FaqEntry, { id: input.id }) : null;
    if (!entry) throw entryNotFound('input.id');
    em.remove(entry);
    return { deletedId: entry.id };
  });
}
