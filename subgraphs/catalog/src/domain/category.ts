import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * A node of the category tree. `path` lists the ids from the root down to this node, joined by
 * `/`, so a subtree is one indexed prefix match.
 */
export const Category = defineEntity({
  name: 'Category',
  indexes: [
    {
      name: 'category_path_idx',
      expression: 'create index "category_path_idx" on "catalog"."category" ("path" text_pattern_ops)',
    },
  ],
  properties: {
    id: p.uuid().primary(),
    slug: p.string().unique(),
    nameFr: p.string(),
    nameEn: p.string(),
    parentId: p.uuid().nullable().index(),
    path: p.text(),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Category = InferEntity<typeof Category>;
