import { requireClaims, UserInputError } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import type { AccessTokens } from './access-tokens.ts';
import { userNotFound } from './accounts.ts';
import type { AuthContext } from './context.ts';
import { PartnerToken } from './credentials.ts';
import { partnerScopes } from './scopes.ts';
import { newOpaqueToken, sha256 } from './secrets.ts';
import { User } from './user.ts';

export const partnerTokenPrefix = 'cpt_';
/** Lifetime of the access token a partner token is exchanged for; bounds how long a revoked token lingers. */
const exchangedTokenSeconds = 5 * 60;

/** Issues a scoped API token to a PARTNER user. The token is returned once and stored hashed. */
export async function issuePartnerToken(
  ctx: AuthContext,
  input: { userId: string; name: string; scopes: string[] },
): Promise<{ token: string; partnerToken: PartnerToken }> {
  const admin = requireClaims(ctx);
  const unknown = input.scopes.filter((scope) => !(partnerScopes as readonly string[]).includes(scope));
  if (input.scopes.length === 0 || unknown.length > 0) {
    throw new UserInputError(
      'INVALID_SCOPE',
      {
        en: `Scopes must be among: ${partnerScopes.join(', ')}.`,
        fr: `Les portées doivent être parmi : ${partnerScopes.join(', ')}.`,
      },
      'input.scopes',
    );
  }
  const name = input.name.trim();
  if (!name || name.length > 100) {
    throw new UserInputError(
      'INVALID',
      { en: 'Name the token (up to 100 characters).', fr: 'Nommez le jeton (100 caractères au plus).' },
      'input.name',
    );
  }
  return ctx.em.transactional(async (em) => {
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
 * Trades a valid partner token for a short-lived access token carrying the token's scopes (the
 * router does this, then treats the request like any other). Null when the token is unknown,
 * revoked, or its user is no longer a partner.
 */
export async function exchangePartnerToken(
  em: EntityManager,
  tokens: AccessTokens,
  presented: string,
): Promise<{ accessToken: string; expiresAt: Date } | null> {
  if (!presented.startsWith(partnerTokenPrefix)) return null;
  const partnerToken = await em.findOne(PartnerToken, { tokenHash: sha256(presented), revokedAt: null });
  if (!partnerToken) return null;
  const partner = await em.findOne(User, { id: partnerToken.userId });
  if (!partner?.roles.includes('PARTNER')) return null;
  // Last-used time to the minute: one write per token per minute at most.
  const minuteAgo = new Date(Date.now() - 60_000);
  await em.nativeUpdate(
    PartnerToken,
    { id: partnerToken.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: minuteAgo } }] },
    { lastUsedAt: new Date() },
  );
  const access = await tokens.issue(
    { userId: partner.id, roles: ['PARTNER'], scopes: partnerToken.scopes },
    exchangedTokenSeconds,
  );
  return { accessToken: access.token, expiresAt: access.expiresAt };
}
