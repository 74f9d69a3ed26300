import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const roles = ['CUSTOMER', 'SUPPORT_AGENT', 'ADMIN', 'PARTNER'] as const;
export type Role = (typeof roles)[number];

/** An account. `email` is stored lower-cased, so uniqueness is case-insensitive. */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    email: p.string().unique(),
    name: p.string(),
    roles: p.array<Role>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type User = InferEntity<typeof User>;
