import { type PartnerOrganizationKind, recordEvent, requireClaims, UserInputError } from '@comptoir/kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import type { AccessTokens } from './access-tokens.ts';
import { userNotFound } from './accounts.ts';
import type { AuthContext } from './context.ts';
import { PartnerOrganization, PartnerToken } from './credentials.ts';
import { partnerScopes } from './scopes.ts';
import { newOpaqueToken, sha256 } from './secrets.ts';
import { User } from './user.ts';

export const partnerTokenPrefix = 'cpt_';
/** Lifetime of the access token a partner token is exchanged for; bounds how long a revoked token lingers. */
const exchangedTokenSeconds = 5 * 60;

const organizationNotFound = () =>
  new UserInputError(
    'ORGANIZATION_NOT_FOUND',
    { en: 'No such partner organisation.', fr: 'Organisation partenaire introuvable.' },
    'input.organizationId',
  );

/**
 * Creates a partner organisation (administrators only; the router checks the scope), announced as
 * `partner_organization.created`. Names are unique.
 */
export async function createPartnerOrganization(
  ctx: AuthContext,
  input: { name: string; kind: PartnerOrganizationKind },
): Promise<{ organization: PartnerOrganization }> {
  const admin = requireClaims(ctx);
  const name = input.name.trim();
  if (!name || name.length > 100) {
    throw new UserInputError(
      'INVALID',
      { en: 'Name the organisation (up to 100 characters).', fr: 'Nommez l’organisation (100 caractères au plus).' },
      'input.name',
    );
  }
  const nameTaken = () =>
    new UserInputError(
      'NAME_TAKEN',
      { en: 'An organisation already has this name.', fr: 'Une organisation porte déjà ce nom.' },
      'input.name',
    );
  try {
    return await ctx.em.transactional(async (em) => {
      if ((await em.count(PartnerOrganization, { name })) > 0) throw nameTaken();
      const organization = em.create(PartnerOrganization, {
        id: uuidv7(),
        name,
        kind: input.kind,
        createdBy: admin.sub,
      });
      recordEvent(em, {
        type: 'partner_organization.created',
        subject: organization.id,
        data: { organizationId: organization.id, name, kind: organization.kind },
        traceparent: ctx.traceparent,
      });
      return { organization };
    });
  } catch (error) {
    // Two administrators creating one name at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw nameTaken();
    throw error;
  }
}

export function listPartnerOrganizations(
  ctx: AuthContext,
  kind?: PartnerOrganizationKind | null,
): Promise<PartnerOrganization[]> {
  return ctx.em.find(PartnerOrganization, kind ? { kind } : {}, { orderBy: { name: 'asc' } });
}

/**
 * Issues a scoped API token to a PARTNER user, acting for a partner organisation. The scopes must
 * be among those the organisation's kind allows. The token is returned once and stored hashed.
 */
export async function issuePartnerToken(
  ctx: AuthContext,
  input: { userId: string; organizationId: string; name: string; scopes: string[] },
): Promise<{ token: string; partnerToken: PartnerToken }> {
  const admin = requireClaims(ctx);
  const name = input.name.trim();
  if (!name || name.length > 100) {
    throw new UserInputError(
      'INVALID',
      { en: 'Name the token (up to 100 characters).', fr: 'Nommez le jeton (100 caractères au plus).' },
      'input.name',
    );
  }
  return ctx.em.transactional(async (em) => {
    const organization = await em.findOne(PartnerOrganization, { id: input.organizationId });
    if (!organization) throw organizationNotFound();
    const allowed = partnerScopes[organization.kind];
    if (input.scopes.length === 0 || input.scopes.some((scope) => !allowed.includes(scope))) {
      throw new UserInputError(
        'INVALID_SCOPE',
        {
          en: `A ${organization.kind.toLowerCase()}'s token may carry only: ${allowed.join(', ')}.`,
          fr: `Le jeton d’un ${organization.kind === 'CARRIER' ? 'transporteur' : 'vendeur'} ne peut porter que : ${allowed.join(', ')}.`,
        },
        'input.scopes',
      );
    }
    const partner = await em.findOne(User, { id: input.userId });
    if (!partner) throw userNotFound('input.userId');
    if (!partner.roles.includes('PARTNER')) {
      throw new UserInputError(
        'NOT_A_PARTNER',
        {
          en: 'Only users with the PARTNER role get API tokens.',
          fr: 'Seuls les utilisateurs PARTNER reçoivent des jetons d’API.',
        },
        'input.userId',
      );
    }
    const token = newOpaqueToken(partnerTokenPrefix);
    const partnerToken = em.create(PartnerToken, {
      id: uuidv7(),
      userId: partner.id,
      organizationId: organization.id,
      name,
      prefix: token.slice(0, 12),
      tokenHash: sha256(token),
      scopes: [...new Set(input.scopes)].sort(),
      createdBy: admin.sub,
      lastUsedAt: null,
      revokedAt: null,
    });
    return { token, partnerToken };
  });
}

export async function revokePartnerToken(
  ctx: AuthContext,
  input: { partnerTokenId: string },
): Promise<{ partnerToken: PartnerToken }> {
  const partnerToken = await ctx.em.findOne(PartnerToken, { id: input.partnerTokenId });
  if (!partnerToken) {
    throw new UserInputError('NOT_FOUND', { en: 'No such token.', fr: 'Jeton introuvable.' }, 'input.partnerTokenId');
  }
  partnerToken.revokedAt ??= new Date();
  await ctx.em.flush();
  return { partnerToken };
}

export function listPartnerTokens(ctx: AuthContext, userId?: string | null): Promise<PartnerToken[]> {
  return ctx.em.find(PartnerToken, userId ? { userId } : {}, { orderBy: { createdAt: 'desc' } });
}

/**
 * Trades a valid partner token for a short-lived access token carrying the token's scopes and its
 * organisation (the router does this, then treats the request like any other). Null when the
 * token is unknown, revoked, without organisation (issued before organisations existed), or its
 * user is no longer a partner.
 */
export async function exchangePartnerToken(
  em: EntityManager,
  tokens: AccessTokens,
  presented: string,
): Promise<{ accessToken: string; expiresAt: Date } | null> {
  if (!presented.startsWith(partnerTokenPrefix)) return null;
  const partnerToken = await em.findOne(PartnerToken, { tokenHash: sha256(presented), revokedAt: null });
  if (!partnerToken?.organizationId) return null;
  const organization = await em.findOne(PartnerOrganization, { id: partnerToken.organizationId });
  const partner = await em.findOne(User, { id: partnerToken.userId });
  if (!organization || !partner?.roles.includes('PARTNER')) return null;
  // Last-used time to the minute: one write per token per minute at most.
  const minuteAgo = new Date(Date.now() - 60_000);
  await em.nativeUpdate(
    PartnerToken,
    { id: partnerToken.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: minuteAgo } }] },
    { lastUsedAt: new Date() },
  );
  const access = await tokens.issue(
    { userId: partner.id, roles: ['PARTNER'], scopes: partnerToken.scopes, organization },
    exchangedTokenSeconds,
  );
  return { accessToken: access.token, expiresAt: access.expiresAt };
}
