import { searchFaq } from '../domain/faq.ts';
import { FaqEntry } from '../domain/faq-entry.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  Query: {
    faq: (_parent, { search }, ctx) => searchFaq(ctx, search),
  },
  FaqEntry: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(FaqEntry).load(reference.id),
    question: (entry, { locale }) => (locale === 'FR' ? entry.questionFr : entry.questionEn),
    answer: (entry, { locale }) => (locale === 'FR' ? entry.answerFr : entry.answerEn),
  },
};
