import { randomUUID } from 'node:crypto';
import { auth, createAccount } from '@comptoir/auth';
import { OutboxMessage } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { base64url, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from './authenticator.ts';

// Accounts, sessions, two-factor, partner tokens and authorization, through a router in front of
// auth alone, on real PostgreSQL. What other domains see of a user is tools/e2e/customer-privacy.test.ts.
describe('auth through the router', () => {
  let t: TestPlatform;
  let adminToken: string;

  const SESSION = 'session { accessToken refreshToken accessTokenExpiresAt }';
  const ERRORS = 'userErrors { field message code }';
  type Session = { accessToken: string; refreshToken: string };
  type Payload = {
    session: Session | null;
    userErrors: Array<{ field: string | null; message: string; code: string }>;
  };

  const register = async (email: string, password = 'correct horse battery') => {
    const { body } = await t.graphql<{ register: Payload & { user: { id: string } } }>(
      `mutation ($input: RegisterInput!) { register(input: $input) { user { id } ${SESSION} ${ERRORS} } }`,
      { input: { email, password, name: email.split('@')[0] } },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.register as Payload & { user: { id: string } };
  };
  const login = async (email: string, password: string, twoFactorCode?: string) => {
    const { body } = await t.graphql<{ login: Payload }>(
      `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION} ${ERRORS} } }`,
      { input: { email, password, ...(twoFactorCode ? { twoFactorCode } : {}) } },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.login as Payload;
  };
  const refresh = async (refreshToken: string) =>
    (
      await t.graphql<{ refreshSession: Payload }>(
        `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { ${SESSION} ${ERRORS} } }`,
        { input: { refreshToken } },
      )
    ).body.data?.refreshSession as Payload;
  const me = async (token: string) =>
    (await t.graphql<{ me: { id: string; email: string } | null }>('{ me { id email } }', {}, { token })).body;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth] });
    await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: 'root@comptoir.test',
        name: 'Root',
        password: 'admin password 123',
        roles: ['ADMIN'],
      }),
    );
    adminToken = (await login('root@comptoir.test', 'admin password 123')).session?.accessToken as string;
  });
  afterAll(() => t?.stop());

  it('registers, signs in and answers me', async () => {
    const registered = await register('Ada@Example.com');
    expect(registered.userErrors).toEqual([]);
    const session = (await login('ada@example.com', 'correct horse battery')).session as Session;
    const { data } = await me(session.accessToken);
    expect(data?.me).toEqual({ id: registered.user.id, email: 'ada@example.com' });
    expect((await t.graphql('{ me { id } }')).body.data).toEqual({ me: null });
  });

  it('refuses bad registrations with userErrors, in the caller’s language', async () => {
    await register('taken@example.com');
    const again = await register('TAKEN@example.com');
    expect(again.userErrors).toEqual([
      { field: 'input.email', code: 'EMAIL_TAKEN', message: 'An account already uses this email address.' },
    ]);
    expect((await register('short@example.com', 'short')).userErrors[0]?.code).toBe('WEAK_PASSWORD');
    const { body } = await t.graphql<{ register: Payload }>(
      `mutation { register(input: { email: "not-an-email", password: "long enough password", name: "X" }) { ${ERRORS} } }`,
      {},
      { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } },
    );
    expect(body.data?.register.userErrors).toEqual([
      { field: 'input.email', code: 'INVALID', message: 'Saisissez une adresse e-mail valide.' },
    ]);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    await register('known@example.com');
    const wrong = await login('known@example.com', 'not the password');
    const unknown = await login('nobody@example.com', 'not the password');
    expect(wrong).toEqual({
      session: null,
      userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' }],
    });
    expect(unknown).toEqual(wrong);
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    await register('rotate@example.com');
    const first = (await login('rotate@example.com', 'correct horse battery')).session as Session;
    const second = (await refresh(first.refreshToken)).session as Session;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).data?.me?.email).toBe('rotate@example.com');
    const third = (await refresh(second.refreshToken)).session as Session;

    // Replaying a rotated token (stolen?) kills the whole family, the newest token included.
    expect((await refresh(first.refreshToken)).userErrors[0]?.code).toBe('INVALID_REFRESH_TOKEN');
    expect((await refresh(third.refreshToken)).userErrors[0]?.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('uses a refresh token once even when two requests race', async () => {
    await register('race@example.com');
    const session = (await login('race@example.com', 'correct horse battery')).session as Session;
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(results.filter((result) => result.session !== null)).toHaveLength(1);
  });

  it('logs out: the refresh token no longer works', async () => {
    await register('logout@example.com');
    const session = (await login('logout@example.com', 'correct horse battery')).session as Session;
    const { body } = await t.graphql<{ logout: { loggedOut: boolean } }>(
      `mutation ($input: LogoutInput!) { logout(input: $input) { loggedOut ${ERRORS} } }`,
      { input: { refreshToken: session.refreshToken } },
    );
    expect(body.data?.logout.loggedOut).toBe(true);
    expect((await refresh(session.refreshToken)).userErrors[0]?.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('enrols two-factor, then requires a code or a one-time recovery code', async () => {
    await register('totp@example.com');
    const { accessToken } = (await login('totp@example.com', 'correct horse battery')).session as Session;
    const enabled = (
      await t.graphql<{ enableTwoFactor: { secret: string; otpauthUri: string } }>(
        `mutation { enableTwoFactor { secret otpauthUri ${ERRORS} } }`,
        {},
        { token: accessToken },
      )
    ).body.data?.enableTwoFactor;
    expect(enabled?.otpauthUri).toMatch(/^otpauth:\/\/totp\/Comptoir:totp%40example\.com\?/);
    const app = authenticator(enabled?.secret as string);

    const wrongConfirm = await t.graphql<{ confirmTwoFactor: Payload }>(
      `mutation { confirmTwoFactor(input: { code: "000000" }) { recoveryCodes ${ERRORS} } }`,
      {},
      { token: accessToken },
    );
    expect(wrongConfirm.body.data?.confirmTwoFactor.userErrors[0]?.code).toBe('INVALID_TWO_FACTOR_CODE');
    const confirmed = await t.graphql<{ confirmTwoFactor: { recoveryCodes: string[] } }>(
      `mutation ($code: String!) { confirmTwoFactor(input: { code: $code }) { recoveryCodes ${ERRORS} } }`,
      { code: await app.nextCode() },
      { token: accessToken },
    );
    const recoveryCodes = confirmed.body.data?.confirmTwoFactor.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);

    const withoutCode = await login('totp@example.com', 'correct horse battery');
    expect(withoutCode.userErrors[0]?.code).toBe('TWO_FACTOR_REQUIRED');
    expect(withoutCode.session).toBeNull();
    expect((await login('totp@example.com', 'correct horse battery', '123456')).userErrors[0]?.code).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );
    expect((await login('totp@example.com', 'correct horse battery', await app.nextCode())).session).not.toBeNull();

    const recovery = recoveryCodes[0] as string;
    expect((await login('totp@example.com', 'correct horse battery', recovery)).session).not.toBeNull();
    expect((await login('totp@example.com', 'correct horse battery', recovery)).userErrors[0]?.code).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );

    const disabled = await t.graphql<{ disableTwoFactor: { twoFactorEnabled: boolean } }>(
      `mutation ($code: String!) { disableTwoFactor(input: { password: "correct horse battery", code: $code }) { twoFactorEnabled ${ERRORS} } }`,
      { code: await app.nextCode() },
      { token: accessToken },
    );
    expect(disabled.body.data?.disableTwoFactor.twoFactorEnabled).toBe(false);
    expect((await login('totp@example.com', 'correct horse battery')).session).not.toBeNull();
  });

  it('locks sign-in after repeated failures, without revealing whether the account exists', async () => {
    await register('locked@example.com');
    // Failures are counted, not timed: the lock lasts LOGIN_LOCK_SECONDS (15 minutes). Every sign-in
    // of this file comes from the address the router sees (a claimed x-forwarded-for is not trusted),
    // far below its own limit (50 failures), so the lock seen here is the account's.
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login('locked@example.com', 'wrong password!')).userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await login('locked@example.com', 'correct horse battery');
    expect(locked.session).toBeNull();
    expect(locked.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    for (let attempt = 0; attempt < 5; attempt++) await login('ghost@example.com', 'wrong password!');
    expect((await login('ghost@example.com', 'wrong password!')).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  describe('bearer tokens the router must refuse with UNAUTHENTICATED', () => {
    let session: Session;
    const forge = async (key: CryptoKey, claims: { exp?: number; kid?: string } = {}) =>
      new SignJWT({ roles: ['CUSTOMER'], scope: '' })
        .setProtectedHeader({ alg: 'EdDSA', kid: claims.kid ?? 'unknown-kid' })
        .setSubject('01900000-0000-7000-8000-000000000000')
        .setIssuer('comptoir')
        .setAudience('comptoir-api')
        .setIssuedAt()
        .setExpirationTime(claims.exp ?? '10m')
        .sign(key);
    const expectUnauthenticated = async (token: string) => {
      const { status, body } = await t.graphql('{ me { id } }', {}, { token });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    };

    beforeAll(async () => {
      await register('tokens@example.com');
      session = (await login('tokens@example.com', 'correct horse battery')).session as Session;
    });

    it('a tampered token', async () => {
      const [header, payload, signature] = session.accessToken.split('.') as [string, string, string];
      const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
      const escalated = base64url.encode(JSON.stringify({ ...claims, roles: ['ADMIN'], scope: 'users:admin' }));
      await expectUnauthenticated(`${header}.${escalated}.${signature}`);
    });

    it('an expired token', async () => {
      const kid = JSON.parse(
        new TextDecoder().decode(base64url.decode(session.accessToken.split('.')[0] as string)),
      ).kid;
      await expectUnauthenticated(
        await forge(t.issuer.key.privateKey, { kid, exp: Math.floor(Date.now() / 1000) - 60 }),
      );
    });

    it('an alg: none token', async () => {
      const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
      const payload = session.accessToken.split('.')[1];
      await expectUnauthenticated(`${header}.${payload}.`);
    });

    it('a token signed by a key the JWKS does not have (unknown kid)', async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      await expectUnauthenticated(await forge(privateKey));
    });
  });

  it('answers a valid token whose account is gone with UNAUTHENTICATED, not a server error', async () => {
    const token = await t.token({ sub: randomUUID(), roles: ['CUSTOMER'] });
    const { body } = await t.graphql(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }',
      { input: { name: 'Ghost' } },
      { token },
    );
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a @requiresScopes field to a token without the scope, allows it with', async () => {
    await register('customer@example.com');
    const customer = (await login('customer@example.com', 'correct horse battery')).session as Session;
    const query = '{ users(first: 5, email: "customer@") { totalCount edges { node { email } } } }';
    const refused = await t.graphql(query, {}, { token: customer.accessToken });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.graphql(query);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const allowed = await t.graphql<{ users: { totalCount: number } }>(query, {}, { token: adminToken });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data?.users.totalCount).toBe(1);
  });

  it('issues, uses and revokes a partner token', async () => {
    const partner = await register('carrier@example.com');
    const created = await t.graphql<{ createPartnerOrganization: { organization: { id: string } } }>(
      'mutation { createPartnerOrganization(input: { name: "Colis Express", kind: CARRIER }) { organization { id } } }',
      {},
      { token: adminToken },
    );
    const org = created.body.data?.createPartnerOrganization.organization.id;
    const notPartner = await t.graphql<{ issuePartnerToken: Payload }>(
      `mutation ($id: ID!, $org: ID!) { issuePartnerToken(input: { userId: $id, organizationId: $org, name: "API", scopes: ["deliveries:write"] }) { token ${ERRORS} } }`,
      { id: partner.user.id, org },
      { token: adminToken },
    );
    expect(notPartner.body.data?.issuePartnerToken.userErrors[0]?.code).toBe('NOT_A_PARTNER');

    await t.graphql(
      'mutation ($id: ID!) { setUserRoles(input: { userId: $id, roles: [PARTNER] }) { user { roles } } }',
      { id: partner.user.id },
      { token: adminToken },
    );
    const issued = await t.graphql<{
      issuePartnerToken: { token: string; partnerToken: { id: string; scopes: string[] } };
    }>(
      `mutation ($id: ID!, $org: ID!) { issuePartnerToken(input: { userId: $id, organizationId: $org, name: "Carrier API", scopes: ["deliveries:write"] }) { token partnerToken { id scopes } ${ERRORS} } }`,
      { id: partner.user.id, org },
      { token: adminToken },
    );
    const { token, partnerToken } = issued.body.data?.issuePartnerToken ?? ({} as never);
    expect(token).toMatch(/^cpt_/);
    expect(partnerToken.scopes).toEqual(['deliveries:write']);

    const asPartner = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token });
    expect(asPartner.body.data?.me.id).toBe(partner.user.id);
    const listed = await t.graphql<{ partnerTokens: Array<{ id: string; lastUsedAt: string | null; prefix: string }> }>(
      '{ partnerTokens { id prefix lastUsedAt } }',
      {},
      { token: adminToken },
    );
    const entry = listed.body.data?.partnerTokens.find((candidate) => candidate.id === partnerToken.id);
    expect(entry?.lastUsedAt).not.toBeNull();
    expect(token.startsWith(entry?.prefix as string)).toBe(true);
    // A partner token cannot reach admin operations.
    expect((await t.graphql('{ users { totalCount } }', {}, { token })).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    await t.graphql(
      'mutation ($id: ID!) { revokePartnerToken(input: { partnerTokenId: $id }) { partnerToken { revokedAt } } }',
      { id: partnerToken.id },
      { token: adminToken },
    );
    // The router caches exchanges; a new router-side lookup is needed to see the revocation.
    const exchange = await fetch(t.subgraph('auth').url.replace('/graphql', '/token/exchange'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(exchange.status).toBe(401);
  });

  it('keeps each user’s address book private', async () => {
    await register('alice@example.com');
    await register('bob@example.com');
    const aliceToken = (await login('alice@example.com', 'correct horse battery')).session?.accessToken as string;
    const bobToken = (await login('bob@example.com', 'correct horse battery')).session?.accessToken as string;
    const added = await t.graphql<{ addAddress: { address: { id: string; isDefaultShipping: boolean } } }>(
      `mutation { addAddress(input: { address: { name: "Alice", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "fr" } }) { address { id isDefaultShipping } ${ERRORS} } }`,
      {},
      { token: aliceToken },
    );
    const addressId = added.body.data?.addAddress.address.id as string;
    expect(added.body.data?.addAddress.address.isDefaultShipping).toBe(true);

    const badCountry = await t.graphql<{ addAddress: Payload }>(
      `mutation { addAddress(input: { address: { name: "A", line1: "x", postalCode: "1", city: "y", country: "XX" } }) { ${ERRORS} } }`,
      {},
      { token: aliceToken },
    );
    expect(badCountry.body.data?.addAddress.userErrors[0]).toMatchObject({
      field: 'input.address.country',
      code: 'INVALID',
    });

    // Bob cannot change or remove Alice's address: to him it does not exist.
    const update = await t.graphql<{ updateAddress: Payload }>(
      `mutation ($id: ID!) { updateAddress(input: { addressId: $id, address: { name: "Bob", line1: "x", postalCode: "1", city: "y", country: "FR" } }) { ${ERRORS} } }`,
      { id: addressId },
      { token: bobToken },
    );
    expect(update.body.data?.updateAddress.userErrors[0]?.code).toBe('NOT_FOUND');
    const remove = await t.graphql<{ removeAddress: Payload }>(
      `mutation ($id: ID!) { removeAddress(input: { addressId: $id }) { removedAddressId ${ERRORS} } }`,
      { id: addressId },
      { token: bobToken },
    );
    expect(remove.body.data?.removeAddress.userErrors[0]?.code).toBe('NOT_FOUND');

    // Nor read it through Alice's user entity (reached as an admin would, by reference).
    const readBack = await t.graphql<{ users: { edges: Array<{ node: { addresses: unknown[] | null } }> } }>(
      '{ users(email: "alice@") { edges { node { email addresses { id } } } } }',
      {},
      { token: adminToken },
    );
    expect(readBack.body.data?.users.edges[0]?.node.addresses).toHaveLength(1);
    const mine = await t.graphql<{ me: { addresses: Array<{ id: string }> } }>(
      '{ me { addresses { id line1 } } }',
      {},
      { token: aliceToken },
    );
    expect(mine.body.data?.me.addresses.map((address) => address.id)).toEqual([addressId]);
    const theirs = await t.graphql<{ me: { addresses: Array<{ id: string }> } }>(
      '{ me { addresses { id } } }',
      {},
      { token: bobToken },
    );
    expect(theirs.body.data?.me.addresses).toEqual([]);
  });

  it('shows a user reached by reference its email and addresses only for its owner and account staff', async () => {
    const owner = await register('referenced@example.com');
    const ownerToken = (await login('referenced@example.com', 'correct horse battery')).session?.accessToken as string;
    // As the router resolves a User another subgraph returned (an order's customer, say).
    const reference = async (token: string) => {
      const { body } = await t.subgraphGraphql<{ _entities: unknown[] }>(
        'auth',
        'query ($users: [_Any!]!) { _entities(representations: $users) { ... on User { name email addresses { id } } } }',
        { users: [{ __typename: 'User', id: owner.user.id }] },
        { token },
      );
      expect(body.errors).toBeUndefined();
      return body.data?._entities[0];
    };
    const ordersReader = await t.token({ sub: randomUUID(), roles: ['SUPPORT_AGENT'], scope: 'orders:read' });
    expect(await reference(ordersReader)).toEqual({ name: 'referenced', email: null, addresses: null });
    const full = { name: 'referenced', email: 'referenced@example.com', addresses: [] };
    expect(await reference(ownerToken)).toEqual(full);
    expect(await reference(adminToken)).toEqual(full);
  });

  it('announces account changes through the outbox, never with a secret', async () => {
    const registered = await register('events@example.com');
    const token = (await login('events@example.com', 'correct horse battery')).session?.accessToken as string;
    const renamed = await t.graphql<{ updateProfile: { user: { name: string } } }>(
      `mutation { updateProfile(input: { name: "Évènement" }) { user { name } ${ERRORS} } }`,
      {},
      { token },
    );
    expect(renamed.body.data?.updateProfile.user.name).toBe('Évènement');
    await t.graphql(
      'mutation ($id: ID!) { setUserRoles(input: { userId: $id, roles: [CUSTOMER, SUPPORT_AGENT] }) { user { roles } } }',
      { id: registered.user.id },
      { token: adminToken },
    );

    const events = await t
      .em('auth')
      .find(OutboxMessage, { key: registered.user.id }, { orderBy: { position: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['user.registered', 'user.updated', 'user.roles_changed']);
    expect(events[0]?.data).toEqual({
      userId: registered.user.id,
      email: 'events@example.com',
      name: 'events',
      roles: ['CUSTOMER'],
      language: 'EN',
    });
    expect(events[2]?.data).toMatchObject({ roles: ['CUSTOMER', 'SUPPORT_AGENT'] });
    const everything = JSON.stringify(events.map((event) => event.data));
    expect(everything).not.toMatch(/argon2|password|crt_|cpt_|secret/i);
  });
});
