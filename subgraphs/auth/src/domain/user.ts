import { DomainError, postalAddressColumns } from '@comptoir/kit';
import { languages } from '@comptoir/schema/events';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const roles = ['CUSTOMER', 'SUPPORT_AGENT', 'ADMIN', 'PARTNER'] as const;
export type Role = (typeof roles)[number];

export type Language = (typeof languages)[number];

/** An account. `email` is stored lower-cased, so uniqueness is case-insensitive. */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    email: p.string().unique(),
    name: p.string(),
    passwordHash: p.text().lazy(),
    roles: p.array<Role>(),
    /** What Comptoir writes to the user in (mail, messages). */
    language: p.enum(languages).default('EN'),
    /** Base32 TOTP secret; set on enrolment, active once `twoFactorEnabledAt` is set. */
    totpSecret: p.string().nullable().lazy(),
    twoFactorEnabledAt: p.datetime().nullable(),
    /** The TOTP time step of the last code accepted: a code is good once, so only newer steps pass. */
    lastTotpStep: p.bigint('number').nullable(),
    defaultShippingAddressId: p.uuid().nullable(),
    defaultBillingAddressId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type User = InferEntity<typeof User>;

/** One entry of a user's address book. */
export const Address = defineEntity({
  name: 'Address',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    ...postalAddressColumns(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Address = InferEntity<typeof Address>;

/**
 * `findOneOrFail`'s answer when the signed-in user's account is gone: the caller's token no longer
 * stands for anyone (UNAUTHENTICATED), which is no server error.
 */
export const accountGone = (): DomainError => new DomainError('UNAUTHENTICATED', 'this account no longer exists');
