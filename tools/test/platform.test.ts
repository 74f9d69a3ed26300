import { createAccount } from '@comptoir/auth';
import { createProduct } from '@comptoir/catalog';
import { waitFor } from '@comptoir/kit';
import { createScratchDatabase, postGraphQL, testEnv, testServerUrl } from '@comptoir/kit/testing';
import { ProductPrice, recordOrder } from '@comptoir/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPlatform, startPlatform } from '../src/platform.ts';
import { productInput } from './product-fixtures.ts';

// The whole platform on real PostgreSQL, queried through the router, events in-process.
describe('platform through the router', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let platform: RunningPlatform;
  const statements: Array<{ subgraph: string; sql: string }> = [];
  let orderId: string;
  let customerId: string;

  beforeAll(async () => {
    database = await createScratchDatabase(testServerUrl);
    platform = await startPlatform({
      env: testEnv(database.url),
      routerPort: 0,
      onQuery: (subgraph, sql) => statements.push({ subgraph, sql }),
    });
    const subgraph = (name: string) => platform.subgraphs.get(name)?.orm.em.fork() as never;

    const customer = await platform.subgraphs
      .get('auth')
      ?.orm.em.fork()
      .transactional((em) =>
        createAccount(em, {
          email: 'Lea@Example.com',
          name: 'Léa Dubois',
          password: 'a long password',
          roles: ['CUSTOMER'],
        }),
      );
    if (!customer) throw new Error('no auth subgraph');
    customerId = customer.id;
    const products = [];
    for (let i = 1; i <= 50; i++) {
      const { product } = await createProduct(
        { em: subgraph('catalog'), traceparent: undefined },
        productInput(`SKU-${i}`, 100 * i),
      );
      products.push(product);
    }
    // Orders prices from its own read model, filled by catalog's events.
    const orders = platform.subgraphs.get('orders');
    await waitFor(async () => (await orders?.orm.em.fork().count(ProductPrice, {})) === 50, 'orders knows 50 prices');
    const order = await recordOrder(
      { em: subgraph('orders') },
      { customerId, lines: products.map((product) => ({ productId: product.id, quantity: 2 })) },
    );
    orderId = order.id;
  });

  afterAll(async () => {
    await platform?.stop();
    await database?.drop();
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
    const { status, body } = await postGraphQL<{ order: Record<string, never> }>(platform.router.url, orderQuery, {
      id: orderId,
    });
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
    expect(order.status).toBe('PLACED');
    // An anonymous caller sees the customer's name, never their email.
    expect(order.customer).toEqual({ id: customerId, name: 'Léa Dubois', email: null });
    expect(order.lines).toHaveLength(50);
    expect(order.lines[0]).toMatchObject({
      quantity: 2,
      sku: 'SKU-1',
      unitPrice: { amount: 100 },
      product: { sku: 'SKU-1', name: 'Product SKU-1', price: { amount: 100 } },
    });
    // 2 × (100 + 200 + … + 5000) cents
    expect(order.total).toEqual({ amount: 2 * 100 * ((50 * 51) / 2), currency: 'EUR' });
  });

  it('resolves 50 product references with one SQL statement', async () => {
    statements.length = 0;
    const { body } = await postGraphQL(platform.router.url, orderQuery, { id: orderId });
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

  it('reports ready on the router and on every subgraph', async () => {
    const readiness = [platform.router.url, ...[...platform.subgraphs.values()].map((subgraph) => subgraph.url)].map(
      (url) => url.replace(/\/graphql$/, '/health/ready'),
    );
    for (const url of readiness) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
    }
  });

  it('exposes request, database, outbox and consumer metrics', async () => {
    const metrics = await fetch(platform.subgraphs.get('orders')?.url.replace('/graphql', '/metrics') as string).then(
      (r) => r.text(),
    );
    for (const series of [
      'graphql_request_duration_seconds_bucket',
      'db_statements_total',
      'db_pool_connections{state="idle",service="orders"}',
      'outbox_backlog{service="orders"} 0',
      'events_handled_total{group="orders.catalog-prices",outcome="applied",service="orders"} 50',
      'consumer_lag_messages{group="orders.catalog-prices",topic="product",service="orders"}',
    ]) {
      expect(metrics).toContain(series);
    }
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
