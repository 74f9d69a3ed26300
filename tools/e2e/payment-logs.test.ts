import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@comptoir/kit';
import { postGraphQL } from '@comptoir/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedProcess, startEmbedded, stopEmbedded } from './embedded-process.ts';

/**
 * A card number's shape: 13 to 19 digits in a row, on their own or after a separator
 * (`tok_4242…`); digits ending a word are no card number (migration names are timestamps).
 */
const panPattern = /(^|[^0-9A-Za-z])\d{13,19}(\D|$)/;

/*
 * Card data never reaches a log line (issue 13): the embedded default at debug level, its demo
 * order paid with the approved test card, then checkouts with a declined and a 3-D Secure card
 * through the API. The test cards' tokens hold their numbers (tok_<number>), so one logged
 * anywhere (a request, an event, an error) would show.
 */
describe('payments leave no card number in the logs', () => {
  let dataDir: string;
  let embedded: EmbeddedProcess | undefined;
  afterAll(async () => {
    if (embedded?.child.exitCode === null) embedded.child.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('logs no 13 to 19 digit run at debug level through checkouts with test cards', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'comptoir-payment-logs-'));
    embedded = await startEmbedded(dataDir, 'debug');
    const { url } = embedded;
    const signIn = await postGraphQL<{ login: { session: { accessToken: string } } }>(
      url,
      'mutation { login(input: { email: "jordan@example.com", password: "jordan-comptoir-2026" }) { session { accessToken } } }',
    );
    const headers = { authorization: `Bearer ${signIn.body.data?.login.session.accessToken}` };
    const products = await postGraphQL<{ products: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ products(first: 50) { edges { node { id stock { available } } } } }',
    );
    const productId = products.body.data?.products.edges[0]?.node.id as string;

    const orderIds: string[] = [];
    for (const token of ['tok_4000000000000002', 'tok_4000000000003220', 'tok_4242424242424242']) {
      const added = await postGraphQL<{ addBasketItem: { basket: { version: number } } }>(
        url,
        'mutation ($id: ID!) { addBasketItem(input: { productId: $id }) { basket { version } userErrors { code } } }',
        { id: productId },
        headers,
      );
      const basketVersion = added.body.data?.addBasketItem.basket.version;
      const placed = await postGraphQL<{ placeOrder: { order: { id: string }; userErrors: unknown[] } }>(
        url,
        `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }`,
        {
          input: {
            idempotencyKey: `payment-logs-${token}`,
            basketVersion,
            payment: { token },
            shippingAddress: {
              name: 'Jordan Lee',
              line1: '1 rue Neuve',
              postalCode: '75001',
              city: 'Paris',
              country: 'FR',
            },
          },
        },
        headers,
      );
      expect(placed.body.data?.placeOrder.userErrors).toEqual([]);
      const orderId = placed.body.data?.placeOrder.order.id as string;
      orderIds.push(orderId);
      await waitFor(async () => {
        const read = await postGraphQL<{ order: { payment: { status: string } } }>(
          url,
          'query ($id: ID!) { order(id: $id) { payment { status } } }',
          { id: orderId },
          headers,
        );
        return read.body.data?.order.payment.status !== 'PENDING';
      }, `the payment of the order paid with ${token} was decided`);
    }
    expect(await stopEmbedded(embedded.child)).toBe(0);

    const lines = embedded
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    // Debug level: requests and events were logged, so the absence below means something.
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => panPattern.test(line))).toEqual([]);
  }, 240_000);
});
