import type { RequestContext } from '@comptoir/kit';
import { uuidv7 } from 'uuidv7';
import { type Role, User } from './user.ts';

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
}

/** Creates an account. Registration with credentials and events arrive with the auth issue. */
export async function createUser(ctx: Pick<RequestContext, 'em'>, input: NewUser): Promise<User> {
  return ctx.em.transactional(async (em) =>
    em.create(User, { id: uuidv7(), email: input.email.trim().toLowerCase(), name: input.name, roles: input.roles }),
  );
}
