import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { newSigningKey, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AddBasketItemDocument,
  BasketDocument,
  ComptoirError,
  createComptoirClient,
  MeDocument,
  MergeBasketDocument,
  memorySessionStore,
  ProductsDocument,
  type SessionStore,
} from '../src/index.ts';
import { customer, observedFetch, password, products } from './fixtures.ts';

/*
 * A shopper's session through the real router and auth: sign-in, renewal of the access token by
 * its single-use refresh token, and the anonymous basket's token.
 */
describe('a shopper session', () => {
  let t: TestPlatform;
  let productIds: string[];

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth, catalog, baskets] });
    productIds = await products(t, ['SDK-MUG', 'SDK-TEAPOT', 'SDK-SPOON']);
  });
  afterAll(() => t?.stop());

  /** A client on its own store and observed fetch, signed in as a new customer. */
  async function signedIn(email: string) {
    await customer(t, email);
    const store = memorySessionStore();
    const observed = observedFetch();
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch, auth: { session: store } });
    const signIn = await client.signIn({ email, password });
    expect(signIn.userErrors).toEqual([]);
    return { client, store, observed };
  }

  /** Replaces the stored access token, keeping the refresh token. */
  async function tamper(store: SessionStore, change: { accessToken?: string; accessTokenExpiresAt?: string }) {
    const session = await store.get();
    if (!session) throw new Error('not signed in');
    await store.set({ ...session, ...change });
  }

  test('browses and searches the catalog, typed', async () => {
    const observed = observedFetch();
    const client = createComptoirClient({ endpoint: t.url, fetch: observed.fetch });
    const { products: found } = await client.request(ProductsDocument, { filter: { search: 'teapot' }, first: 5 });
    expect(found.edges.map(({ node }) => node.name)).toEqual(['Product SDK-TEAPOT']);
    expect(found.edges[0]?.node.price).toEqual({ amount: 1000, currency: 'EUR' });
    expect(found.facets.inStock).toBe(1);
    const all = await client.request(ProductsDocument);
    expect(all.products.totalCount).toBe(3);
  });

  test('an expired access token is renewed once for concurrent requests', async () => {
    const { client, store, observed } = await signedIn('expired@example.com');
    await tamper(store, { accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.request(MeDocument)));
    expect(answers.map(({ me }) => me?.email)).toEqual(Array(5).fill('expired@example.com'));
    expect(observed.sent('RefreshSession')).toHaveLength(1);
  });

  test('an access token the API refuses (401) is renewed once for concurrent requests, then each is sent again', async () => {
    const { client, store, observed } = await signedIn('refused@example.com');
    // Signed by a key auth never published: the router answers 401.
    const forged = await t.issuer.mint({ sub: 'someone', roles: ['CUSTOMER'] }, { key: await newSigningKey() });
    await tamper(store, { accessToken: forged });
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.request(MeDocument)));
    expect(answers.map(({ me }) => me?.email)).toEqual(Array(5).fill('refused@example.com'));
    expect(observed.sent('RefreshSession')).toHaveLength(1);
    expect(observed.calls.filter((call) => call.status === 401)).toHaveLength(5);
  });

  test('a refresh token used twice ends the session: unauthenticated, and the store is cleared', async () => {
    const { client, store } = await signedIn('replayed@example.com');
    const stolen = await store.get();
    await tamper(store, { accessTokenExpiresAt: new Date(0).toISOString() });
    await client.request(MeDocument);
    // The stolen copy is presented again: auth revokes the whole session.
    const replay = createComptoirClient({
      endpoint: t.url,
      auth: {
        session: memorySessionStore({
          session: { ...(stolen as NonNullable<typeof stolen>), accessTokenExpiresAt: new Date(0).toISOString() },
        }),
      },
    });
    const refused = await replay.request(MeDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ComptoirError);
    expect((refused as ComptoirError).kind).toBe('unauthenticated');
    await tamper(store, { accessTokenExpiresAt: new Date(0).toISOString() });
    await expect(client.request(MeDocument)).rejects.toMatchObject({ kind: 'unauthenticated' });
    expect(await store.get()).toBeNull();
  });

  test('an anonymous basket keeps its token, is merged into the account at sign-in, and the token is dropped', async () => {
    const store = memorySessionStore();
    const client = createComptoirClient({ endpoint: t.url, auth: { session: store } });
    const added = await client.request(AddBasketItemDocument, {
      input: { productId: productIds[0] as string, quantity: 2 },
    });
    expect(added.addBasketItem.userErrors).toEqual([]);
    const token = await store.getBasketToken();
    expect(token).toEqual(added.addBasketItem.basketToken);
    // Sent back in x-basket-token: the same basket.
    const { basket } = await client.request(BasketDocument);
    expect(basket?.items.map((item) => item.quantity)).toEqual([2]);

    await customer(t, 'merger@example.com');
    expect((await client.signIn({ email: 'merger@example.com', password })).userErrors).toEqual([]);
    const merged = await client.request(MergeBasketDocument, { input: {} });
    expect(merged.mergeBasket.userErrors).toEqual([]);
    expect(merged.mergeBasket.basket?.itemCount).toBe(2);
    expect(await store.getBasketToken()).toBeNull();
    await client.signOut();
    expect(await store.get()).toBeNull();
  });
});
