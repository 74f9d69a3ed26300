import { randomUUID } from 'node:crypto';
import { deliverEventOfVersion } from '@comptoir/kit/testing';
import { recipientOf, recipientsOf, support, UserAccount } from '@comptoir/support';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Support's users read model (whom notifications go to, in which language), fed by auth's events
// delivered as auth's relay would, on real PostgreSQL.
describe('users read model', () => {
  let t: TestPlatform;
  let statements: string[] = [];

  beforeAll(async () => {
    t = await startTestPlatform({
      subgraphs: [support],
      // The read model's statements only: the outbox relay and the mail tasks poll in the background.
      onQuery: (subgraph, sql) => {
        if (subgraph === 'support' && sql.includes('"user_account"')) statements.push(sql);
      },
    });
  });
  afterAll(() => t?.stop());

  const registered = (userId: string, aggregateVersion: number, language: 'EN' | 'FR' = 'FR') =>
    t.deliver({
      type: 'user.registered',
      subject: userId,
      aggregateVersion,
      data: { userId, email: `${userId}@example.com`, name: 'Ada', roles: ['CUSTOMER'], language },
    });
  const updated = (userId: string, aggregateVersion: number, name: string, language: 'EN' | 'FR') =>
    t.deliver({
      type: 'user.updated',
      subject: userId,
      aggregateVersion,
      data: { userId, email: `${userId}@example.com`, name, language },
    });
  const rolesChanged = (userId: string, aggregateVersion: number, roles: Array<'CUSTOMER' | 'SUPPORT_AGENT'>) =>
    t.deliver({
      type: 'user.roles_changed',
      subject: userId,
      aggregateVersion,
      data: { userId, roles, changedBy: randomUUID() },
    });
  const account = (userId: string) => t.em('support').findOne(UserAccount, { id: userId });

  it('follows registered → updated, and skips an older updated delivered late', async () => {
    const userId = randomUUID();
    await registered(userId, 1, 'FR');
    expect(await recipientOf(t.em('support'), userId)).toEqual({
      email: `${userId}@example.com`,
      name: 'Ada',
      language: 'fr',
    });

    await updated(userId, 3, 'Ada Lovelace', 'EN');
    await updated(userId, 2, 'Ada (stale)', 'FR');

    expect(await recipientOf(t.em('support'), userId)).toEqual({
      email: `${userId}@example.com`,
      name: 'Ada Lovelace',
      language: 'en',
    });
    expect(await account(userId)).toMatchObject({ roles: ['CUSTOMER'], profileVersion: 3, rolesVersion: 1 });
  });

  it('keeps profile and roles apart: neither event hides the other’s changes, whatever their order', async () => {
    const userId = randomUUID();
    // The roles change (version 2) arrives before the registration (version 1) it follows.
    await rolesChanged(userId, 2, ['CUSTOMER', 'SUPPORT_AGENT']);
    expect(await recipientOf(t.em('support'), userId)).toBeNull();
    await registered(userId, 1);
    // A profile change older than the roles the row holds is still the newest profile.
    await updated(userId, 3, 'Grace', 'EN');
    await rolesChanged(userId, 2, ['CUSTOMER', 'SUPPORT_AGENT']);

    expect(await account(userId)).toMatchObject({
      email: `${userId}@example.com`,
      name: 'Grace',
      language: 'EN',
      roles: ['CUSTOMER', 'SUPPORT_AGENT'],
      profileVersion: 3,
      rolesVersion: 2,
    });
  });

  it('reads an event of contract 1.0 (before language) as English', async () => {
    const registeredBefore = randomUUID();
    const updatedBefore = randomUUID();
    const transport = t.subgraph('support').transport;
    await deliverEventOfVersion(transport, {
      type: 'user.registered',
      subject: registeredBefore,
      version: '1.0',
      aggregateVersion: 1,
      data: { userId: registeredBefore, email: 'old@example.com', name: 'Old', roles: ['CUSTOMER'] },
    });
    await registered(updatedBefore, 1, 'FR');
    await deliverEventOfVersion(transport, {
      type: 'user.updated',
      subject: updatedBefore,
      version: '1.0',
      aggregateVersion: 2,
      data: { userId: updatedBefore, email: 'renamed@example.com', name: 'Renamed' },
    });
    await t.eventsSettled();

    expect(await recipientOf(t.em('support'), registeredBefore)).toEqual({
      email: 'old@example.com',
      name: 'Old',
      language: 'en',
    });
    expect(await recipientOf(t.em('support'), updatedBefore)).toEqual({
      email: 'renamed@example.com',
      name: 'Renamed',
      language: 'en',
    });
  });

  it('finds many recipients in one statement, leaving out users it has no profile of', async () => {
    const known = [randomUUID(), randomUUID(), randomUUID()];
    for (const userId of known) await registered(userId, 1, 'EN');
    const rolesOnly = randomUUID();
    await rolesChanged(rolesOnly, 1, ['CUSTOMER']);

    statements = [];
    const found = await recipientsOf(t.em('support'), [...known, rolesOnly, randomUUID(), known[0] as string]);

    expect(statements).toHaveLength(1);
    expect([...found.keys()].sort()).toEqual([...known].sort());
    expect(found.get(known[1] as string)).toEqual({ email: `${known[1]}@example.com`, name: 'Ada', language: 'en' });
  });

  it('keeps no more of a person than whom to write to and their roles', () => {
    const columns = Object.keys(t.subgraph('support').orm.getMetadata(UserAccount).properties).sort();
    expect(columns).toEqual(['email', 'id', 'language', 'name', 'profileVersion', 'roles', 'rolesVersion']);
  });
});
