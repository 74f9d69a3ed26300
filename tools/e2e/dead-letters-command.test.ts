import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { execute } from '@comptoir/kit';
import { orders, ProductPrice } from '@comptoir/orders';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const command = join(import.meta.dirname, '../src/dead-letters.ts');

// `pnpm dead-letters` on a subgraph whose consumer dead-lettered an event for real: orders' price
// read model refused by its database (a trigger standing in for a bug), then fixed.
// Each run of the command is a node process loading every subgraph: seconds apiece on a busy machine.
describe('pnpm dead-letters', { timeout: 180_000 }, () => {
  let t: TestPlatform;
  let databaseUrl: string;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [orders], env: { EVENT_MAX_ATTEMPTS: '2', EVENT_RETRY_BASE_MS: '10' } });
    databaseUrl = t.subgraph('orders').orm.config.get('clientUrl') as string;
  });
  afterAll(() => t?.stop());

  /** Runs the command on the platform's database; its exit code and output. */
  async function deadLetters(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
    try {
      const { stdout, stderr } = await run('node', [command, ...args, '--subgraph', 'orders'], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('lists a dead letter by group, replays it once after the fix, and shows it replayed', async () => {
    const em = t.em('orders');
    await execute(
      em,
      `create function orders.refuse_prices() returns trigger language plpgsql as $$
       begin raise exception 'prices are read-only today'; end $$`,
    );
    await execute(
      em,
      'create trigger refuse_prices before insert or update on orders.product_price for each row execute function orders.refuse_prices()',
    );
    const productId = uuidv7();
    // In-process, this resolves once orders handled it: here, gave up on it.
    const event = await t.deliver({
      type: 'product.created',
      subject: productId,
      data: {
        productId,
        sku: 'DLQ-LAMP',
        name: 'Lamp',
        nameFr: 'Lampe',
        price: { amount: 1200, currency: 'EUR' },
        status: 'ACTIVE',
      },
    });

    const listed = await deadLetters('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('orders · orders.catalog-prices: 1 dead letter(s), 1 not replayed');
    expect(listed.stdout).toContain('product.created');
    expect(listed.stdout).toContain('prices are read-only today');
    const id = /^ {2}(\S+) /m.exec(listed.stdout)?.[1] as string;
    expect((await deadLetters('list', '--group', 'orders.other')).stdout).toBe(
      'no dead letters of group orders.other\n',
    );

    const beforeFix = await deadLetters('replay', id);
    expect(beforeFix.code).toBe(1);
    expect(beforeFix.stdout).toContain(`${id} product.created: failed:`);
    expect(beforeFix.stderr).toContain('1 dead letter(s) not replayed');

    await execute(em, 'drop trigger refuse_prices on orders.product_price');
    const replayed = await deadLetters('replay', '--group', 'orders.catalog-prices');
    expect(replayed).toMatchObject({
      code: 0,
      stdout: `orders orders.catalog-prices ${id} product.created: applied\n`,
    });
    expect(await t.em('orders').findOneOrFail(ProductPrice, { productId })).toMatchObject({
      amount: 1200,
      productVersion: event.aggregateVersion,
    });

    const again = await deadLetters('replay', id);
    expect(again.stdout).toContain('already-replayed');
    expect((await deadLetters('replay', '--group', 'orders.catalog-prices')).stdout).toBe(
      'no dead letter of group orders.catalog-prices\n',
    );
    const unknown = uuidv7();
    expect(await deadLetters('replay', unknown)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`no such dead letter: ${unknown}`),
    });
    expect((await deadLetters('list')).stdout).toContain('1 dead letter(s), 0 not replayed');
  });

  it('refuses unclear arguments with one line', async () => {
    expect(await deadLetters('replay')).toMatchObject({ code: 1, stderr: expect.stringContaining('replay takes') });
    expect(await deadLetters('replay', 'not-an-id')).toMatchObject({
      code: 1,
      stderr: 'comptoir: not dead letter ids: not-an-id\n',
    });
    expect(await deadLetters('purge')).toMatchObject({ code: 1, stderr: expect.stringContaining('usage:') });
  });
});
