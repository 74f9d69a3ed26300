import { partnerOrganizationKinds } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * A refresh token (stored as its SHA-256). Each use rotates it: the token is marked used and a
 * new one joins the same family. Presenting a used token again means it leaked: the family dies.
 */
export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  properties: {
    id: p.uuid().primary(),
    familyId: p.uuid().index(),
    userId: p.uuid().index(),
    tokenHash: p.string().unique(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RefreshToken = InferEntity<typeof RefreshToken>;

/** A one-time two-factor recovery code (stored as its SHA-256). */
export const RecoveryCode = defineEntity({
  name: 'RecoveryCode',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    codeHash: p.string(),
    usedAt: p.datetime().nullable(),
  },
});
export type RecoveryCode = InferEntity<typeof RecoveryCode>;

/**
 * A company that works with the platform through API tokens: a carrier moves the deliveries
 * assigned to it, a seller writes its own products. Its kind bounds the scopes of its tokens.
 */
export const PartnerOrganization = defineEntity({
  name: 'PartnerOrganization',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100).unique(),
    kind: p.enum(partnerOrganizationKinds),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PartnerOrganization = InferEntity<typeof PartnerOrganization>;

/** A partner's scoped API credential (stored as its SHA-256; shown once), acting for its organisation. */
export const PartnerToken = defineEntity({
  name: 'PartnerToken',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    /** Null only for tokens issued before organisations existed: those are no longer exchanged. */
    organizationId: p.uuid().nullable().index(),
    name: p.string(),
    prefix: p.string(),
    tokenHash: p.string().unique(),
    scopes: p.array(),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type PartnerToken = InferEntity<typeof PartnerToken>;

/** Sign-in and registration attempt counters, owned by rate-limiter-flexible (its table layout, our migration). */
export const LoginThrottle = defineEntity({
  name: 'LoginThrottle',
  properties: {
    key: p.string().primary(),
    points: p.integer().default(0),
    expire: p.bigint('number').nullable(),
  },
});
