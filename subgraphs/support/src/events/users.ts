import type { ConsumerDefinition } from '@comptoir/kit';
import { UserRoles } from '../domain/ticket.ts';

/**
 * Keeps each account's roles, so only agents are assigned tickets. A user's events arrive in
 * order (keyed by user id); registration only ever creates the row, so a late copy of it cannot
 * undo a role change.
 */
export const userRoles: ConsumerDefinition = {
  group: 'support.user-roles',
  handlers: {
    'user.registered': async ({ em }, event) => {
      await em
        .createQueryBuilder(UserRoles)
        .insert({ id: event.data.userId, roles: event.data.roles })
        .onConflict('id')
        .ignore()
        .execute();
    },
    'user.roles_changed': async ({ em }, event) => {
      await em.upsert(UserRoles, { id: event.data.userId, roles: event.data.roles });
    },
  },
};
