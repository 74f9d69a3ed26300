import { recordEvent, requireClaims, UserInputError, validInput } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { AuthContext } from './context.ts';
import { checkCurrentPassword, checkPasswordPolicy, hashPassword, passwordMatches } from './passwords.ts';
import { endAllSessions, type Session, startSession } from './sessions.ts';
import { twoFactorCodeMatches } from './two-factor.ts';
import { accountGone, type Language, type Role, User } from './user.ts';

const registration = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(100),
  password: z.string(),
});

/** A field left out (or null) stays as it is. */
const profileChange = z.object({ name: registration.shape.name.nullish() });

const fieldMessages = (field: string) =>
  field === 'input.email'
    ? { en: 'Enter a valid email address.', fr: 'Saisissez une adresse e-mail valide.' }
    : { en: 'Enter your name (up to 100 characters).', fr: 'Saisissez votre nom (100 caractères au plus).' };

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates a customer account and signs it in. Every attempt counts against the registration
 * throttle (per email and per client address), since EMAIL_TAKEN tells whether an account exists.
 */
export async function register(
  ctx: AuthContext,
  input: { email: string; password: string; name: string; language?: Language | null },
): Promise<{ user: User; session: Session }> {
  const email = normalizeEmail(input.email);
  await ctx.services.registrationThrottle.attempt(email, ctx.clientIp);
  const valid = validInput(registration, { ...input, email }, fieldMessages);
  checkPasswordPolicy(valid.password, 'input.password');
  return ctx.em.transactional(async (em) => {
    // Without a choice, the language the caller's client asks for (Accept-Language).
    const language = input.language ?? (ctx.locale === 'fr' ? 'FR' : 'EN');
    const user = await createAccount(em, { ...valid, roles: ['CUSTOMER'], language }, ctx.traceparent);
    return { user, session: await startSession(em, ctx.services.tokens, user) };
  });
}

/** Creates an account (announced as `user.registered`); registration and the demo seed use it. */
export async function createAccount(
  em: EntityManager,
  account: { email: string; name: string; password: string; roles: Role[]; language?: Language },
  traceparent?: string,
): Promise<User> {
  const email = normalizeEmail(account.email);
  if (await em.count(User, { email })) {
    throw new UserInputError(
      'EMAIL_TAKEN',
      { en: 'An account already uses this email address.', fr: 'Un compte utilise déjà cette adresse e-mail.' },
      'input.email',
    );
  }
  const user = em.create(User, {
    id: uuidv7(),
    email,
    name: account.name,
    passwordHash: await hashPassword(account.password),
    roles: account.roles,
    language: account.language ?? 'EN',
    totpSecret: null,
    twoFactorEnabledAt: null,
    lastTotpStep: null,
    defaultShippingAddressId: null,
    defaultBillingAddressId: null,
  });
  recordEvent(em, {
    type: 'user.registered',
    subject: user.id,
    data: { userId: user.id, email: user.email, name: user.name, roles: user.roles, language: user.language },
    traceparent,
  });
  return user;
}

const invalidCredentials = new UserInputError('INVALID_CREDENTIALS', {
  en: 'Wrong email or password.',
  fr: 'Adresse e-mail ou mot de passe incorrect.',
});

/**
 * Signs in. Every failure looks the same whether or not the account exists, and costs the same
 * argon2 work; attempts are throttled per account and per client address, wrong guesses kept.
 */
export async function login(
  ctx: AuthContext,
  input: { email: string; password: string; twoFactorCode?: string | null },
): Promise<{ user: User; session: Session }> {
  const account = normalizeEmail(input.email);
  const throttle = ctx.services.signInThrottle;
  await throttle.attempt(account, ctx.clientIp);

  const user = await ctx.em.findOne(User, { email: account }, { populate: ['passwordHash', 'totpSecret'] });
  if (!(await passwordMatches(input.password, user?.passwordHash)) || !user) throw invalidCredentials;
  if (user.twoFactorEnabledAt) {
    if (!input.twoFactorCode) {
      await throttle.refund(account, ctx.clientIp);
      throw new UserInputError(
        'TWO_FACTOR_REQUIRED',
        {
          en: 'Enter the code from your authenticator app.',
          fr: 'Saisissez le code de votre application d’authentification.',
        },
        'input.twoFactorCode',
      );
    }
    if (!(await twoFactorCodeMatches(ctx.em, user, input.twoFactorCode))) {
      throw new UserInputError(
        'INVALID_TWO_FACTOR_CODE',
        { en: 'This code is not valid.', fr: 'Ce code n’est pas valide.' },
        'input.twoFactorCode',
      );
    }
  }
  await throttle.succeeded(account, ctx.clientIp);
  const session = await ctx.em.transactional((em) => startSession(em, ctx.services.tokens, user));
  return { user, session };
}

/** Changes the signed-in user's name and/or preferred language (announced as `user.updated`). */
export async function updateProfile(
  ctx: AuthContext,
  input: { name?: string | null; language?: Language | null },
): Promise<{ user: User }> {
  const claims = requireClaims(ctx);
  const { name } = validInput(profileChange, input, fieldMessages);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: claims.sub }, { failHandler: accountGone });
    if (name != null) user.name = name;
    if (input.language) user.language = input.language;
    recordEvent(em, {
      type: 'user.updated',
      subject: user.id,
      data: { userId: user.id, email: user.email, name: user.name, language: user.language },
      traceparent: ctx.traceparent,
    });
    return { user };
  });
}

/** Changes the signed-in user's password and ends all their sessions. */
export async function changePassword(
  ctx: AuthContext,
  input: { currentPassword: string; newPassword: string },
): Promise<{ user: User }> {
  const claims = requireClaims(ctx);
  const user = await ctx.em.findOneOrFail(
    User,
    { id: claims.sub },
    { populate: ['passwordHash'], failHandler: accountGone },
  );
  await checkCurrentPassword(ctx, user, input.currentPassword, 'input.currentPassword');
  await ctx.services.signInThrottle.succeeded(user.email, ctx.clientIp);
  checkPasswordPolicy(input.newPassword, 'input.newPassword');
  user.passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (em) => {
    em.persist(user);
    await endAllSessions(em, user.id);
  });
  return { user };
}

/** Replaces a user's roles (administrators only; the router checks the scope). */
export async function setUserRoles(
  ctx: AuthContext,
  input: { userId: string; roles: Role[] },
): Promise<{ user: User }> {
  const admin = requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: input.userId });
    if (!user) throw userNotFound('input.userId');
    if (input.roles.length === 0) {
      throw new UserInputError(
        'INVALID',
        { en: 'Give at least one role.', fr: 'Indiquez au moins un rôle.' },
        'input.roles',
      );
    }
    user.roles = [...new Set(input.roles)];
    recordEvent(em, {
      type: 'user.roles_changed',
      subject: user.id,
      data: { userId: user.id, roles: user.roles, changedBy: admin.sub },
      traceparent: ctx.traceparent,
    });
    return { user };
  });
}

export function userNotFound(field: string): UserInputError {
  return new UserInputError('NOT_FOUND', { en: 'No such user.', fr: 'Utilisateur introuvable.' }, field);
}
