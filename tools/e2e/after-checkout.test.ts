import { OutboxMessage, waitFor } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import {
  awaitOrderStatus,
  checkout,
  createProducts,
  fillBasket,
  type OrderView,
  readOrder,
  type Shopper,
  signUp,
  stockOf,
} from './checkout-fixtures.ts';

type UserErrors = Array<{ code: string }>;

/*
 * What only the whole platform can show: fields the router joins across subgraphs, and one
 * domain's events moving another's state. Each subgraph's own rules are tested beside it.
 */
describe('after checkout, across domains, through the router', () => {
  let t: TestPlatform;
  let lamp: string;
  const carrierOrganization = uuidv7();
  let carrierToken: string;
  let staffToken: string;

  const carrier = async (mutation: string, input: Record<string, unknown>) => {
    const { body } = await t.graphql<Record<string, { delivery: { status: string } | null; userErrors: UserErrors }>>(
      `mutation ($input: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { delivery { status } userErrors { code } } }`,
      { input },
      { token: carrierToken },
    );
    const payload = body.data?.[mutation];
    expect(payload?.userErrors).toEqual([]);
    return payload?.delivery?.status;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs });
    [lamp] = (await createProducts(t, [{ sku: 'E2E-LAMP', amount: 2500, stock: 20 }])) as [string];
    carrierToken = await t.token({
      sub: uuidv7(),
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: carrierOrganization, kind: 'CARRIER' },
    });
    staffToken = await t.token({ sub: uuidv7(), roles: ['ADMIN'], scope: 'deliveries:admin' });
    await t.deliver({
      type: 'partner_organization.created',
      subject: carrierOrganization,
      data: { organizationId: carrierOrganization, name: 'Colissimo', kind: 'CARRIER' },
    });
  });
  afterAll(() => t?.stop());

  const newShopper = (() => {
    let shoppers = 0;
    return () => signUp(t, `shopper-${++shoppers}@example.com`);
  })();

  it('names basket lines with the catalog’s product names', async () => {
    const shopper = await newShopper();
    await fillBasket(t, shopper, [{ productId: lamp, quantity: 1 }]);
    const { body } = await t.graphql<{ basket: { items: Array<{ product: { id: string; name: string } }> } }>(
      '{ basket { items { product { id name } } } }',
      {},
      { token: shopper.token },
    );
    expect(body.data?.basket.items).toEqual([{ product: { id: lamp, name: 'Product E2E-LAMP' } }]);
  });

  it('a carrier ships and delivers the order: the order follows, and the stock leaves the shelf', async () => {
    const shopper = await newShopper();
    const before = await stockOf(t, lamp);
    const order = await checkout(t, shopper, [{ productId: lamp, quantity: 2 }]);
    await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');

    const deliveryOf = async () =>
      (
        (await readOrder(t, shopper, order.id, 'delivery { id status }')) as unknown as {
          delivery: { id: string; status: string } | null;
        }
      ).delivery;
    await waitFor(async () => (await deliveryOf()) !== null, 'deliveries opened a delivery for the confirmed order');
    const delivery = await deliveryOf();
    const deliveryId = delivery?.id as string;
    expect(delivery).toEqual({ id: deliveryId, status: 'PENDING' });

    const assigned = await t.graphql<{ assignDeliveryToCarrier: { userErrors: UserErrors } }>(
      'mutation ($input: AssignDeliveryToCarrierInput!) { assignDeliveryToCarrier(input: $input) { userErrors { code } } }',
      { input: { deliveryId, carrierOrganizationId: carrierOrganization } },
      { token: staffToken },
    );
    expect(assigned.body.data?.assignDeliveryToCarrier.userErrors).toEqual([]);
    const trackingNumber = `E2E-${uuidv7()}`;
    expect(await carrier('assignCarrier', { deliveryId, carrier: 'Colissimo', trackingNumber })).toBe('LABEL_CREATED');
    expect(await carrier('addTrackingEvent', { deliveryId, status: 'IN_TRANSIT', location: 'Paris' })).toBe(
      'IN_TRANSIT',
    );
    await awaitOrderStatus(t, shopper, order.id, 'SHIPPED');
    await waitFor(
      async () => (await stockOf(t, lamp))?.onHand === (before?.onHand ?? 0) - 2,
      'catalog took 2 off the shelf',
    );
    expect(await stockOf(t, lamp)).toEqual({
      onHand: (before?.onHand ?? 0) - 2,
      reserved: before?.reserved,
      available: (before?.available ?? 0) - 2,
    });

    expect(await carrier('markDelivered', { deliveryId, location: 'Paris 11e' })).toBe('DELIVERED');
    const delivered = await awaitOrderStatus(t, shopper, order.id, 'DELIVERED');
    expect(delivered.statusHistory.map((step) => step.status)).toEqual(['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
    expect(await readOrder(t, shopper, order.id, 'delivery { status }')).toEqual({ delivery: { status: 'DELIVERED' } });
  });

  it('shows the order’s number on a ticket about it', async () => {
    const shopper = await newShopper();
    const order = await checkout(t, shopper, [{ productId: lamp, quantity: 1 }]);
    let opened: { ticket: { order: { id: string; number: string } } | null; userErrors: UserErrors } | undefined;
    // Support learns who owns the order from order.placed; until then the order is not the shopper's.
    await waitFor(async () => {
      const { body } = await t.graphql<{ openTicket: NonNullable<typeof opened> }>(
        'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { ticket { order { id number } } userErrors { code } } }',
        { input: { subject: 'Colis', category: 'ORDER', message: 'Où est mon colis ?', orderId: order.id } },
        { token: shopper.token },
      );
      opened = body.data?.openTicket;
      return opened?.ticket !== null;
    }, 'support knows the order is the shopper’s');
    expect(opened?.ticket?.order).toEqual({ id: order.id, number: order.number });
  });

  it('gives one outcome when the customer cancels while the stock is being reserved, and the stock comes back', async () => {
    const shopper: Shopper = await newShopper();
    const before = await stockOf(t, lamp);
    const order = await checkout(t, shopper, [{ productId: lamp, quantity: 1 }]);
    const { body } = await t.graphql<{ cancelOrder: { userErrors: UserErrors } }>(
      'mutation ($id: ID!) { cancelOrder(input: { orderId: $id }) { userErrors { code } } }',
      { id: order.id },
      { token: shopper.token },
    );
    expect(body.data?.cancelOrder.userErrors).toEqual([]);

    await waitFor(
      async () => (await t.em('catalog').count(OutboxMessage, { key: order.id, type: 'stock.reserved' })) === 1,
      'catalog decided',
    );
    await waitFor(async () => (await stockOf(t, lamp))?.available === before?.available, 'catalog released the stock');
    expect(await stockOf(t, lamp)).toEqual(before);

    const final = (await readOrder(t, shopper, order.id)) as OrderView;
    expect(final.status).toBe('CANCELLED');
    // Cancelled at once if the cancellation came first, else once the new delivery accepted it.
    expect([
      ['PLACED', 'CANCELLED'],
      ['PLACED', 'CONFIRMED', 'CANCELLATION_REQUESTED', 'CANCELLED'],
    ]).toContainEqual(final.statusHistory.map((step) => step.status));
    expect(await t.em('orders').count(OutboxMessage, { key: order.id, type: 'order.cancelled' })).toBe(1);
  });
});
