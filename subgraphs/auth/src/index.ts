import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import type { AuthServices } from './domain/context.ts';
import { LoginThrottle, PartnerOrganization, PartnerToken, RecoveryCode, RefreshToken } from './domain/credentials.ts';
import { Address, User } from './domain/user.ts';
import { resolvers } from './resolvers/index.ts';
import { authServices } from './services.ts';

export const auth: SubgraphDefinition<AuthServices> = {
  name: 'auth',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [User, Address, RefreshToken, RecoveryCode, PartnerOrganization, PartnerToken, LoginThrottle],
  migrationsPath: join(import.meta.dirname, 'migrations'),
  services: authServices,
};

export { createAccount } from './domain/accounts.ts';
export { addAddress } from './domain/addresses.ts';
export { scopesOf } from './domain/scopes.ts';
export { User } from './domain/user.ts';
