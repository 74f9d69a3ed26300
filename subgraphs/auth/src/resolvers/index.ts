import { containsPattern, hasScope, paginateById, payload, scalarResolvers } from '@comptoir/kit';
import { changePassword, login, register, setUserRoles, updateProfile } from '../domain/accounts.ts';
import { addAddress, removeAddress, updateAddress } from '../domain/addresses.ts';
import type { AuthContext } from '../domain/context.ts';
import { PartnerOrganization } from '../domain/credentials.ts';
import {
  createPartnerOrganization,
  issuePartnerToken,
  listPartnerOrganizations,
  listPartnerTokens,
  revokePartnerToken,
} from '../domain/partner-tokens.ts';
import { endSession, refreshSession } from '../domain/sessions.ts';
import { confirmTwoFactor, disableTwoFactor, enableTwoFactor } from '../domain/two-factor.ts';
import { Address, User } from '../domain/user.ts';
import type { Resolvers } from './types.generated.ts';

/** The user themself, or staff allowed to read accounts. */
const canSeePrivate = (ctx: AuthContext, user: User) => ctx.claims?.sub === user.id || hasScope(ctx, 'users:read');

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    me: (_parent, _args, ctx) => (ctx.claims ? ctx.loaders.byId(User).load(ctx.claims.sub) : null),
    users: (_parent, { first, after, email }, ctx) =>
      paginateById(ctx.em, User, email ? { email: { $ilike: containsPattern(email) } } : {}, { first, after }),
    partnerTokens: (_parent, { userId }, ctx) => listPartnerTokens(ctx, userId),
    partnerOrganizations: (_parent, { kind }, ctx) => listPartnerOrganizations(ctx, kind),
  },
  Mutation: {
    register: (_parent, { input }, ctx) => payload(ctx, () => register(ctx, input)),
    login: (_parent, { input }, ctx) => payload(ctx, () => login(ctx, input)),
    refreshSession: (_parent, { input }, ctx) => payload(ctx, () => refreshSession(ctx, input.refreshToken)),
    logout: (_parent, { input }, ctx) =>
      payload(ctx, async () => {
        await endSession(ctx, input.refreshToken);
        return { loggedOut: true };
      }),
    updateProfile: (_parent, { input }, ctx) => payload(ctx, () => updateProfile(ctx, input)),
    changePassword: (_parent, { input }, ctx) => payload(ctx, () => changePassword(ctx, input)),
    addAddress: (_parent, { input }, ctx) => payload(ctx, () => addAddress(ctx, input.address)),
    updateAddress: (_parent, { input }, ctx) => payload(ctx, () => updateAddress(ctx, input.addressId, input.address)),
    removeAddress: (_parent, { input }, ctx) => payload(ctx, () => removeAddress(ctx, input.addressId)),
    enableTwoFactor: (_parent, _args, ctx) => payload(ctx, () => enableTwoFactor(ctx)),
    confirmTwoFactor: (_parent, { input }, ctx) => payload(ctx, () => confirmTwoFactor(ctx, input)),
    disableTwoFactor: (_parent, { input }, ctx) => payload(ctx, () => disableTwoFactor(ctx, input)),
    setUserRoles: (_parent, { input }, ctx) => payload(ctx, () => setUserRoles(ctx, input)),
    createPartnerOrganization: (_parent, { input }, ctx) => payload(ctx, () => createPartnerOrganization(ctx, input)),
    issuePartnerToken: (_parent, { input }, ctx) => payload(ctx, () => issuePartnerToken(ctx, input)),
    revokePartnerToken: (_parent, { input }, ctx) => payload(ctx, () => revokePartnerToken(ctx, input)),
  },
  User: {
    __resolveReference: (reference, ctx) => ctx.loaders.byId(User).load(reference.id),
    email: (user, _args, ctx) => (canSeePrivate(ctx, user) ? user.email : null),
    language: (user, _args, ctx) => (canSeePrivate(ctx, user) ? user.language : null),
    twoFactorEnabled: (user) => user.twoFactorEnabledAt !== null,
    addresses: (user, _args, ctx) =>
      canSeePrivate(ctx, user) ? ctx.loaders.childrenOf(Address, 'userId', { createdAt: 'asc' }).load(user.id) : null,
    defaultShippingAddress: (user, _args, ctx) =>
      canSeePrivate(ctx, user) && user.defaultShippingAddressId
        ? ctx.loaders.byId(Address).load(user.defaultShippingAddressId)
        : null,
    defaultBillingAddress: (user, _args, ctx) =>
      canSeePrivate(ctx, user) && user.defaultBillingAddressId
        ? ctx.loaders.byId(Address).load(user.defaultBillingAddressId)
        : null,
  },
  Address: {
    // The owner is in the identity map already: the address was reached through it.
    isDefaultShipping: async (address, _args, ctx) =>
      (await ctx.loaders.byId(User).load(address.userId))?.defaultShippingAddressId === address.id,
    isDefaultBilling: async (address, _args, ctx) =>
      (await ctx.loaders.byId(User).load(address.userId))?.defaultBillingAddressId === address.id,
  },
  PartnerToken: {
    user: (token, _args, ctx) => ctx.loaders.byId(User).load(token.userId) as Promise<User>,
    organization: (token, _args, ctx) =>
      token.organizationId ? ctx.loaders.byId(PartnerOrganization).load(token.organizationId) : null,
  },
  PartnerOrganization: {
    // Name and kind only: who a delivery's carrier or a product's seller is, for anyone to see.
    __resolveReference: (reference, ctx) => ctx.loaders.byId(PartnerOrganization).load(reference.id),
  },
};
