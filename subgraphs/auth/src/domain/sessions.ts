import { UserInputError } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import type { AccessTokens } from './access-tokens.ts';
import type { AuthContext } from './context.ts';
import { RefreshToken } from './credentials.ts';
import { scopesOf } from './scopes.ts';
import { newOpaqueToken, sha256 } from './secrets.ts';
import { User } from './user.ts';

const refreshTokenLifetimeMs = 30 * 24 * 3600 * 1000;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

const invalidRefreshToken = new UserInputError(
  'INVALID_REFRESH_TOKEN',
  { en: 'This session has ended. Please sign in again.', fr: 'Cette session a pris fin. Veuillez vous reconnecter.' },
  'input.refreshToken',
);

/** Opens a session: a refresh token starting a new family, and an access token. */
export async function startSession(em: EntityManager, tokens: AccessTokens, user: User): Promise<Session> {
  return issueInFamily(em, tokens, user, uuidv7());
}

async function issueInFamily(em: EntityManager, tokens: AccessTokens, user: User, familyId: string): Promise<Session> {
  const refreshToken = newOpaqueToken('crt_');
  const refreshTokenExpiresAt = new Date(Date.now() + refreshTokenLifetimeMs);
  em.create(RefreshToken, {
    id: uuidv7(),
    familyId,
    userId: user.id,
    tokenHash: sha256(refreshToken),
    expiresAt: refreshTokenExpiresAt,
    usedAt: null,
    revokedAt: null,
  });
  const access = await tokens.issue({ userId: user.id, roles: user.roles, scopes: scopesOf(user.roles) });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt };
}

/**
 * Trades a refresh token for a new session (rotation). A token can be used once: the atomic
 * `used_at is null` update decides between concurrent uses. Presenting a used token again means
 * it was stolen or replayed, so its whole family is revoked.
 */
export async function refreshSession(ctx: AuthContext, presented: string): Promise<{ user: User; session: Session }> {
  const outcome = await ctx.em.transactional(async (em) => {
    const token = await em.findOne(RefreshToken, { tokenHash: sha256(presented) });
    if (!token || token.revokedAt || token.expiresAt < new Date()) return { kind: 'invalid' as const };
    const claimed = await em.nativeUpdate(RefreshToken, { id: token.id, usedAt: null }, { usedAt: new Date() });
    if (claimed === 0) {
      await revokeFamily(em, token.familyId);
      return { kind: 'reused' as const, userId: token.userId };
    }
    const user = await em.findOneOrFail(User, { id: token.userId });
    return {
      kind: 'rotated' as const,
      user,
      session: await issueInFamily(em, ctx.services.tokens, user, token.familyId),
    };
  });
  if (outcome.kind === 'rotated') return { user: outcome.user, session: outcome.session };
  if (outcome.kind === 'reused')
    ctx.log.warn({ userId: outcome.userId }, 'refresh token reused: session family revoked');
  throw invalidRefreshToken;
}

/** Ends the session the refresh token belongs to (its whole family). */
export async function endSession(ctx: AuthContext, presented: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const token = await em.findOne(RefreshToken, { tokenHash: sha256(presented) });
    if (!token || token.revokedAt) throw invalidRefreshToken;
    await revokeFamily(em, token.familyId);
  });
}

/** Ends every session of a user (after a password change). */
export async function endAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { userId, revokedAt: null }, { revokedAt: new Date() });
}

async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}
