import { randomUUID } from 'node:crypto';
import { Delivery, deliveries, TrackingEvent } from '@comptoir/deliveries';
import { OutboxMessage, ProcessedEvent, waitFor } from '@comptoir/kit';
import { shippingAddress, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellationRequested, orderConfirmed } from './order-events.ts';

type UserErrors = Array<{ field: string | null; code: string; message: string }>;
interface TimelineView {
  status: string;
  location: string | null;
  message: string | null;
  occurredAt: string;
}
interface DeliveryView {
  id: string;
  status: string;
  carrier: string | null;
  trackingNumber: string | null;
  estimatedDeliveryDate: string | null;
  shippingAddress: { name: string; postalCode: string };
  order: { id: string };
  timeline: TimelineView[];
}
const DELIVERY = `id status carrier trackingNumber estimatedDeliveryDate shippingAddress { name postalCode }
  order { id } timeline { status location message occurredAt }`;

interface Caller {
  id: string;
  token: string;
}

// Deliveries alone behind the router, on real PostgreSQL: orders' events open deliveries and ask
// to cancel them, carriers move them, customers track them publicly with their postal code.
describe('deliveries through the router', () => {
  let t: TestPlatform;
  const carrierOrganization = randomUUID();
  let carrier: string;
  let staff: string;
  let seller: string;
  let agent: Caller;
  let alice: Caller;
  let bob: Caller;

  const caller = async (roles: string[], scope?: string): Promise<Caller> => {
    const id = randomUUID();
    return { id, token: await t.token({ sub: id, roles, ...(scope ? { scope } : {}) }) };
  };

  /** An order's delivery as `viewer` sees it: what the router asks deliveries for `order(id) { delivery }`. */
  const deliveryOf = async (viewer: Caller, orderId: string) => {
    const { body } = await t.subgraphGraphql<{ _entities: Array<{ delivery: DeliveryView | null }> }>(
      'deliveries',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { delivery { ${DELIVERY} } } } }`,
      { r: [{ __typename: 'Order', id: orderId }] },
      { token: viewer.token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?._entities[0]?.delivery ?? null;
  };

  /** An order of `customer` that orders confirmed, and the delivery deliveries opened for it. */
  const confirmedOrder = async (customer: Caller, address = shippingAddress) => {
    const confirmed = orderConfirmed(customer.id, address);
    await t.deliver(confirmed);
    const delivery = await deliveryOf(customer, confirmed.data.orderId);
    expect(delivery).not.toBeNull();
    // Staff hand it to the carrier, the only partner that may then move it.
    const { body } = await t.graphql<{ assignDeliveryToCarrier: { userErrors: UserErrors } }>(
      'mutation ($input: AssignDeliveryToCarrierInput!) { assignDeliveryToCarrier(input: $input) { userErrors { field code message } } }',
      { input: { deliveryId: delivery?.id, carrierOrganizationId: carrierOrganization } },
      { token: staff },
    );
    expect(body.data?.assignDeliveryToCarrier.userErrors).toEqual([]);
    return { confirmed, orderId: confirmed.data.orderId, delivery: delivery as DeliveryView };
  };

  const mutate = async (name: string, inputType: string, input: Record<string, unknown>, token?: string) => {
    const response = await t.graphql<Record<string, { delivery: DeliveryView | null; userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { delivery { ${DELIVERY} } userErrors { field code message } } }`,
      { input },
      token ? { token } : {},
    );
    return { status: response.status, errors: response.body.errors, payload: response.body.data?.[name] };
  };
  const assignCarrier = (input: Record<string, unknown>, token = carrier) =>
    mutate('assignCarrier', 'AssignCarrierInput', input, token);
  const addTrackingEvent = (input: Record<string, unknown>, token = carrier) =>
    mutate('addTrackingEvent', 'AddTrackingEventInput', input, token);
  const markDelivered = (input: Record<string, unknown>, token = carrier) =>
    mutate('markDelivered', 'MarkDeliveredInput', input, token);
  const markDeliveryFailed = (input: Record<string, unknown>, token = carrier) =>
    mutate('markDeliveryFailed', 'MarkDeliveryFailedInput', input, token);

  const track = async (trackingNumber: string, postalCode: string) => {
    const { body } = await t.graphql<{ trackDelivery: Record<string, unknown> | null }>(
      `query ($n: String!, $p: String!) { trackDelivery(trackingNumber: $n, postalCode: $p) {
         carrier status estimatedDeliveryDate timeline { status location message occurredAt } } }`,
      { n: trackingNumber, p: postalCode },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.trackDelivery ?? null;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [deliveries] });
    await t.deliver({
      type: 'partner_organization.created',
      subject: carrierOrganization,
      data: { organizationId: carrierOrganization, name: 'Colissimo', kind: 'CARRIER' },
    });
    carrier = await t.token({
      sub: randomUUID(),
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: carrierOrganization, kind: 'CARRIER' },
    });
    staff = (await caller(['ADMIN'], 'deliveries:admin deliveries:write')).token;
    seller = (await caller(['PARTNER'], 'catalog:write')).token;
    agent = await caller(['SUPPORT_AGENT'], 'orders:read support:agent users:read');
    alice = await caller(['CUSTOMER']);
    bob = await caller(['CUSTOMER']);
  });
  afterAll(() => t?.stop());

  it('opens a PENDING delivery for a confirmed order; a carrier ships and delivers it, announcing each step', async () => {
    const { confirmed, orderId, delivery } = await confirmedOrder(alice);
    expect(delivery).toMatchObject({
      status: 'PENDING',
      carrier: null,
      trackingNumber: null,
      shippingAddress: { name: shippingAddress.name, postalCode: shippingAddress.postalCode },
      order: { id: orderId },
    });
    expect(delivery.timeline.map((step) => step.status)).toEqual(['PENDING']);

    // Only carriers: a customer and a partner without deliveries:write are refused by the router.
    const input = { deliveryId: delivery.id, carrier: 'Colissimo', trackingNumber: 'CP-0001-FR' };
    for (const token of [alice.token, seller]) {
      const refused = await assignCarrier(input, token);
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.graphql(
      'mutation ($id: ID!) { markDelivered(input: { deliveryId: $id }) { userErrors { code } } }',
      { id: delivery.id },
    );
    expect(anonymous.status).toBe(401);
    expect((await deliveryOf(alice, orderId))?.status).toBe('PENDING');

    // Illegal: straight to DELIVERED before any label.
    const tooSoon = await markDelivered({ deliveryId: delivery.id });
    expect(tooSoon.payload?.delivery).toBeNull();
    expect(tooSoon.payload?.userErrors[0]?.code).toBe('ILLEGAL_TRANSITION');

    const labelled = await assignCarrier({ ...input, estimatedDeliveryDate: '2026-12-24' });
    expect(labelled.payload?.userErrors).toEqual([]);
    expect(labelled.payload?.delivery).toMatchObject({
      status: 'LABEL_CREATED',
      carrier: 'Colissimo',
      trackingNumber: 'CP-0001-FR',
      estimatedDeliveryDate: '2026-12-24',
    });
    // Assigning again is not a transition the rules allow.
    expect((await assignCarrier(input)).payload?.userErrors[0]?.code).toBe('ILLEGAL_TRANSITION');

    const inTransit = await addTrackingEvent({
      deliveryId: delivery.id,
      status: 'IN_TRANSIT',
      location: 'Paris hub',
      message: 'Parcel received',
    });
    expect(inTransit.payload?.userErrors).toEqual([]);
    expect(inTransit.payload?.delivery?.status).toBe('IN_TRANSIT');

    const delivered = await markDelivered({ deliveryId: delivery.id, location: 'Paris 11e', message: 'Handed over' });
    expect(delivered.payload?.userErrors).toEqual([]);
    expect(delivered.payload?.delivery?.status).toBe('DELIVERED');

    // Nothing after DELIVERED.
    const late = await markDeliveryFailed({ deliveryId: delivery.id, reason: 'Nobody home' });
    expect(late.payload?.userErrors[0]?.code).toBe('ILLEGAL_TRANSITION');

    const seen = await deliveryOf(alice, orderId);
    expect(seen?.timeline.map((step) => [step.status, step.location])).toEqual([
      ['PENDING', null],
      ['LABEL_CREATED', null],
      ['IN_TRANSIT', 'Paris hub'],
      ['DELIVERED', 'Paris 11e'],
    ]);
    // Each change was announced, in order, keyed by the order, and the relay published every one:
    // what moves the order to SHIPPED and DELIVERED (orders' side is tested with orders).
    const announced = () =>
      t
        .em('deliveries')
        .find(OutboxMessage, { key: orderId, type: 'delivery.status_changed' }, { orderBy: { position: 'asc' } });
    const events = await announced();
    // The parcel goes with each change from its label on, for orders to tell the customer.
    expect(events.map(({ data }) => [data.previousStatus, data.status, data.carrier, data.trackingNumber])).toEqual([
      [null, 'PENDING', null, null],
      ['PENDING', 'LABEL_CREATED', 'Colissimo', 'CP-0001-FR'],
      ['LABEL_CREATED', 'IN_TRANSIT', 'Colissimo', 'CP-0001-FR'],
      ['IN_TRANSIT', 'DELIVERED', 'Colissimo', 'CP-0001-FR'],
    ]);
    expect(events.every((event) => event.data.deliveryId === delivery.id)).toBe(true);
    await waitFor(
      async () => (await announced()).every((event) => event.publishedAt !== null),
      'the relay published every delivery.status_changed',
    );

    // Public tracking: the postal code in any case and spacing; a wrong one is as an unknown number.
    const tracked = await track('CP-0001-FR', ' 75 011 ');
    expect(tracked).toMatchObject({ carrier: 'Colissimo', status: 'DELIVERED', estimatedDeliveryDate: '2026-12-24' });
    expect(((tracked?.timeline ?? []) as TimelineView[]).map((step) => step.status)).toEqual([
      'PENDING',
      'LABEL_CREATED',
      'IN_TRANSIT',
      'DELIVERED',
    ]);
    expect(JSON.stringify(tracked)).not.toMatch(/Léa|Lilas|Paris,|\+33|CPT-/);
    expect(await track('CP-0001-FR', '75012')).toBeNull();
    expect(await track('CP-9999-FR', '75011')).toBeNull();

    // Staff with orders:read and carriers see it; the carrier finds it among the deliveries.
    expect((await deliveryOf(agent, orderId))?.status).toBe('DELIVERED');
    const { body } = await t.graphql<{ deliveries: { edges: Array<{ node: { id: string; status: string } }> } }>(
      '{ deliveries(filter: { status: DELIVERED }) { edges { node { id status } } } }',
      {},
      { token: carrier },
    );
    expect(body.data?.deliveries.edges.map((edge) => edge.node.id)).toContain(delivery.id);
    const notCarrier = await t.graphql('{ deliveries { totalCount } }', {}, { token: alice.token });
    expect(notCarrier.status).toBe(403);

    // order.confirmed published again (a new event id, past the processed-event check): still one delivery.
    const replay = await t.deliver(confirmed);
    const em = t.em('deliveries');
    expect(await em.count(ProcessedEvent, { consumer: 'deliveries.orders', eventId: replay.id })).toBe(1);
    expect(await em.count(Delivery, { orderId })).toBe(1);
    expect(await em.count(TrackingEvent, { delivery: delivery.id })).toBe(4);
    expect((await deliveryOf(alice, orderId))?.status).toBe('DELIVERED');
  });

  it('shows a delivery to its customer, staff and carriers only', async () => {
    const { orderId, delivery } = await confirmedOrder(alice);
    expect(await deliveryOf(bob, orderId)).toBeNull();
    expect((await deliveryOf(alice, orderId))?.id).toBe(delivery.id);
    expect((await deliveryOf(agent, orderId))?.id).toBe(delivery.id);
  });

  it('cancels a delivery at the customer’s request before pickup; a failed delivery can be returned', async () => {
    const { orderId, delivery } = await confirmedOrder(bob, {
      ...shippingAddress,
      postalCode: 'SW1A 1AA',
      city: 'London',
      country: 'GB',
    });
    const labelled = await assignCarrier({ deliveryId: delivery.id, carrier: 'Royal Mail', trackingNumber: 'RM-1' });
    expect(labelled.payload?.delivery?.status).toBe('LABEL_CREATED');
    // The tracking number is taken by no other delivery.
    const { delivery: other } = await confirmedOrder(bob);
    const taken = await assignCarrier({ deliveryId: other.id, carrier: 'Royal Mail', trackingNumber: 'RM-1' });
    expect(taken.payload?.userErrors[0]).toMatchObject({
      code: 'TRACKING_NUMBER_TAKEN',
      field: 'input.trackingNumber',
    });
    expect(await track('RM-1', 'sw1a1aa')).toMatchObject({ status: 'LABEL_CREATED', carrier: 'Royal Mail' });

    // Bob cancels the order (orders' cancelOrder): deliveries hears his request before pickup.
    await t.deliver(cancellationRequested(orderId));
    expect((await deliveryOf(bob, orderId))?.status).toBe('CANCELLED');
    const changes = await t.em('deliveries').find(OutboxMessage, { key: orderId, type: 'delivery.status_changed' });
    expect(changes.map((change) => change.data)).toContainEqual(
      expect.objectContaining({ orderId, status: 'CANCELLED', previousStatus: 'LABEL_CREATED' }),
    );
    const cancelled = await addTrackingEvent({ deliveryId: delivery.id, status: 'IN_TRANSIT' });
    expect(cancelled.payload?.userErrors[0]?.code).toBe('ILLEGAL_TRANSITION');
    expect((await deliveryOf(bob, orderId))?.timeline.map((step) => step.status)).toEqual([
      'PENDING',
      'LABEL_CREATED',
      'CANCELLED',
    ]);

    // The other one ships, fails and goes back.
    await assignCarrier({ deliveryId: other.id, carrier: 'Royal Mail', trackingNumber: 'RM-2' });
    await addTrackingEvent({ deliveryId: other.id, status: 'IN_TRANSIT' });
    const failed = await markDeliveryFailed({ deliveryId: other.id, reason: 'Address not found' });
    expect(failed.payload?.delivery?.status).toBe('FAILED');
    expect(failed.payload?.delivery?.timeline.at(-1)?.message).toBe('Address not found');
    const returned = await addTrackingEvent({ deliveryId: other.id, status: 'RETURNED', location: 'Depot' });
    expect(returned.payload?.delivery?.status).toBe('RETURNED');
    const future = await addTrackingEvent({
      deliveryId: other.id,
      status: 'IN_TRANSIT',
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.payload?.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'input.occurredAt' });
  });

  it('refuses a cancellation request once the parcel is picked up: it travels on', async () => {
    const { orderId, delivery } = await confirmedOrder(alice);
    await assignCarrier({ deliveryId: delivery.id, carrier: 'Colissimo', trackingNumber: `CO-${randomUUID()}` });
    await addTrackingEvent({ deliveryId: delivery.id, status: 'IN_TRANSIT', location: 'Lyon' });

    await t.deliver(cancellationRequested(orderId));
    expect((await deliveryOf(alice, orderId))?.status).toBe('IN_TRANSIT');
    const refusal = await t.em('deliveries').findOneOrFail(OutboxMessage, {
      key: orderId,
      type: 'delivery.cancellation_refused',
    });
    expect(refusal.data).toEqual({ deliveryId: delivery.id, orderId, status: 'IN_TRANSIT' });
    const delivered = await addTrackingEvent({ deliveryId: delivery.id, status: 'DELIVERED' });
    expect(delivered.payload?.delivery?.status).toBe('DELIVERED');
  });

  it('exposes no personal data in public tracking', async () => {
    const { body } = await t.graphql<{
      tracking: { fields: Array<{ name: string }> };
      step: { fields: Array<{ name: string }> };
    }>(
      '{ tracking: __type(name: "DeliveryTracking") { fields { name } } step: __type(name: "TrackingEvent") { fields { name } } }',
    );
    expect(body.data?.tracking.fields.map((field) => field.name).sort()).toEqual([
      'carrier',
      'estimatedDeliveryDate',
      'status',
      'timeline',
    ]);
    expect(body.data?.step.fields.map((field) => field.name).sort()).toEqual([
      'location',
      'message',
      'occurredAt',
      'status',
    ]);
    const probing = await t.graphql(
      '{ trackDelivery(trackingNumber: "RM-1", postalCode: "SW1A1AA") { shippingAddress { name } } }',
    );
    expect(probing.body.errors?.[0]?.message).toMatch(/shippingAddress/);
  });
});
