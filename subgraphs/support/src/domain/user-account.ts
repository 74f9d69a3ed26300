import { languages } from '@comptoir/schema/events';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * Read model of auth's accounts, from `user.registered`, `user.updated` and `user.roles_changed`:
 * whom support writes to (email, name, preferred language) and who works the ticket queue (roles).
 * Nothing more of a person: addresses and phone numbers stay with auth and orders.
 *
 * The profile and the roles come from different events, so each keeps the version of the last
 * event applied to it: an older one (redelivered, replayed) is skipped without hiding the other's.
 */
export const UserAccount = defineEntity({
  name: 'UserAccount',
  properties: {
    /** The user's id. */
    id: p.uuid().primary(),
    /** Null until a profile event arrives: the roles may come first. */
    email: p.string().nullable(),
    name: p.string().nullable(),
    language: p.enum(languages).nullable(),
    roles: p.array().defaultRaw(`'{}'`),
    profileVersion: p.integer().default(0),
    rolesVersion: p.integer().default(0),
  },
});
export type UserAccount = InferEntity<typeof UserAccount>;
