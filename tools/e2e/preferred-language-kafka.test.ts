import { auth } from '@comptoir/auth';
import { recipientOf, support } from '@comptoir/support';
import { requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The preferred language travels from auth to support on real Kafka: registering and changing it
 * through the router, support's users read model (whom notifications go to) follows.
 */
describe('preferred language announced on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth, support], env: { KAFKA_BROKERS: brokers } });
  });
  afterAll(() => t?.stop());

  it('support writes to a user in the language of their browser at registration, then in the one they choose', async () => {
    const { body } = await t.graphql<{ register: { user: { id: string }; session: { accessToken: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { user { id } session { accessToken } } }',
      { input: { email: 'Camille@Example.com', password: 'correct horse battery', name: 'Camille' } },
      { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } },
    );
    expect(body.errors).toBeUndefined();
    const userId = body.data?.register.user.id as string;
    await t.eventsSettled();
    expect(await recipientOf(t.em('support'), userId)).toEqual({
      email: 'camille@example.com',
      name: 'Camille',
      language: 'fr',
    });

    const changed = await t.graphql<{ updateProfile: { userErrors: unknown[] } }>(
      'mutation { updateProfile(input: { language: EN, name: "Camille D." }) { userErrors { code } } }',
      {},
      { token: body.data?.register.session.accessToken as string },
    );
    expect(changed.body.data?.updateProfile.userErrors).toEqual([]);
    await t.eventsSettled();
    expect(await recipientOf(t.em('support'), userId)).toEqual({
      email: 'camille@example.com',
      name: 'Camille D.',
      language: 'en',
    });
  });
});
