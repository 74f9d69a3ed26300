import { randomUUID } from 'node:crypto';
import { deliveries, TrackingEvent } from '@comptoir/deliveries';
import { OutboxMessage } from '@comptoir/kit';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderConfirmed } from './order-events.ts';

type UserErrors = Array<{ field: string | null; code: string }>;
interface DeliveryView {
  id: string;
  status: string;
  orderNumber: string;
  shippingAddress: { postalCode: string };
  carrierOrganization: { id: string } | null;
  order: { id: string } | null;
}
const DELIVERY = 'id status orderNumber shippingAddress { postalCode } carrierOrganization { id } order { id }';

// Carriers are partner organisations: staff hand each delivery to one, and only that one reads
// and moves it; another carrier's token finds nothing and changes nothing.
describe('deliveries assigned to carrier organisations', () => {
  let t: TestPlatform;
  const carrierA = randomUUID();
  const carrierB = randomUUID();
  const sellerOrganization = randomUUID();
  let tokenA: string;
  let tokenB: string;
  let staff: string;
  let seller: string;
  const customer = randomUUID();
  let customerToken: string;

  const carrierToken = (org: string) =>
    t.token({ sub: randomUUID(), roles: ['PARTNER'], scope: 'deliveries:write', org: { id: org, kind: 'CARRIER' } });

  const mutate = async (name: string, input: Record<string, unknown>, token: string) => {
    const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const { body } = await t.graphql<Record<string, { delivery: DeliveryView | null; userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { delivery { ${DELIVERY} } userErrors { field code } } }`,
      { input },
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.[name] as { delivery: DeliveryView | null; userErrors: UserErrors };
  };

  const listed = async (token: string) => {
    const { body } = await t.graphql<{ deliveries: { edges: Array<{ node: DeliveryView }> } }>(
      `{ deliveries(first: 100) { edges { node { ${DELIVERY} } } } }`,
      {},
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.deliveries.edges.map((edge) => edge.node) ?? [];
  };

  /** A delivery as the router would fetch it by reference for `token`'s holder. */
  const referenced = async (id: string, token: string) => {
    const { body } = await t.subgraphGraphql<{ _entities: Array<DeliveryView | null> }>(
      'deliveries',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Delivery { ${DELIVERY} } } }`,
      { r: [{ __typename: 'Delivery', id }] },
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?._entities[0] ?? null;
  };

  const pendingDelivery = async () => {
    const confirmed = orderConfirmed(customer);
    await t.deliver(confirmed);
    const delivery = (await listed(staff)).find((candidate) => candidate.orderNumber === confirmed.data.number);
    expect(delivery?.status).toBe('PENDING');
    return delivery as DeliveryView;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [deliveries] });
    for (const [organizationId, kind] of [
      [carrierA, 'CARRIER'],
      [carrierB, 'CARRIER'],
      [sellerOrganization, 'SELLER'],
    ] as const) {
      await t.deliver({
        type: 'partner_organization.created',
        subject: organizationId,
        data: { organizationId, name: `Partner ${organizationId}`, kind },
      });
    }
    tokenA = await carrierToken(carrierA);
    tokenB = await carrierToken(carrierB);
    staff = await t.token({
      sub: randomUUID(),
      roles: ['ADMIN'],
      scope: 'deliveries:write deliveries:admin orders:read',
    });
    seller = await t.token({
      sub: randomUUID(),
      roles: ['PARTNER'],
      scope: 'catalog:write',
      org: { id: sellerOrganization, kind: 'SELLER' },
    });
    customerToken = await t.token({ sub: customer, roles: ['CUSTOMER'] });
  });
  afterAll(() => t?.stop());

  it('lets only the carrier a delivery is assigned to move it; another carrier changes nothing', async () => {
    const delivery = await pendingDelivery();
    const label = { deliveryId: delivery.id, carrier: 'Colis Express', trackingNumber: `CE-${randomUUID()}` };

    // Unassigned: no carrier may take it, nor hand it to itself.
    expect((await mutate('assignCarrier', label, tokenA)).userErrors).toEqual([
      { field: 'input.deliveryId', code: 'DELIVERY_NOT_FOUND' },
    ]);
    const selfAssigned = await t.graphql(
      'mutation ($input: AssignDeliveryToCarrierInput!) { assignDeliveryToCarrier(input: $input) { userErrors { code } } }',
      { input: { deliveryId: delivery.id, carrierOrganizationId: carrierA } },
      { token: tokenA },
    );
    expect(selfAssigned.status).toBe(403);

    const assigned = await mutate(
      'assignDeliveryToCarrier',
      { deliveryId: delivery.id, carrierOrganizationId: carrierA },
      staff,
    );
    expect(assigned.userErrors).toEqual([]);
    expect(assigned.delivery).toMatchObject({ status: 'PENDING', carrierOrganization: { id: carrierA } });

    // Carrier B: every move is refused as for a delivery that does not exist, and nothing changes.
    const em = t.em('deliveries');
    const eventsBefore = await em.count(OutboxMessage, { key: delivery.id });
    const stepsBefore = await em.count(TrackingEvent, { delivery: delivery.id });
    const moves: Array<[string, Record<string, unknown>]> = [
      ['assignCarrier', label],
      ['addTrackingEvent', { deliveryId: delivery.id, status: 'IN_TRANSIT' }],
      ['markDelivered', { deliveryId: delivery.id }],
      ['markDeliveryFailed', { deliveryId: delivery.id, reason: 'Nobody home' }],
    ];
    for (const [name, input] of moves) {
      const refused = await mutate(name, input, tokenB);
      expect(refused.delivery).toBeNull();
      expect(refused.userErrors).toEqual([{ field: 'input.deliveryId', code: 'DELIVERY_NOT_FOUND' }]);
    }
    expect(await em.count(OutboxMessage, { key: delivery.id })).toBe(eventsBefore);
    expect(await em.count(TrackingEvent, { delivery: delivery.id })).toBe(stepsBefore);
    expect((await referenced(delivery.id, staff))?.status).toBe('PENDING');

    // Carrier A moves it all the way; staff can no longer hand it to someone else.
    expect((await mutate('assignCarrier', label, tokenA)).delivery?.status).toBe('LABEL_CREATED');
    expect(
      (await mutate('assignDeliveryToCarrier', { deliveryId: delivery.id, carrierOrganizationId: carrierB }, staff))
        .userErrors,
    ).toEqual([{ field: 'input.deliveryId', code: 'NOT_PENDING' }]);
    expect(
      (await mutate('addTrackingEvent', { deliveryId: delivery.id, status: 'IN_TRANSIT' }, tokenA)).delivery?.status,
    ).toBe('IN_TRANSIT');
    expect((await mutate('markDelivered', { deliveryId: delivery.id }, tokenB)).userErrors[0]?.code).toBe(
      'DELIVERY_NOT_FOUND',
    );
    expect((await mutate('markDelivered', { deliveryId: delivery.id }, tokenA)).delivery?.status).toBe('DELIVERED');
  });

  it('shows a carrier its own deliveries only, with what it needs of the order and not the order', async () => {
    const mine = await pendingDelivery();
    const theirs = await pendingDelivery();
    await mutate('assignDeliveryToCarrier', { deliveryId: mine.id, carrierOrganizationId: carrierA }, staff);
    await mutate('assignDeliveryToCarrier', { deliveryId: theirs.id, carrierOrganizationId: carrierB }, staff);

    const seenByA = await listed(tokenA);
    expect(seenByA.map((delivery) => delivery.id)).toContain(mine.id);
    expect(seenByA.map((delivery) => delivery.id)).not.toContain(theirs.id);
    expect(seenByA.every((delivery) => delivery.carrierOrganization?.id === carrierA)).toBe(true);
    // The label's needs: the order number and where to ship; the order itself stays its customer's and staff's.
    expect(seenByA.find((delivery) => delivery.id === mine.id)).toEqual({
      ...mine,
      carrierOrganization: { id: carrierA },
      order: null,
    });
    expect(mine.orderNumber).toMatch(/^CPT-/);

    expect(await referenced(theirs.id, tokenA)).toBeNull();
    expect((await referenced(theirs.id, tokenB))?.id).toBe(theirs.id);
    expect((await referenced(theirs.id, customerToken))?.order).toEqual({ id: theirs.order?.id });
    // Staff see every delivery.
    expect((await listed(staff)).map((delivery) => delivery.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('assigns deliveries to carrier organisations only', async () => {
    const delivery = await pendingDelivery();
    for (const carrierOrganizationId of [randomUUID(), sellerOrganization]) {
      const refused = await mutate(
        'assignDeliveryToCarrier',
        { deliveryId: delivery.id, carrierOrganizationId },
        staff,
      );
      expect(refused).toEqual({
        delivery: null,
        userErrors: [{ field: 'input.carrierOrganizationId', code: 'UNKNOWN_CARRIER' }],
      });
    }
    expect((await referenced(delivery.id, staff))?.carrierOrganization).toBeNull();
  });

  it('refuses a seller partner as a carrier', async () => {
    const delivery = await pendingDelivery();
    const { status } = await t.graphql(
      'mutation ($id: ID!) { markDelivered(input: { deliveryId: $id }) { userErrors { code } } }',
      { id: delivery.id },
      { token: seller },
    );
    expect(status).toBe(403);
  });
});
