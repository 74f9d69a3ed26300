import { randomBytes } from 'node:crypto';
import { requireClaims, UserInputError } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Secret, TOTP } from 'otpauth';
import { uuidv7 } from 'uuidv7';
import type { AuthContext } from './context.ts';
import { RecoveryCode } from './credentials.ts';
import { checkCurrentPassword } from './passwords.ts';
import { sha256 } from './secrets.ts';
import { accountGone, User } from './user.ts';

const recoveryCodeCount = 10;

function totpFor(user: User, secret: string): TOTP {
  return new TOTP({
    issuer: 'Comptoir',
    label: user.email,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

const invalidCode = new UserInputError(
  'INVALID_TWO_FACTOR_CODE',
  { en: 'This code is not valid.', fr: 'Ce code n’est pas valide.' },
  'input.code',
);

/** Starts enrolment (RFC 6238 TOTP): a new secret, active only once confirmed with a code. */
export async function enableTwoFactor(ctx: AuthContext): Promise<{ secret: string; otpauthUri: string }> {
  const claims = requireClaims(ctx);
  const user = await ctx.em.findOneOrFail(User, { id: claims.sub }, { failHandler: accountGone });
  if (user.twoFactorEnabledAt) {
    throw new UserInputError('TWO_FACTOR_ALREADY_ENABLED', {
      en: 'Two-factor authentication is already on.',
      fr: 'La double authentification est déjà activée.',
    });
  }
  const secret = new Secret({ size: 20 }).base32;
  user.totpSecret = secret;
  user.lastTotpStep = null; // steps used belong to the previous secret
  await ctx.em.flush();
  return { secret, otpauthUri: totpFor(user, secret).toString() };
}

/** Confirms enrolment with a current code; returns one-time recovery codes, shown only now. */
export async function confirmTwoFactor(
  ctx: AuthContext,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  const claims = requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(
      User,
      { id: claims.sub },
      { populate: ['totpSecret'], failHandler: accountGone },
    );
    if (user.twoFactorEnabledAt || !user.totpSecret) {
      throw new UserInputError('TWO_FACTOR_NOT_PENDING', {
        en: 'Start with enableTwoFactor.',
        fr: 'Commencez par enableTwoFactor.',
      });
    }
    if (!(await totpCodeMatches(em, user, user.totpSecret, input.code.trim()))) throw invalidCode;
    user.twoFactorEnabledAt = new Date();
    await em.nativeDelete(RecoveryCode, { userId: user.id });
    const recoveryCodes = Array.from({ length: recoveryCodeCount }, () => {
      const code = randomBytes(5).toString('hex');
      return `${code.slice(0, 5)}-${code.slice(5)}`;
    });
    for (const code of recoveryCodes)
      em.create(RecoveryCode, { id: uuidv7(), userId: user.id, codeHash: sha256(code), usedAt: null });
    return { recoveryCodes };
  });
}

/** Turns two-factor off; needs the password and a code (or a recovery code). */
export async function disableTwoFactor(
  ctx: AuthContext,
  input: { password: string; code: string },
): Promise<{ twoFactorEnabled: boolean }> {
  const claims = requireClaims(ctx);
  const user = await ctx.em.findOneOrFail(
    User,
    { id: claims.sub },
    { populate: ['passwordHash', 'totpSecret'], failHandler: accountGone },
  );
  await checkCurrentPassword(ctx, user, input.password, 'input.password');
  // A wrong code stays counted as a wrong guess, like at sign-in.
  if (user.twoFactorEnabledAt && !(await twoFactorCodeMatches(ctx.em, user, input.code))) throw invalidCode;
  await ctx.services.signInThrottle.succeeded(user.email, ctx.clientIp);
  if (!user.twoFactorEnabledAt) return { twoFactorEnabled: false };
  await ctx.em.transactional(async (em) => {
    user.totpSecret = null;
    user.twoFactorEnabledAt = null;
    em.persist(user);
    await em.nativeDelete(RecoveryCode, { userId: user.id });
  });
  return { twoFactorEnabled: false };
}

/**
 * A current TOTP code (±30 s) not used before, or an unused recovery code; either is consumed
 * atomically. The user must have been loaded with `totpSecret`.
 */
export async function twoFactorCodeMatches(em: EntityManager, user: User, code: string): Promise<boolean> {
  const candidate = code.trim();
  if (user.totpSecret && /^\d{6}$/.test(candidate)) return totpCodeMatches(em, user, user.totpSecret, candidate);
  const used = await em.nativeUpdate(
    RecoveryCode,
    { userId: user.id, codeHash: sha256(candidate.toLowerCase()), usedAt: null },
    { usedAt: new Date() },
  );
  return used === 1;
}

/**
 * A TOTP code is good once: its time step must be newer than the last one accepted for the user,
 * which one conditional UPDATE checks and records, so of two concurrent uses at most one passes.
 */
async function totpCodeMatches(em: EntityManager, user: User, secret: string, code: string): Promise<boolean> {
  const totp = totpFor(user, secret);
  const timestamp = Date.now();
  const delta = totp.validate({ token: code, timestamp, window: 1 });
  if (delta === null) return false;
  const step = totp.counter({ timestamp }) + delta;
  const recorded = await em.nativeUpdate(
    User,
    { id: user.id, $or: [{ lastTotpStep: null }, { lastTotpStep: { $lt: step } }] },
    { lastTotpStep: step },
  );
  return recorded === 1;
}
