import { type ConsumerDefinition, type EventHandler, upsertIfNewer } from '@comptoir/kit';
import { UserAccount } from '../domain/user-account.ts';

/** Both events carry the whole profile; one older than the profile the row holds is skipped. */
const keepProfile: EventHandler<'user.registered' | 'user.updated'> = async ({ em }, event) => {
  const { userId, email, name, language } = event.data;
  await upsertIfNewer(
    em,
    UserAccount,
    { id: userId, email, name, language, profileVersion: event.aggregateVersion },
    'profileVersion',
  );
};

/** Both events carry the whole list of roles; one older than the roles the row holds is skipped. */
const keepRoles: EventHandler<'user.registered' | 'user.roles_changed'> = async ({ em }, event) => {
  await upsertIfNewer(
    em,
    UserAccount,
    { id: event.data.userId, roles: event.data.roles, rolesVersion: event.aggregateVersion },
    'rolesVersion',
  );
};

/** Keeps each account's profile (whom notifications go to) and roles (only agents are assigned tickets). */
export const userAccounts: ConsumerDefinition = {
  // Named when it kept roles only; renaming it would lose its offsets and processed events.
  group: 'support.user-roles',
  handlers: {
    'user.registered': async (ctx, event) => {
      await keepProfile(ctx, event);
      await keepRoles(ctx, event);
    },
    'user.updated': keepProfile,
    'user.roles_changed': keepRoles,
  },
};
