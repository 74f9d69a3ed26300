import { scalarResolvers } from '@comptoir/kit';
import { User } from '../domain/user.ts';
import type { Resolvers } from './types.generated.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    me: (_parent, _args, ctx) => (ctx.claims ? ctx.loaders.byId(User).load(ctx.claims.sub) : null),
  },
  User: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(User).load(reference.id),
  },
};
