import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const FaqEntry = defineEntity({
  name: 'FaqEntry',
  properties: {
    id: p.uuid().primary(),
    questionFr: p.text(),
    questionEn: p.text(),
    answerFr: p.text(),
    answerEn: p.text(),
    helpfulCount: p.integer().default(0),
    position: p.integer(),
  },
});
export type FaqEntry = InferEntity<typeof FaqEntry>;
