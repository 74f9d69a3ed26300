import { containsPattern, type RequestContext } from '@comptoir/kit';
import { FaqEntry } from './faq-entry.ts';

/** FAQ entries in display order, filtered by a case-insensitive substring of either language. */
export async function searchFaq(ctx: Pick<RequestContext, 'em'>, search?: string | null): Promise<FaqEntry[]> {
  const term = search?.trim();
  const where = term
    ? {
        $or: ['questionFr', 'questionEn', 'answerFr', 'answerEn'].map((field) => ({
          [field]: { $ilike: containsPattern(term) },
        })),
      }
    : {};
  return ctx.em.find(FaqEntry, where, { orderBy: { position: 'asc' }, limit: 200 });
}
