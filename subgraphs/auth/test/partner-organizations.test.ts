import { randomUUID } from 'node:crypto';
import { auth, createAccount } from '@comptoir/auth';
import { OutboxMessage } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartnerToken } from '../src/domain/credentials.ts';

type UserErrors = Array<{ field: string | null; code: string }>;

// Partner organisations through a router in front of auth alone, on real PostgreSQL: a partner
// token acts for one organisation, carries only the scopes its kind allows, and the access token
// it is exchanged for names the organisation (claim `org`) for every subgraph to check.
describe('partner organisations', () => {
  let t: TestPlatform;
  let admin: string;
  let partnerId: string;

  const createOrganization = async (name: string, kind: 'CARRIER' | 'SELLER', token = admin) => {
    const response = await t.graphql<{
      createPartnerOrganization: {
        organization: { id: string; name: string; kind: string } | null;
        userErrors: UserErrors;
      };
    }>(
      'mutation ($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { organization { id name kind } userErrors { field code } } }',
      { input: { name, kind } },
      { token },
    );
    return { status: response.status, payload: response.body.data?.createPartnerOrganization };
  };

  const issue = async (organizationId: string, scopes: string[]) => {
    const { body } = await t.graphql<{
      issuePartnerToken: {
        token: string | null;
        partnerToken: { organization: { id: string; kind: string } | null } | null;
        userErrors: UserErrors;
      };
    }>(
      'mutation ($input: IssuePartnerTokenInput!) { issuePartnerToken(input: $input) { token partnerToken { organization { id kind } } userErrors { field code } } }',
      { input: { userId: partnerId, organizationId, name: 'API', scopes } },
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.issuePartnerToken;
  };

  const exchange = (token: string) =>
    fetch(t.subgraph('auth').url.replace('/graphql', '/token/exchange'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth] });
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'users:admin users:read' });
    const partner = await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: 'api@carrier.test',
        name: 'Carrier API',
        password: 'partner password 1',
        roles: ['PARTNER'],
      }),
    );
    partnerId = partner.id;
  });
  afterAll(() => t?.stop());

  it('lets administrators create organisations with unique names, and nobody else', async () => {
    const created = await createOrganization('Rapid Colis', 'CARRIER');
    expect(created.payload).toMatchObject({ organization: { name: 'Rapid Colis', kind: 'CARRIER' }, userErrors: [] });
    // Announced in the same transaction: deliveries and catalog learn their carriers and sellers from it.
    const organizationId = created.payload?.organization?.id as string;
    const announced = await t.em('auth').findOneOrFail(OutboxMessage, { key: organizationId });
    expect(announced).toMatchObject({
      type: 'partner_organization.created',
      data: { organizationId, name: 'Rapid Colis', kind: 'CARRIER' },
    });
    expect((await createOrganization(' Rapid Colis ', 'SELLER')).payload?.userErrors).toEqual([
      { field: 'input.name', code: 'NAME_TAKEN' },
    ]);
    expect((await createOrganization('  ', 'SELLER')).payload?.userErrors).toEqual([
      { field: 'input.name', code: 'INVALID' },
    ]);
    const partner = await t.token({ sub: partnerId, roles: ['PARTNER'], scope: 'deliveries:write' });
    expect((await createOrganization('Mine', 'CARRIER', partner)).status).toBe(403);

    const { body } = await t.graphql<{ partnerOrganizations: Array<{ name: string }> }>(
      '{ partnerOrganizations(kind: CARRIER) { name } }',
      {},
      { token: admin },
    );
    expect(body.data?.partnerOrganizations.map((organization) => organization.name)).toContain('Rapid Colis');
  });

  it('limits a token’s scopes to what its organisation’s kind allows', async () => {
    const carrier = (await createOrganization('Fret Nord', 'CARRIER')).payload?.organization?.id as string;
    const seller = (await createOrganization('Maison Lune', 'SELLER')).payload?.organization?.id as string;
    for (const [organization, scopes] of [
      [carrier, ['catalog:write']],
      [carrier, ['deliveries:write', 'catalog:write']],
      [carrier, ['users:admin']],
      [seller, ['deliveries:write']],
      [seller, ['catalog:admin']],
      [carrier, []],
    ] as const) {
      const refused = await issue(organization, [...scopes]);
      expect(refused?.token).toBeNull();
      expect(refused?.userErrors).toEqual([{ field: 'input.scopes', code: 'INVALID_SCOPE' }]);
    }
    expect((await issue(randomUUID(), ['deliveries:write']))?.userErrors).toEqual([
      { field: 'input.organizationId', code: 'ORGANIZATION_NOT_FOUND' },
    ]);
    expect(
      await t.em('auth').count(PartnerToken, { userId: partnerId, organizationId: { $in: [carrier, seller] } }),
    ).toBe(0);
    expect((await issue(seller, ['catalog:write']))?.userErrors).toEqual([]);
  });

  it('exchanges a partner token for an access token naming its organisation', async () => {
    const carrier = (await createOrganization('Colis Sud', 'CARRIER')).payload?.organization?.id as string;
    const issued = await issue(carrier, ['deliveries:write']);
    expect(issued?.partnerToken?.organization).toEqual({ id: carrier, kind: 'CARRIER' });

    const response = await exchange(issued?.token as string);
    expect(response.status).toBe(200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    expect(decodeJwt(accessToken)).toMatchObject({
      sub: partnerId,
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: carrier, kind: 'CARRIER' },
    });

    // A token from before organisations acts for none: it is no longer exchanged.
    await t
      .em('auth')
      .nativeUpdate(PartnerToken, { userId: partnerId, organizationId: carrier }, { organizationId: null });
    expect((await exchange(issued?.token as string)).status).toBe(401);
  });

  it('refuses an access token whose org claim is malformed', async () => {
    const withoutOrganization = await t.issuer.mint({ sub: partnerId, roles: ['PARTNER'], scope: 'deliveries:write' });
    const malformed = await t.token({
      sub: partnerId,
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: 'not-a-uuid', kind: 'CARRIER' },
    });
    expect((await t.graphql('{ me { id } }', {}, { token: withoutOrganization })).status).toBe(200);
    expect((await t.graphql('{ me { id } }', {}, { token: malformed })).status).toBe(401);
  });
});
