import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../tools/e2e/checkout-fixtures.ts';
import { subgraphs } from '../../../tools/src/subgraphs.ts';
import {
  AssignCarrierDocument,
  AssignDeliveryToCarrierDocument,
  type ComptoirClient,
  CreatePartnerOrganizationDocument,
  createComptoirClient,
  DeliveriesDocument,
  IssuePartnerTokenDocument,
  memorySessionStore,
  OrderDocument,
  SellerProductDocument,
  SetUserRolesDocument,
  TrackDeliveryDocument,
} from '../src/index.ts';
import { password } from './fixtures.ts';

const run = promisify(execFile);
const examples = join(import.meta.dirname, '../examples');

/*
 * The examples as partners and shoppers run them: each a real `node` process talking to a real
 * platform through the router, its effects checked in the API afterwards.
 */
describe('the SDK examples', () => {
  let t: TestPlatform;
  let admin: ComptoirClient;
  let folder: string;
  let accounts = 0;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs });
    folder = await mkdtemp(join(tmpdir(), 'comptoir-examples-'));
    await signUp(t, 'admin@comptoir.test', ['ADMIN']);
    admin = await signedIn('admin@comptoir.test');
  });
  afterAll(async () => {
    await t?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** An SDK client signed in as that account. */
  async function signedIn(email: string): Promise<ComptoirClient> {
    const client = createComptoirClient({ endpoint: t.url, auth: { session: memorySessionStore() } });
    const { session, userErrors } = await client.signIn({ email, password });
    if (!session) throw new Error(`cannot sign in ${email}: ${JSON.stringify(userErrors)}`);
    return client;
  }

  /** A new account, registered through the API as shoppers register. */
  async function registeredAccount(): Promise<{ id: string; email: string }> {
    accounts += 1;
    const email = `account-${accounts}@example.com`;
    const client = createComptoirClient({ endpoint: t.url, auth: { session: memorySessionStore() } });
    const { user, userErrors } = await client.register({ email, password, name: `Account ${accounts}` });
    if (!user) throw new Error(`cannot register ${email}: ${JSON.stringify(userErrors)}`);
    return { id: user.id, email };
  }

  /** An organisation and a `cpt_` token of a PARTNER user for it, issued by the administrator. */
  async function partner(name: string, kind: 'CARRIER' | 'SELLER') {
    const created = await admin.request(CreatePartnerOrganizationDocument, { input: { name, kind } });
    const organizationId = created.createPartnerOrganization.organization?.id as string;
    const user = await registeredAccount();
    await admin.request(SetUserRolesDocument, { input: { userId: user.id, roles: ['PARTNER'] } });
    // Catalog and deliveries learn of the organisation from auth's event.
    await t.eventsSettled();
    const scopes = [kind === 'CARRIER' ? 'deliveries:write' : 'catalog:write'];
    const issued = await admin.request(IssuePartnerTokenDocument, {
      input: { userId: user.id, organizationId, name: 'examples', scopes },
    });
    return { organizationId, token: issued.issuePartnerToken.token as string };
  }

  /** Runs an example; its exit code and output, whatever the code. */
  async function example(file: string, args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout } = await run('node', [join(examples, file), ...args], {
        env: { ...process.env, COMPTOIR_ENDPOINT: t.url, ...env },
      });
      return { code: 0, lines: stdout.trim().split('\n') };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, lines: `${failed.stdout}${failed.stderr}`.trim().split('\n') };
    }
  }

  async function csv(name: string, text: string): Promise<string> {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  }

  /** The seller imports one product shoppers can buy, and every subgraph has heard of it. */
  async function sellerProduct(sku: string, nameEn: string, token: string): Promise<void> {
    const file = await csv(
      `${sku}.csv`,
      `sku,nameFr,nameEn,price,currency,stock\n${sku},${nameEn},${nameEn},2500,EUR,10\n`,
    );
    expect((await example('seller-import.ts', [file], { COMPTOIR_PARTNER_TOKEN: token })).code).toBe(0);
    await t.eventsSettled();
  }

  /**
   * An order a new shopper placed with the mobile flow, of a product a new seller imported, its
   * delivery handed to a new carrier that then created the label.
   */
  async function labelledOrder(product: string) {
    const seller = await partner(`${product} Seller`, 'SELLER');
    const sku = `${product.toUpperCase()}-1`;
    await sellerProduct(sku, product, seller.token);
    const { email } = await registeredAccount();
    const flow = await example('mobile-flow.ts', ['--email', email, '--password', password, '--search', product]);
    expect(flow).toMatchObject({ code: 0 });
    const orderId = flow.lines.at(-1)?.replace('order id ', '') as string;
    const { order } = await (await signedIn(email)).request(OrderDocument, { id: orderId });
    const deliveryId = order?.delivery?.id as string;

    const carrier = await partner(`${product} Carrier`, 'CARRIER');
    await admin.request(AssignDeliveryToCarrierDocument, {
      input: { deliveryId, carrierOrganizationId: carrier.organizationId },
    });
    const asCarrier = createComptoirClient({ endpoint: t.url, auth: { partnerToken: carrier.token } });
    const trackingNumber = `${product.toUpperCase()}-0001`;
    const { assignCarrier } = await asCarrier.request(AssignCarrierDocument, {
      input: { deliveryId, carrier: `${product} Carrier`, trackingNumber },
    });
    return { sku, order, deliveryId, trackingNumber, carrier, asCarrier, labelled: assignCarrier.delivery };
  }

  it('imports a seller’s products, creating then updating them, and reports bad rows', async () => {
    const seller = await partner('Maison Import', 'SELLER');
    const asSeller = { COMPTOIR_PARTNER_TOKEN: seller.token };
    const first = await csv(
      'products.csv',
      [
        'sku,nameFr,nameEn,price,currency,stock,category',
        'IMP-LAMP,Lampe,Lamp,8900,EUR,25,',
        'IMP-MUG,Tasse,Mug,1450,EUR,120,',
        'IMP-NEGATIVE,Prix négatif,Negative price,-5,EUR,1,',
        'IMP-WORDS,Prix en lettres,Price in words,dix,EUR,1,',
        'IMP-NOCAT,Sans rayon,No category,100,EUR,1,nowhere',
      ].join('\n'),
    );
    const imported = await example('seller-import.ts', [first], asSeller);
    expect(imported.code).toBe(1);
    expect(imported.lines).toEqual([
      'row 2 IMP-LAMP: created',
      'row 3 IMP-MUG: created',
      expect.stringMatching(/^row 4 IMP-NEGATIVE: error: .*\(input\.price\.amount\)/),
      'row 5 IMP-WORDS: error: price dix is not a whole number of minor units',
      'row 6 IMP-NOCAT: error: no category nowhere',
      '5 rows: 2 imported, 3 failed',
    ]);

    const second = await csv(
      'products-2.csv',
      'sku,nameFr,nameEn,price,currency,stock\nIMP-LAMP,Lampe,Brass lamp,9900,EUR,7\n',
    );
    expect(await example('seller-import.ts', [second], asSeller)).toEqual({
      code: 0,
      lines: ['row 2 IMP-LAMP: updated', '1 rows: 1 imported, 0 failed'],
    });
    const { product } = await admin.request(SellerProductDocument, { slug: 'imp-lamp' });
    expect(product).toMatchObject({
      sku: 'IMP-LAMP',
      name: 'Brass lamp',
      price: { amount: 9900, currency: 'EUR' },
      stock: { onHand: 7 },
      seller: { id: seller.organizationId },
    });
  });

  it('takes a shopper from browsing to an order whose delivery is trackable', async () => {
    const { sku, order, trackingNumber } = await labelledOrder('Kettle');
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      lines: [{ sku, quantity: 1 }],
      delivery: { status: 'PENDING' },
    });

    const anonymous = createComptoirClient({ endpoint: t.url });
    const postalCode = order?.shippingAddress.postalCode as string;
    const { trackDelivery } = await anonymous.request(TrackDeliveryDocument, { trackingNumber, postalCode });
    expect(trackDelivery).toMatchObject({ carrier: 'Kettle Carrier', status: 'LABEL_CREATED' });
  }, 120_000);

  it('applies a carrier’s tracking events once: running it again changes nothing', async () => {
    const { deliveryId, trackingNumber, carrier, asCarrier, labelled } = await labelledOrder('Vase');
    // The carrier's events follow the label, and none is in the future.
    const labelledAt = Date.parse(labelled?.timeline.at(-1)?.occurredAt as string);
    const afterLabel = (ms: number) => new Date(labelledAt + ms).toISOString();
    const events = await csv(
      'tracking-events.csv',
      [
        'deliveryId,trackingNumber,status,location,occurredAt,message',
        `,${trackingNumber},IN_TRANSIT,Paris hub,${afterLabel(1)},Picked up`,
        `${deliveryId},,OUT_FOR_DELIVERY,Lyon depot,${afterLabel(2)},With the driver`,
        `,${trackingNumber},DELIVERED,Lyon,${afterLabel(3)},Left with the recipient`,
        `,UNKNOWN-0001,IN_TRANSIT,Paris hub,${afterLabel(1)},`,
      ].join('\n'),
    );
    const asCarrierEnv = { COMPTOIR_PARTNER_TOKEN: carrier.token };
    expect(await example('carrier-tracking.ts', [events], asCarrierEnv)).toEqual({
      code: 1,
      lines: [
        `row 2 ${trackingNumber} IN_TRANSIT: applied: delivery IN_TRANSIT`,
        `row 3 ${deliveryId} OUT_FOR_DELIVERY: applied: delivery OUT_FOR_DELIVERY`,
        `row 4 ${trackingNumber} DELIVERED: applied: delivery DELIVERED`,
        'row 5 UNKNOWN-0001 IN_TRANSIT: error: no delivery of yours is UNKNOWN-0001',
        '4 rows: 3 applied, 0 already there, 1 failed',
      ],
    });
    const delivered = (await asCarrier.request(DeliveriesDocument, {})).deliveries.edges[0]?.node;
    expect(delivered?.timeline.map((event) => event.status)).toEqual([
      'PENDING',
      'LABEL_CREATED',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);

    const again = await example('carrier-tracking.ts', [events], asCarrierEnv);
    expect(again.lines.at(-1)).toBe('4 rows: 0 applied, 3 already there, 1 failed');
    expect((await asCarrier.request(DeliveriesDocument, {})).deliveries.edges[0]?.node).toEqual(delivered);
  }, 120_000);
});
