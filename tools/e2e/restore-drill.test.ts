import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitOrderStatus,
  checkout,
  createProducts,
  type OrderView,
  type Shopper,
  signIn,
  signUp,
} from './checkout-fixtures.ts';
import { type FreshPostgresServer, startFreshPostgresServer } from './fresh-postgres-server.ts';

const run = promisify(execFile);

/*
 * The backup we have restored (k8s/README.md, Backups and restore): a platform with orders is
 * dumped with pg_dump (custom format, every subgraph's schema of the one database), the original
 * database is dropped, the dump is restored with pg_restore into a PostgreSQL server created for
 * the occasion (TLS only, reached with sslmode=verify-full), and a platform started on it reads
 * the same orders through the router, signs the same customer in and takes a new order.
 */
describe('restore drill', () => {
  let source: TestPlatform | undefined;
  let restored: TestPlatform | undefined;
  let server: FreshPostgresServer | undefined;
  let dumpDir: string | undefined;

  afterAll(async () => {
    await source?.stop();
    await restored?.stop();
    await server?.stop();
    if (dumpDir) await rm(dumpDir, { recursive: true, force: true });
  });

  const MY_ORDERS = /* GraphQL */ `{ myOrders(first: 10) { edges { node {
    id number status cancellationReason
    subtotal { amount currency } shipping { amount currency } total { amount currency }
    lines { sku quantity unitPrice { amount currency } lineTotal { amount currency } }
  } } } }`;
  type OrderSummary = Pick<OrderView, 'id' | 'number' | 'status' | 'total'>;
  const myOrders = async (t: TestPlatform, shopper: Shopper) => {
    const { body } = await t.graphql<{ myOrders: { edges: Array<{ node: OrderSummary }> } }>(
      MY_ORDERS,
      {},
      { token: shopper.token },
    );
    if (!body.data) throw new Error(`myOrders failed: ${JSON.stringify(body.errors)}`);
    return body.data.myOrders.edges.map((edge) => edge.node);
  };

  it(
    'restores a dump into a fresh server, where the platform reads the same orders',
    async () => {
      source = await startTestPlatform({ subgraphs });
      const [lamp, vase] = (await createProducts(source, [
        { sku: 'DRILL-LAMP', amount: 4250, stock: 10 },
        { sku: 'DRILL-VASE', amount: 1990, stock: 10 },
      ])) as [string, string];
      const shopper = await signUp(source, 'drill@example.com');
      const kept = await checkout(source, shopper, [
        { productId: lamp, quantity: 2 },
        { productId: vase, quantity: 1 },
      ]);
      await awaitOrderStatus(source, shopper, kept.id, 'CONFIRMED');
      const cancelled = await checkout(source, shopper, [{ productId: vase, quantity: 3 }]);
      await awaitOrderStatus(source, shopper, cancelled.id, 'CONFIRMED');
      const { body: cancelling } = await source.graphql<{ cancelOrder: { userErrors: unknown[] } }>(
        'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { userErrors { code } } }',
        { id: cancelled.id },
        { token: shopper.token },
      );
      expect(cancelling.data?.cancelOrder.userErrors).toEqual([]);
      await awaitOrderStatus(source, shopper, cancelled.id, 'CANCELLED');
      await source.eventsSettled();
      const before = await myOrders(source, shopper);
      expect(before.map(({ id, status }) => ({ id, status }))).toEqual([
        { id: cancelled.id, status: 'CANCELLED' },
        { id: kept.id, status: 'CONFIRMED' },
      ]);

      server = await startFreshPostgresServer();
      dumpDir = await mkdtemp(join(tmpdir(), 'comptoir-dump-'));
      const dump = join(dumpDir, 'comptoir.dump');
      // An online dump, taken while the platform runs: one consistent snapshot of every schema.
      await run(server.bin('pg_dump'), ['--format=custom', `--file=${dump}`, `--dbname=${source.databaseUrl}`]);
      await source.stop();
      source = undefined;

      // Into a new database of a new server, owned by whoever restores it (--no-owner): the
      // restore needs none of the source's roles.
      await run(server.bin('psql'), ['--dbname', server.url('postgres'), '-c', 'create database comptoir']);
      await run(server.bin('pg_restore'), [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${server.url('comptoir')}`,
        dump,
      ]);

      restored = await startTestPlatform({ subgraphs, databaseUrl: server.url('comptoir') });
      const rows = await restored
        .em('orders')
        .getConnection()
        .execute<Array<{ ssl: boolean }>>('select ssl from pg_stat_ssl where pid = pg_backend_pid()');
      expect(rows).toEqual([{ ssl: true }]);
      // Auth's restored password hash signs the customer in; orders answer as before, to the cent.
      const again: Shopper = { id: shopper.id, token: await signIn(restored, 'drill@example.com') };
      expect(await myOrders(restored, again)).toEqual(before);

      // Counters came back too: a new order takes the next number, none of the restored ones.
      const next = await checkout(restored, again, [{ productId: lamp, quantity: 1 }]);
      expect(before.map((order) => order.number)).not.toContain(next.number);
      expect(next.subtotal).toEqual({ amount: 4250, currency: 'EUR' });
    },
    8 * 60_000,
  );
});
