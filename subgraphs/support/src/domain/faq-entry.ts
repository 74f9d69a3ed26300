import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A group of FAQ entries, named in French and English. */
export const FaqCategory = defineEntity({
  name: 'FaqCategory',
  properties: {
    id: p.uuid().primary(),
    slug: p.string().unique(),
    nameFr: p.string(),
    nameEn: p.string(),
    position: p.integer().default(0),
  },
});
export type FaqCategory = InferEntity<typeof FaqCategory>;

/** A frequently asked question with its answer, in French and English. */
export const FaqEntry = defineEntity({
  name: 'FaqEntry',
  properties: {
    id: p.uuid().primary(),
    category: () => p.manyToOne(FaqCategory).index(),
    questionFr: p.text(),
    questionEn: p.text(),
    answerFr: p.text(),
    answerEn: p.text(),
    helpfulCount: p.integer().default(0),
    position: p.integer().default(0),
  },
});
export type FaqEntry = InferEntity<typeof FaqEntry>;
