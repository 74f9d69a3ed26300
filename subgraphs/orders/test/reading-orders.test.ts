import { Order, orders } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceProducts,
  cancelOrder,
  checkout,
  newShopper,
  readOrder,
  reserveStock,
  type Shopper,
  staffToken,
} from './checkout.ts';

// Who reads which orders, and the order lists, through the router; orders alone on real
// PostgreSQL, with tokens as auth issues them for customers, support agents and admins.
describe('reading orders', () => {
  let t: TestPlatform;
  let admin: string;
  let products: Record<'candle' | 'vase' | 'lamp', string>;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders] });
    admin = await staffToken(t, 'ADMIN');
    const [candle, vase, lamp] = await announceProducts(t, [
      { sku: 'ORD-CANDLE', amount: 1250 },
      { sku: 'ORD-VASE', amount: 3900 },
      { sku: 'ORD-LAMP', amount: 8900 },
    ]);
    products = { candle, vase, lamp } as typeof products;
  });
  afterAll(() => t?.stop());

  describe('who reads and cancels what', () => {
    let owner: Shopper;
    let other: Shopper;
    let orderId: string;

    /** Asks the orders subgraph for the owner's orders, as the router fetches `User.orders` for `token`'s caller. */
    const ownerOrdersFor = async (token: string) =>
      (
        await t.subgraphGraphql<{ _entities: Array<{ orders: { totalCount: number } | null }> }>(
          'orders',
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { orders { totalCount } } } }',
          { r: [{ __typename: 'User', id: owner.id }] },
          { token: token },
        )
      ).body.data;

    beforeAll(async () => {
      owner = await newShopper(t);
      other = await newShopper(t);
      orderId = (await checkout(t, owner, [{ productId: products.candle, quantity: 1 }])).id;
    });

    it('hides an order from another customer, who cannot cancel it either', async () => {
      expect(await readOrder(t, other.token, orderId, 'id')).toBeNull();
      const malformed = await t.graphql('query { order(id: "not-an-id") { id } }', {}, { token: other.token });
      expect(malformed.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(await cancelOrder(t, other, orderId)).toEqual({
        order: null,
        userErrors: [{ field: 'input.orderId', code: 'ORDER_NOT_FOUND' }],
      });
      expect((await readOrder(t, owner.token, orderId, 'status'))?.status).not.toBe('CANCELLED');
      const anonymous = await t.graphql('query ($id: ID!) { order(id: $id) { id } }', { id: orderId });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('shows it to a support agent, with the customer’s orders', async () => {
      const agentToken = await staffToken(t, 'SUPPORT_AGENT');
      const { body } = await t.graphql<{
        order: {
          id: string;
          customer: { id: string; orders: { totalCount: number; edges: Array<{ node: { id: string } }> } };
        };
      }>(
        'query ($id: ID!) { order(id: $id) { id customer { id orders { totalCount edges { node { id } } } } } }',
        { id: orderId },
        { token: agentToken },
      );
      expect(body.data?.order).toEqual({
        id: orderId,
        customer: { id: owner.id, orders: { totalCount: 1, edges: [{ node: { id: orderId } }] } },
      });
      // Still, back-office listing is for admins.
      const listing = await t.graphql('{ orders { totalCount } }', {}, { token: agentToken });
      expect(listing.status).toBe(403);
    });

    it('gives a user’s orders to the user themself, to nobody else', async () => {
      expect(await ownerOrdersFor(owner.token)).toEqual({ _entities: [{ orders: { totalCount: 1 } }] });
      expect(await ownerOrdersFor(other.token)).toEqual({ _entities: [{ orders: null }] });
    });
  });

  describe('listing orders', () => {
    it('lists the caller’s orders newest first, page by page', async () => {
      const shopper = await newShopper(t);
      const placed: string[] = [];
      for (const productId of [products.candle, products.vase, products.lamp]) {
        placed.push((await checkout(t, shopper, [{ productId, quantity: 1 }])).id);
      }
      type Page = {
        myOrders: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; lines: Array<{ sku: string }> } }>;
        };
      };
      const page = async (after?: string) =>
        (
          await t.graphql<Page>(
            'query ($after: String) { myOrders(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id lines { sku } } } } }',
            { after },
            { token: shopper.token },
          )
        ).body.data?.myOrders as Page['myOrders'];
      const first = await page();
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((edge) => edge.node.id)).toEqual([placed[2], placed[1]]);
      expect(first.edges[0]?.node.lines).toEqual([{ sku: 'ORD-LAMP' }]);
      const second = await page(first.pageInfo.endCursor);
      expect(second.edges.map((edge) => edge.node.id)).toEqual([placed[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('lets an admin filter every order by status and period; a customer is refused', async () => {
      const shopper = await newShopper(t);
      const since = new Date().toISOString();
      const kept = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await reserveStock(t, kept);
      // Cancelled before its stock decision: at once (a confirmed one would await its delivery).
      const dropped = await checkout(t, shopper, [{ productId: products.candle, quantity: 1 }]);
      await cancelOrder(t, shopper, dropped.id);

      type Listing = { orders: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> } };
      const list = async (filter: Record<string, unknown>, token = admin) =>
        t.graphql<Listing>(
          'query ($filter: OrdersFilter) { orders(filter: $filter, first: 100) { totalCount edges { node { id status } } } }',
          { filter },
          { token },
        );
      const cancelledSince = (await list({ status: 'CANCELLED', placedFrom: since })).body.data?.orders;
      expect(cancelledSince?.edges.map((edge) => edge.node)).toEqual([{ id: dropped.id, status: 'CANCELLED' }]);
      const confirmedSince = (await list({ status: 'CONFIRMED', placedFrom: since })).body.data?.orders;
      expect(confirmedSince?.edges.map((edge) => edge.node.id)).toEqual([kept.id]);
      const before = (await list({ placedTo: since })).body.data?.orders;
      expect(before?.edges.map((edge) => edge.node.id)).not.toContain(kept.id);
      const everything = (await list({})).body.data?.orders;
      expect(everything?.totalCount).toBe(await t.em('orders').count(Order, {}));
      expect(everything?.edges[0]?.node.id).toBe(dropped.id);

      const refused = await list({}, shopper.token);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
