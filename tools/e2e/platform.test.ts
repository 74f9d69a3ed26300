import type { RunningPlatform } from '@comptoir/router';
import { postGraphQL, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import { awaitOrderStatus, checkout, createProducts, signUp } from './checkout-fixtures.ts';

// The whole platform on real PostgreSQL, queried through the router, events in-process.
describe('platform through the router', () => {
  let t: TestPlatform;
  let platform: RunningPlatform;
  const statements: Array<{ subgraph: string; sql: string }> = [];
  let orderId: string;
  let customerId: string;
  let customerToken: string;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs, onQuery: (subgraph, sql) => statements.push({ subgraph, sql }) });
    platform = t.platform;
    // A real checkout: the customer fills the basket with 50 products and places the order.
    const customer = await signUp(t, 'Lea@Example.com', ['CUSTOMER'], 'Léa Dubois');
    customerId = customer.id;
    customerToken = customer.token;
    const products = await createProducts(
      t,
      Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i + 1}`, amount: 100 * (i + 1) })),
    );
    const order = await checkout(
      t,
      customer,
      products.map((productId) => ({ productId, quantity: 2 })),
    );
    orderId = order.id;
    await awaitOrderStatus(t, customer, orderId, 'CONFIRMED');
  });

  afterAll(async () => {
    await t?.stop();
  });

  const orderQuery = /* GraphQL */ `
    query OrderWithCustomerAndProducts($id: ID!) {
      order(id: $id) {
        status
        total { amount currency }
        customer { id name email }
        lines { quantity sku unitPrice { amount } product { id sku name price { amount currency } } }
      }
    }
  `;

  it('answers a query whose fields come from three subgraphs', async () => {
    const { status, body } = await postGraphQL<{ order: Record<string, never> }>(
      platform.router.url,
      orderQuery,
      { id: orderId },
      { authorization: `Bearer ${customerToken}` },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const order = body.data?.order as unknown as {
      status: string;
      total: { amount: number; currency: string };
      customer: { id: string; name: string; email: string | null };
      lines: Array<{
        quantity: number;
        sku: string;
        unitPrice: { amount: number };
        product: { sku: string; name: string; price: { amount: number } };
      }>;
    };
    expect(order.status).toBe('CONFIRMED');
    // The customer reads their own order, their own email included.
    expect(order.customer).toEqual({ id: customerId, name: 'Léa Dubois', email: 'lea@example.com' });
    expect(order.lines).toHaveLength(50);
    expect(order.lines[0]).toMatchObject({
      quantity: 2,
      sku: 'SKU-1',
      unitPrice: { amount: 100 },
      product: { sku: 'SKU-1', name: 'Product SKU-1', price: { amount: 100 } },
    });
    // 2 × (100 + 200 + … + 5000) cents, shipped free
    expect(order.total).toEqual({ amount: 2 * 100 * ((50 * 51) / 2), currency: 'EUR' });
  });

  it('resolves 50 product references with one SQL statement', async () => {
    await t.eventsSettled();
    statements.length = 0;
    const { body } = await postGraphQL(
      platform.router.url,
      orderQuery,
      { id: orderId },
      { authorization: `Bearer ${customerToken}` },
    );
    expect(body.errors).toBeUndefined();
    // The outbox relays poll in the background; only the request's own statements count here.
    const ownStatements = statements.filter(({ sql }) => !sql.includes('"outbox_message"'));
    const productReads = ownStatements.filter(
      ({ subgraph, sql }) => subgraph === 'catalog' && sql.includes('"product"'),
    );
    expect(productReads).toHaveLength(1);
    expect(ownStatements.filter(({ subgraph }) => subgraph === 'catalog')).toHaveLength(1);
    expect(ownStatements.filter(({ subgraph }) => subgraph === 'auth')).toHaveLength(1);
    // the order, then its 50 lines in one statement
    expect(ownStatements.filter(({ subgraph }) => subgraph === 'orders')).toHaveLength(2);
  });

  it('lists users with their orders and payments in five orders statements, however many users (batched)', async () => {
    const [mug] = await createProducts(t, [{ sku: 'MUG-USERS', amount: 900 }]);
    for (const email of ['ines@example.com', 'tom@example.com']) {
      const shopper = await signUp(t, email);
      await checkout(t, shopper, [{ productId: mug as string, quantity: 1 }]);
      await checkout(t, shopper, [{ productId: mug as string, quantity: 2 }]);
    }
    const admin = await signUp(t, 'orders-admin@comptoir.test', ['ADMIN']);
    await t.eventsSettled();
    statements.length = 0;
    const { body } = await postGraphQL<{
      users: { edges: Array<{ node: { email: string; orders: { totalCount: number; edges: unknown[] } } }> };
    }>(
      platform.router.url,
      '{ users(first: 10) { edges { node { email orders(first: 1) { totalCount edges { node { number status payment { status events { type } } } } } } } } }',
      {},
      { authorization: `Bearer ${admin.token}` },
    );
    expect(body.errors).toBeUndefined();
    const ordersOf = new Map(body.data?.users.edges.map(({ node }) => [node.email, node.orders]));
    expect(ordersOf.get('ines@example.com')).toMatchObject({
      totalCount: 2,
      edges: [{ node: { status: expect.any(String) } }],
    });
    expect(ordersOf.get('tom@example.com')?.totalCount).toBe(2);
    expect(ordersOf.get('lea@example.com')?.totalCount).toBe(1);
    const ordersStatements = statements.filter(
      ({ subgraph, sql }) => subgraph === 'orders' && !sql.includes('"outbox_message"'),
    );
    expect(ordersOf.get('ines@example.com')?.edges[0]).toMatchObject({ node: { payment: { status: 'AUTHORIZED' } } });
    // the page of each user (one window query), their counts, the rows, their payments, the payments' events
    expect(ordersStatements).toHaveLength(5);
  });

  it('reports live and ready on the router and on every subgraph, in one shape', async () => {
    const bases = [platform.router.url, ...[...platform.subgraphs.values()].map((subgraph) => subgraph.url)].map(
      (url) => url.replace(/\/graphql$/, ''),
    );
    for (const base of bases) {
      const response = await fetch(`${base}/health/ready`);
      expect(response.status, base).toBe(200);
      const { status, checks } = await response.json();
      expect(status, base).toBe('ready');
      expect(checks, base).not.toHaveLength(0);
      for (const check of checks) expect(check, base).toMatchObject({ name: expect.any(String), ok: true });
      expect(await (await fetch(`${base}/health/live`)).json(), base).toEqual({ status: 'live' });
    }
  });

  it('exposes request, database, outbox and consumer metrics', async () => {
    await t.eventsSettled();
    const metrics = await fetch(platform.subgraphs.get('orders')?.metricsUrl as string).then((r) => r.text());
    for (const series of [
      'graphql_request_duration_seconds_bucket',
      'db_statements_total',
      'db_pool_connections{state="idle",service="orders"}',
      'outbox_backlog{service="orders"} 0',
      'consumer_lag_messages{group="orders.catalog-prices",topic="product",service="orders"}',
    ]) {
      expect(metrics).toContain(series);
    }
    // One applied product event per product created so far (50, more once other tests ran).
    const applied =
      /events_handled_total\{group="orders.catalog-prices",outcome="applied",service="orders"\} (\d+)/.exec(metrics);
    expect(Number(applied?.[1])).toBeGreaterThanOrEqual(50);
    // The router names its subgraph fetches after the client's operation.
    expect(metrics).toMatch(
      /graphql_requests_total\{operation="OrderWithCustomerAndProducts__orders__\d+",outcome="ok",service="orders"\} [1-9]/,
    );
  });

  it('answers a malformed cursor with a client error, not a crash', async () => {
    const { body } = await postGraphQL(platform.router.url, '{ products(first: 2, after: "nope") { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
