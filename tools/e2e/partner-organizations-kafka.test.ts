import { randomUUID } from 'node:crypto';
import { auth, createAccount } from '@comptoir/auth';
import { catalog } from '@comptoir/catalog';
import { deliveries } from '@comptoir/deliveries';
import { support } from '@comptoir/support';
import {
  productInput,
  requireKafkaBrokers,
  shippingAddress,
  startTestPlatform,
  type TestPlatform,
} from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './checkout-fixtures.ts';

type UserErrors = Array<{ field: string | null; code: string }>;

/*
 * What auth tells the others about partners and agents, on real Kafka: deliveries learns its
 * carriers and catalog its sellers from partner_organization.created, support its agents from
 * user.registered and user.roles_changed, and each then lets work go only to the right one.
 */
describe('partner organisations and agents announced on Kafka', () => {
  const brokers = requireKafkaBrokers();
  let t: TestPlatform;
  let admin: string;

  const createOrganization = async (name: string, kind: 'CARRIER' | 'SELLER') => {
    const { body } = await t.graphql<{ createPartnerOrganization: { organization: { id: string } } }>(
      'mutation ($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { organization { id } } }',
      { input: { name, kind } },
      { token: admin },
    );
    return body.data?.createPartnerOrganization.organization.id as string;
  };

  const mutate = async <Payload = Record<string, unknown>>(
    name: string,
    input: Record<string, unknown>,
    fields: string,
    token = admin,
  ) => {
    const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const { body } = await t.graphql<Record<string, Payload & { userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} userErrors { field code } } }`,
      { input },
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.[name];
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [auth, catalog, deliveries, support], env: { KAFKA_BROKERS: brokers } });
    admin = (await signUp(t, 'admin@comptoir.test', ['ADMIN'])).token;
  });
  afterAll(() => t?.stop());

  it('assigns deliveries to carriers and products to sellers that auth announced, and to no other kind', async () => {
    const carrier = await createOrganization('Kafka Colis', 'CARRIER');
    const seller = await createOrganization('Kafka Maison', 'SELLER');
    const confirmed = randomUUID();
    await t.deliver({
      type: 'order.confirmed',
      subject: confirmed,
      data: {
        orderId: confirmed,
        number: 'CPT-900001',
        customerId: randomUUID(),
        lines: [{ productId: randomUUID(), quantity: 1 }],
        shippingAddress,
      },
    });
    const created = await mutate<{ product: { id: string } }>(
      'createProduct',
      productInput('KAFKA-SELLER-1'),
      'product { id }',
    );
    await t.eventsSettled();

    const { body } = await t.graphql<{ deliveries: { edges: Array<{ node: { id: string } }> } }>(
      '{ deliveries { edges { node { id } } } }',
      {},
      { token: admin },
    );
    const deliveryId = body.data?.deliveries.edges[0]?.node.id as string;
    const toDelivery = (carrierOrganizationId: string) =>
      mutate(
        'assignDeliveryToCarrier',
        { deliveryId, carrierOrganizationId },
        'delivery { carrierOrganization { id } }',
      );
    expect((await toDelivery(seller))?.userErrors).toEqual([
      { field: 'input.carrierOrganizationId', code: 'UNKNOWN_CARRIER' },
    ]);
    expect(await toDelivery(carrier)).toEqual({ delivery: { carrierOrganization: { id: carrier } }, userErrors: [] });

    const toProduct = (sellerOrganizationId: string) =>
      mutate(
        'assignProductSeller',
        { productId: created?.product.id, sellerOrganizationId },
        'product { seller { id } }',
      );
    expect((await toProduct(carrier))?.userErrors).toEqual([
      { field: 'input.sellerOrganizationId', code: 'UNKNOWN_SELLER' },
    ]);
    expect(await toProduct(seller)).toEqual({ product: { seller: { id: seller } }, userErrors: [] });
  });

  it('assigns tickets to the agents auth announced', async () => {
    const customer = await signUp(t, 'asker@example.com');
    const agent = await signUp(t, 'agent@comptoir.test', ['SUPPORT_AGENT']);
    const promoted = await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: 'new.agent@comptoir.test',
        name: 'New',
        password: 'a long password',
        roles: ['CUSTOMER'],
      }),
    );
    const opened = await mutate<{ ticket: { id: string } }>(
      'openTicket',
      { subject: 'Colis', category: 'DELIVERY', message: 'Où est-il ?' },
      'ticket { id }',
      customer.token,
    );
    const ticketId = opened?.ticket.id;
    await mutate('setUserRoles', { userId: promoted.id, roles: ['SUPPORT_AGENT'] }, 'user { id }');
    await t.eventsSettled();

    const assign = (assigneeId: string) =>
      mutate('assignTicket', { ticketId, assigneeId }, 'ticket { assignee { id } }', agent.token);
    expect((await assign(customer.id))?.userErrors).toEqual([{ field: 'input.assigneeId', code: 'NOT_AN_AGENT' }]);
    expect(await assign(promoted.id)).toEqual({ ticket: { assignee: { id: promoted.id } }, userErrors: [] });
  });
});
