import { type ConsumerDefinition, type EventHandler, upsertIfNewer } from '@comptoir/kit';
import { UserRoles } from '../domain/ticket.ts';

/** Both events carry the whole list of roles; one older than what the row reflects is skipped. */
const keepRoles: EventHandler<'user.registered' | 'user.roles_changed'> = async ({ em }, event) => {
  await upsertIfNewer(
    em,
    UserRoles,
    { id: event.data.userId, roles: event.data.roles, userVersion: event.aggregateVersion },
    'userVersion',
  );
};

/** Keeps each account's roles, so only agents are assigned tickets. */
export const userRoles: ConsumerDefinition = {
  group: 'support.user-roles',
  handlers: { 'user.registered': keepRoles, 'user.roles_changed': keepRoles },
};
