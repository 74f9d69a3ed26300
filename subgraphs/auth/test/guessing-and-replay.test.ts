import { auth } from '@comptoir/auth';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from './authenticator.ts';

// The attacks of issue 11 on auth, through a router in front of auth alone, with the default
// limits: 5 attempts per account (LOGIN_MAX_FAILURES_PER_ACCOUNT, REGISTER_MAX_PER_EMAIL) and 50
// per address (LOGIN_MAX_FAILURES_PER_IP, REGISTER_MAX_PER_IP). Every request of this file comes
// from the one address the router sees.
describe('auth against replayed codes, password guessing and account probing', () => {
  let t: TestPlatform;
  const password = 'correct horse battery';
  type UserErrors = { userErrors: Array<{ code: string }> };
  type Session = { accessToken: string } | null;

  const register = async (email: string) =>
    (
      await t.graphql<{ register: UserErrors }>(
        'mutation ($email: String!) { register(input: { email: $email, password: "correct horse battery", name: "N" }) { userErrors { code } } }',
        { email },
      )
    ).body.data?.register.userErrors[0]?.code ?? 'REGISTERED';
  const login = async (email: string, twoFactorCode?: string) =>
    (
      await t.graphql<{ login: UserErrors & { session: Session } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }',
        { input: { email, password, ...(twoFactorCode ? { twoFactorCode } : {}) } },
      )
    ).body.data?.login as UserErrors & { session: Session };
  const signedUp = async (email: string) => {
    expect(await register(email)).toBe('REGISTERED');
    return (await login(email)).session?.accessToken as string;
  };
  /** Turns two-factor on with the authenticator's first code, which is returned with it. */
  const enrolled = async (token: string) => {
    const { body } = await t.graphql<{ enableTwoFactor: { secret: string } }>(
      'mutation { enableTwoFactor { secret } }',
      {},
      { token },
    );
    const app = authenticator(body.data?.enableTwoFactor.secret as string);
    const firstCode = await app.nextCode();
    const confirmed = await t.graphql<{ confirmTwoFactor: UserErrors }>(
      'mutation ($code: String!) { confirmTwoFactor(input: { code: $code }) { userErrors { code } } }',
      { code: firstCode },
      { token },
    );
    expect(confirmed.body.data?.confirmTwoFactor.userErrors).toEqual([]);
    return { app, firstCode };
  };
  /** A disableTwoFactor field, to send alone or aliased with others. */
  const disableTwoFactor = (alias: string, withPassword: string, code: string) =>
    `${alias}: disableTwoFactor(input: { password: ${JSON.stringify(withPassword)}, code: ${JSON.stringify(code)} }) { userErrors { code } }`;
  const errorCodes = (data: Record<string, UserErrors> | undefined) =>
    Object.values(data ?? {}).map((payload) => payload.userErrors[0]?.code ?? 'OK');

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth] });
  });
  afterAll(() => t?.stop());

  it('accepts a TOTP code once: not again at sign-in, nor after it confirmed enrolment, nor to turn two-factor off', async () => {
    const token = await signedUp('replay@example.com');
    const { app, firstCode } = await enrolled(token);
    expect((await login('replay@example.com', firstCode)).userErrors[0]?.code).toBe('INVALID_TWO_FACTOR_CODE');

    const code = await app.nextCode();
    expect((await login('replay@example.com', code)).session).not.toBeNull();
    const replayed = await login('replay@example.com', code);
    expect(replayed).toEqual({ session: null, userErrors: [{ code: 'INVALID_TWO_FACTOR_CODE' }] });

    const { body } = await t.graphql<{ disableTwoFactor: UserErrors }>(
      `mutation { ${disableTwoFactor('disableTwoFactor', password, code)} }`,
      {},
      { token },
    );
    expect(body.data?.disableTwoFactor.userErrors).toEqual([{ code: 'INVALID_TWO_FACTOR_CODE' }]);
    const me = await t.graphql<{ me: { twoFactorEnabled: boolean } }>('{ me { twoFactorEnabled } }', {}, { token });
    expect(me.body.data?.me.twoFactorEnabled).toBe(true);
  });

  it('lets one of two concurrent sign-ins with the same code through', async () => {
    const { app } = await enrolled(await signedUp('race@example.com'));
    const code = await app.nextCode();
    const attempts = await Promise.all([login('race@example.com', code), login('race@example.com', code)]);
    expect(attempts.filter((attempt) => attempt.session !== null)).toHaveLength(1);
    expect(attempts.flatMap((attempt) => attempt.userErrors.map((error) => error.code))).toEqual([
      'INVALID_TWO_FACTOR_CODE',
    ]);
  });

  it('counts wrong current passwords in changePassword as failed sign-ins: the 6th attempt is refused', async () => {
    const token = await signedUp('guessed@example.com');
    const changePassword = (currentPassword: string) =>
      t.graphql<{ changePassword: UserErrors }>(
        'mutation ($current: String!) { changePassword(input: { currentPassword: $current, newPassword: "a brand new password" }) { userErrors { code } } }',
        { current: currentPassword },
        { token },
      );
    for (let guess = 0; guess < 5; guess++) {
      const { body } = await changePassword(`wrong guess ${guess}`);
      expect(body.data?.changePassword.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    }
    const sixth = await changePassword(password);
    expect(sixth.body.data?.changePassword.userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS' }]);
    // The same counter as sign-in: the account is locked there too, and the password unchanged.
    expect((await login('guessed@example.com')).userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS' }]);
  });

  it('checks 5 of 20 aliased changePassword guesses in one request, refusing the rest', async () => {
    const token = await signedUp('aliased@example.com');
    const guesses = Array.from(
      { length: 20 },
      (_, guess) =>
        `g${guess}: changePassword(input: { currentPassword: "wrong guess ${guess}", newPassword: "a brand new password" }) { userErrors { code } }`,
    );
    const { body } = await t.graphql<Record<string, UserErrors>>(`mutation { ${guesses.join(' ')} }`, {}, { token });
    expect(body.errors).toBeUndefined();
    const codes = errorCodes(body.data);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
  });

  it('checks 5 of 20 aliased disableTwoFactor password guesses in one request, refusing the rest', async () => {
    const token = await signedUp('aliased-2fa@example.com');
    const { app } = await enrolled(token);
    const code = await app.nextCode();
    const guesses = Array.from({ length: 20 }, (_, guess) =>
      disableTwoFactor(`g${guess}`, `wrong guess ${guess}`, code),
    );
    const { body } = await t.graphql<Record<string, UserErrors>>(`mutation { ${guesses.join(' ')} }`, {}, { token });
    expect(body.errors).toBeUndefined();
    const codes = errorCodes(body.data);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
  });

  it('throttles registration per email and per address, so EMAIL_TAKEN cannot enumerate accounts', async () => {
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++) answers.push(await register('probed@example.com'));
    expect(answers).toEqual(['REGISTERED', ...Array(4).fill('EMAIL_TAKEN'), 'TOO_MANY_ATTEMPTS']);

    // Probing other addresses: within 50 attempts from this address (some spent above), the
    // address is refused, and then even a taken email is not confirmed.
    const probes: string[] = [];
    while (probes.length < 50 && probes.at(-1) !== 'TOO_MANY_ATTEMPTS') {
      probes.push(await register(`probe-${probes.length}@example.com`));
    }
    expect(probes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    expect(await register('replay@example.com')).toBe('TOO_MANY_ATTEMPTS');
  });
});
