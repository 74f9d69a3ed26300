import { UserInputError } from '@comptoir/kit';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { AuthContext } from './context.ts';
import type { User } from './user.ts';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const argon2id = 2 as Algorithm; // Algorithm.Argon2id: a const enum, unreachable under type stripping
const argon2Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const minPasswordLength = 10;
const maxPasswordLength = 256;

export function checkPasswordPolicy(password: string, field: string): void {
  if (password.length < minPasswordLength || password.length > maxPasswordLength) {
    throw new UserInputError(
      'WEAK_PASSWORD',
      {
        en: `The password must have ${minPasswordLength} to ${maxPasswordLength} characters.`,
        fr: `Le mot de passe doit comporter de ${minPasswordLength} à ${maxPasswordLength} caractères.`,
      },
      field,
    );
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown account) it verifies against a
 * dummy one, so both paths cost the same argon2 work and timing does not reveal accounts.
 */
export async function passwordMatches(password: string, storedHash: string | null | undefined): Promise<boolean> {
  dummyHash ??= hashPassword('comptoir-dummy-password');
  const matches = await verify(storedHash ?? (await dummyHash), password);
  return storedHash ? matches : false;
}

/**
 * Checks the signed-in user's password before a sensitive change. A stolen access token must not
 * make guessing it cheaper than signing in: the check counts as a sign-in attempt, and a wrong
 * password stays counted. The caller forgives the attempt (`signInThrottle.succeeded`) once every
 * check it makes has passed. The user must have been loaded with `passwordHash`.
 */
export async function checkCurrentPassword(ctx: AuthContext, user: User, password: string, field: string) {
  await ctx.services.signInThrottle.attempt(user.email, ctx.clientIp);
  if (!(await passwordMatches(password, user.passwordHash))) {
    throw new UserInputError(
      'INVALID_CREDENTIALS',
      { en: 'The password is wrong.', fr: 'Le mot de passe est incorrect.' },
      field,
    );
  }
}
