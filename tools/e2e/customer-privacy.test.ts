import { auth } from '@comptoir/auth';
import { baskets } from '@comptoir/baskets';
import { catalog } from '@comptoir/catalog';
import { orders } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, createProducts, signUp } from './checkout-fixtures.ts';

// A customer as others reach them through an order: orders decides who sees the order, auth decides
// what each caller sees of its customer. Auth's own tests cover the account itself.
describe('a customer reached through an order', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth, catalog, baskets, orders] });
  });
  afterAll(() => t?.stop());

  it('hides a user’s email and addresses from others who reach the user by reference', async () => {
    const owner = await signUp(t, 'owner@example.com');
    const other = await signUp(t, 'other@example.com');
    const [productId] = await createProducts(t, [{ sku: 'REF-1', amount: 500 }]);
    const order = await checkout(t, owner, [{ productId: productId as string, quantity: 1 }]);
    // Staff allowed to read orders but not accounts: a token with `orders:read` alone.
    const ordersReaderToken = await t.token({ sub: other.id, roles: ['SUPPORT_AGENT'], scope: 'orders:read' });

    const query = 'query ($id: ID!) { order(id: $id) { customer { name email addresses { id } } } }';
    const seenByOther = await t.graphql<{ order: { customer: unknown } }>(
      query,
      { id: order.id },
      { token: ordersReaderToken },
    );
    expect(seenByOther.body.data?.order.customer).toEqual({ name: 'owner', email: null, addresses: null });
    // Another customer does not even see the order.
    const seenByCustomer = await t.graphql<{ order: unknown }>(query, { id: order.id }, { token: other.token });
    expect(seenByCustomer.body.data?.order).toBeNull();
    const seenByOwner = await t.graphql<{ order: { customer: unknown } }>(
      query,
      { id: order.id },
      { token: owner.token },
    );
    expect(seenByOwner.body.data?.order.customer).toEqual({ name: 'owner', email: 'owner@example.com', addresses: [] });
  });
});
