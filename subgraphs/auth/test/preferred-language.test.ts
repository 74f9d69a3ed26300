import { auth, createAccount } from '@comptoir/auth';
import { OutboxMessage, readEventData } from '@comptoir/kit';
import { type EventContract, eventContracts } from '@comptoir/schema/events';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// The user's preferred language (what notifications are written in), through a router in front of
// auth alone, on real PostgreSQL; what support makes of its events is in support's users-read-model test.
describe('preferred language', () => {
  let t: TestPlatform;
  let staffToken: string;

  const ERRORS = 'userErrors { field message code }';
  type Registered = { user: { id: string; language: string | null } | null; session: { accessToken: string } | null };

  const register = async (email: string, extra: { language?: string; acceptLanguage?: string } = {}) => {
    const { body } = await t.graphql<{ register: Registered }>(
      `mutation ($input: RegisterInput!) { register(input: $input) { user { id language } session { accessToken } ${ERRORS} } }`,
      {
        input: {
          email,
          password: 'correct horse battery',
          name: email.split('@')[0],
          ...(extra.language ? { language: extra.language } : {}),
        },
      },
      extra.acceptLanguage ? { headers: { 'accept-language': extra.acceptLanguage } } : {},
    );
    expect(body.errors).toBeUndefined();
    return body.data?.register as Registered;
  };
  const languageOf = async (token: string) =>
    (await t.graphql<{ me: { language: string | null } | null }>('{ me { language } }', {}, { token })).body.data?.me
      ?.language;
  /** The data of the user's events, oldest first. */
  const eventsOf = async (userId: string) =>
    (await t.em('auth').find(OutboxMessage, { key: userId }, { orderBy: { position: 'asc' } })).map((event) => ({
      type: event.type,
      version: event.version,
      language: (event.data as { language?: string }).language,
    }));

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth] });
    const admin = await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: 'lang-root@comptoir.test',
        name: 'Root',
        password: 'admin password 123',
        roles: ['ADMIN'],
      }),
    );
    staffToken = await t.token({ sub: admin.id, roles: ['ADMIN'], scope: 'users:read users:admin' });
  });
  afterAll(() => t?.stop());

  it('is the one chosen at registration, else the request’s Accept-Language, else English', async () => {
    const chosen = await register('chosen@example.com', { language: 'FR', acceptLanguage: 'en-GB,en;q=0.9' });
    const fromHeader = await register('header@example.com', { acceptLanguage: 'fr-CH, fr;q=0.9, en;q=0.8' });
    const english = await register('english@example.com', { acceptLanguage: 'de-DE' });
    const noHeader = await register('plain@example.com');

    const languages = [];
    for (const payload of [chosen, fromHeader, english, noHeader]) {
      languages.push(await languageOf(payload.session?.accessToken as string));
    }
    expect(languages).toEqual(['FR', 'FR', 'EN', 'EN']);
    // user.registered 1.1 carries it.
    expect(await eventsOf(chosen.user?.id as string)).toEqual([
      { type: 'user.registered', version: '1.1', language: 'FR' },
    ]);
    expect(await eventsOf(noHeader.user?.id as string)).toEqual([
      { type: 'user.registered', version: '1.1', language: 'EN' },
    ]);
  });

  it('is changed by the user alone (the name stays), announced by user.updated, and shown to staff only', async () => {
    const registered = await register('switch@example.com');
    const token = registered.session?.accessToken as string;
    const userId = registered.user?.id as string;
    const update = async (input: Record<string, unknown>) =>
      (
        await t.graphql<{ updateProfile: { user: { name: string; language: string } | null; userErrors: unknown[] } }>(
          `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name language } ${ERRORS} } }`,
          { input },
          { token },
        )
      ).body;

    const switched = await update({ language: 'FR' });
    expect(switched.errors).toBeUndefined();
    expect(switched.data?.updateProfile).toEqual({ user: { name: 'switch', language: 'FR' }, userErrors: [] });
    expect((await update({ name: 'Renamed' })).data?.updateProfile.user).toEqual({ name: 'Renamed', language: 'FR' });
    expect(await languageOf(token)).toBe('FR');
    // A value outside the enum never reaches the domain.
    expect((await update({ language: 'DE' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update({ name: ' ' })).data?.updateProfile.userErrors).toEqual([
      expect.objectContaining({ field: 'input.name', code: 'INVALID' }),
    ]);

    expect(await eventsOf(userId)).toEqual([
      { type: 'user.registered', version: '1.1', language: 'EN' },
      { type: 'user.updated', version: '1.1', language: 'FR' },
      { type: 'user.updated', version: '1.1', language: 'FR' },
    ]);

    const asReference = async (readerToken: string) =>
      (
        await t.subgraphGraphql<{ _entities: Array<{ language: string | null }> }>(
          'auth',
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { language } } }',
          { r: [{ __typename: 'User', id: userId }] },
          { token: readerToken },
        )
      ).body.data?._entities[0]?.language;
    const stranger = await register('stranger@example.com');
    expect(await asReference(staffToken)).toBe('FR');
    expect(await asReference(stranger.session?.accessToken as string)).toBeNull();
  });
});

describe('user events 1.1 (language) beside 1.0, during a rolling deploy', () => {
  /** `user.updated` as released, before `language`: what a consumer not yet redeployed reads with. */
  const released: EventContract = {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string() }),
  };
  const account = { userId: 'u1', email: 'ada@example.com', name: 'Ada' };

  it('reads a 1.0 event (old producer) as English', () => {
    expect(readEventData(eventContracts['user.updated'], '1.0', account)).toEqual({
      ok: true,
      data: { ...account, language: 'EN' },
    });
    expect(readEventData(eventContracts['user.registered'], '1', { ...account, roles: ['CUSTOMER'] })).toEqual({
      ok: true,
      data: { ...account, roles: ['CUSTOMER'], language: 'EN' },
    });
  });

  it('lets a consumer on 1.0 read a 1.1 event (new producer) without the language', () => {
    expect(readEventData(released, '1.1', { ...account, language: 'FR' })).toEqual({ ok: true, data: account });
  });
});
