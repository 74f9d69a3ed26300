import type * as fastJwt from 'fast-jwt';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalJwtVerifier, InvalidCredentialError, type JwtVerifier } from '../src/auth/jwt.ts';
import { audience, issuer, newSigningKey, signToken, type TestKey, tamperedToken } from '../src/testing/index.ts';

// Counts the signature checks; each still runs fast-jwt's own verification.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('fast-jwt', async (importOriginal) => {
  const actual = await importOriginal<typeof fastJwt>();
  const createVerifier = (options: Parameters<typeof actual.createVerifier>[0]) => {
    const verify = actual.createVerifier(options) as (token: string) => unknown;
    return (token: string) => {
      checks.count += 1;
      return verify(token);
    };
  };
  return { ...actual, createVerifier };
});
const signatureChecks = () => checks.count;

describe('the access token verifier remembers the tokens it verified', () => {
  let key: TestKey;
  let verify: JwtVerifier;
  const customer = { sub: 'customer-1', roles: ['customer'], scope: 'orders:read' };

  beforeAll(async () => {
    key = await newSigningKey();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const freshVerifier = () => {
    verify = createLocalJwtVerifier({ keys: [key.publicJwk] }, { issuer, audience });
    checks.count = 0;
  };

  it("checks a caller's token once, then answers its next requests with the same claims", async () => {
    freshVerifier();
    const token = await signToken(key, customer);
    const first = await verify(token);
    expect(await verify(token)).toEqual(first);
    expect(first).toEqual({ sub: 'customer-1', roles: ['customer'], scopes: ['orders:read'] });
    expect(signatureChecks()).toBe(1);
    // Another caller's token is checked on its own.
    await verify(await signToken(key, { sub: 'customer-2' }));
    expect(signatureChecks()).toBe(2);
  });

  it('refuses a forged copy of a token it already trusts: the digest of the whole token is the key', async () => {
    freshVerifier();
    const token = await signToken(key, customer);
    await verify(token);
    const forged = tamperedToken(token, 'users:admin');
    await expect(verify(forged)).rejects.toThrow(InvalidCredentialError);
    await expect(verify(`${token}x`)).rejects.toThrow(InvalidCredentialError);
    await expect(verify(forged)).rejects.toThrow('bad signature');
  });

  it('refuses a remembered token once it has expired', async () => {
    freshVerifier();
    vi.useFakeTimers({ toFake: ['Date'] });
    const expiresAt = Math.floor(Date.now() / 1000) + 30;
    const token = await signToken(key, customer, { expiresAt });
    await verify(token);
    vi.setSystemTime((expiresAt + 1) * 1000);
    await expect(verify(token)).rejects.toThrow('invalid access token: expired');
  });

  it('checks a remembered token again after a minute, in case its key was withdrawn', async () => {
    freshVerifier();
    vi.useFakeTimers({ toFake: ['Date'] });
    const token = await signToken(key, customer, { expiresAt: Math.floor(Date.now() / 1000) + 600 });
    await verify(token);
    vi.setSystemTime(Date.now() + 30_000);
    await verify(token);
    expect(signatureChecks()).toBe(1);
    vi.setSystemTime(Date.now() + 31_000);
    await verify(token);
    expect(signatureChecks()).toBe(2);
  });
});
