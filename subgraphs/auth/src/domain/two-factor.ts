import { randomBytes } from 'node:crypto';
import { requireClaims, UserInputError } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Secret, TOTP } from 'otpauth';
import { uuidv7 } from 'uuidv7';
import type { AuthContext } from './context.ts';
import { RecoveryCode } from './credentials.ts';
import { passwordMatches } from './passwords.ts';
import { sha256 } from './secrets.ts';
import { User } from './user.ts';

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
  const user = await ctx.em.findOneOrFail(User, { id: claims.sub });
  if (user.twoFactorEnabledAt) {
    throw new UserInputError('TWO_FACTOR_ALREADY_ENABLED', {
      en: 'Two-factor authentication is already on.',
      fr: 'La double authentification est déjà activée.',
    });
  }
  const secret = new Secret({ size: 20 }).base32;
  user.totpSecret = secret;
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
    const user = await em.findOneOrFail(User, { id: claims.sub }, { populate: ['totpSecret'] });
    if (user.twoFactorEnabledAt || !user.totpSecret) {
      throw new UserInputError('TWO_FACTOR_NOT_PENDING', {
        en: 'Start with enableTwoFactor.',
        fr: 'Commencez par enableTwoFactor.',
      });
    }
    if (totpFor(user, user.totpSecret).validate({ token: input.code.trim(), window: 1 }) === null) throw invalidCode;
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
  const user = await ctx.em.findOneOrFail(User, { id: claims.sub }, { populate: ['passwordHash', 'totpSecret'] });
  if (!(await passwordMatches(input.password, user.passwordHash))) {
    throw new UserInputError(
      'INVALID_CREDENTIALS',
      { en: 'The password is wrong.', fr: 'Le mot de passe est incorrect.' },
      'input.password',
    );
  }
  if (!user.twoFactorEnabledAt) return { twoFactorEnabled: false };
  if (!(await twoFactorCodeMatches(ctx.em, user, input.code))) throw invalidCode;
  await ctx.em.transactional(async (em) => {
    user.totpSecret = null;
    user.twoFactorEnabledAt = null;
    em.persist(user);
    await em.nativeDelete(RecoveryCode, { userId: user.id });
  });
  return { twoFactorEnabled: false };
}

/**
 * A current TOTP code (±30 s), or an unused recovery code, which this consumes atomically. The
 * user must have been loaded with `totpSecret`.
 */
export async function twoFactorCodeMatches(em: EntityManager, user: User, code: string): Promise<boolean> {
  const candidate = code.trim();
  if (user.totpSecret && /^\d{6}$/.test(candidate)) {
    return totpFor(user, user.totpSecret).validate({ token: candidate, window: 1 }) !== null;
  }
  const used = await em.nativeUpdate(
    RecoveryCode,
    { userId: user.id, codeHash: sha256(candidate.toLowerCase()), usedAt: null },
    { usedAt: new Date() },
  );
  return used === 1;
}
