import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { User } from './domain/user.ts';
import { resolvers } from './resolvers/index.ts';

export const auth: SubgraphDefinition = {
  name: 'auth',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [User],
  migrationsPath: join(import.meta.dirname, 'migrations'),
};

export { User } from './domain/user.ts';
export { createUser, type NewUser } from './domain/users.ts';
