import { createAccount } from '@comptoir/auth';
import { waitFor } from '@comptoir/kit';
import { productInput, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import { awaitOrderStatus, checkout, createProducts, readOrder, type Shopper, signUp } from './checkout-fixtures.ts';

type UserErrors = Array<{ field: string | null; code: string }>;

/*
 * Partner organisations across the platform, with real partner tokens: auth issues them, the
 * router exchanges them for access tokens naming the organisation, and deliveries and catalog
 * let each partner act for its own organisation only.
 */
describe('partners act only for their own organisation, through the router', () => {
  let t: TestPlatform;
  let admin: Shopper;

  /** An organisation, a PARTNER user of it and a `cpt_` token issued by an administrator. */
  const partnerToken = async (name: string, kind: 'CARRIER' | 'SELLER', scopes: string[]) => {
    const created = await t.graphql<{ createPartnerOrganization: { organization: { id: string } } }>(
      'mutation ($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { organization { id } } }',
      { input: { name, kind } },
      { token: admin.token },
    );
    const organizationId = created.body.data?.createPartnerOrganization.organization.id as string;
    // Deliveries and catalog learn of it from auth's event.
    await t.eventsSettled();
    const user = await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: `${name.toLowerCase().replace(/\W+/g, '-')}@partners.test`,
        name,
        password: 'a long password',
        roles: ['PARTNER'],
      }),
    );
    const { body } = await t.graphql<{ issuePartnerToken: { token: string | null; userErrors: UserErrors } }>(
      'mutation ($input: IssuePartnerTokenInput!) { issuePartnerToken(input: $input) { token userErrors { field code } } }',
      { input: { userId: user.id, organizationId, name: 'API', scopes } },
      { token: admin.token },
    );
    return { organizationId, ...(body.data?.issuePartnerToken ?? { token: null, userErrors: [] }) };
  };

  const carrierMove = async (token: string, mutation: string, input: Record<string, unknown>) => {
    const inputType = `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await t.graphql<Record<string, { delivery: { status: string } | null; userErrors: UserErrors }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { delivery { status } userErrors { field code } } }`,
      { input },
      { token },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.[mutation];
  };

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs });
    admin = await signUp(t, 'admin@comptoir.test', ['ADMIN']);
  });
  afterAll(() => t?.stop());

  it('refuses a partner token with scopes beyond its organisation’s kind', async () => {
    const carrier = await partnerToken('Greedy Carrier', 'CARRIER', ['deliveries:write', 'catalog:write']);
    expect(carrier).toMatchObject({ token: null, userErrors: [{ field: 'input.scopes', code: 'INVALID_SCOPE' }] });
    const seller = await partnerToken('Greedy Seller', 'SELLER', ['deliveries:write']);
    expect(seller).toMatchObject({ token: null, userErrors: [{ field: 'input.scopes', code: 'INVALID_SCOPE' }] });
  });

  it('a carrier moves only the deliveries assigned to it, and reads them without nulling its response', async () => {
    const a = await partnerToken('Colis A', 'CARRIER', ['deliveries:write']);
    const b = await partnerToken('Colis B', 'CARRIER', ['deliveries:write']);
    const [lamp] = (await createProducts(t, [{ sku: 'PARTNER-LAMP', amount: 2500, stock: 5 }])) as [string];
    const shopper = await signUp(t, 'shopper@example.com');
    const order = await checkout(t, shopper, [{ productId: lamp, quantity: 1 }]);
    await awaitOrderStatus(t, shopper, order.id, 'CONFIRMED');
    const deliveryOf = async () =>
      (
        (await readOrder(t, shopper, order.id, 'delivery { id status }')) as unknown as {
          delivery: { id: string } | null;
        }
      ).delivery;
    await waitFor(async () => (await deliveryOf()) !== null, 'deliveries opened the order’s delivery');
    const deliveryId = (await deliveryOf())?.id as string;

    const assigned = await t.graphql<{ assignDeliveryToCarrier: { userErrors: UserErrors } }>(
      'mutation ($input: AssignDeliveryToCarrierInput!) { assignDeliveryToCarrier(input: $input) { userErrors { code } } }',
      { input: { deliveryId, carrierOrganizationId: a.organizationId } },
      { token: admin.token },
    );
    expect(assigned.body.data?.assignDeliveryToCarrier.userErrors).toEqual([]);

    const label = { deliveryId, carrier: 'Colis A', trackingNumber: 'COLIS-A-0001' };
    expect(await carrierMove(b.token as string, 'assignCarrier', label)).toEqual({
      delivery: null,
      userErrors: [{ field: 'input.deliveryId', code: 'DELIVERY_NOT_FOUND' }],
    });
    expect((await carrierMove(a.token as string, 'assignCarrier', label))?.delivery?.status).toBe('LABEL_CREATED');
    expect((await carrierMove(b.token as string, 'markDelivered', { deliveryId }))?.userErrors[0]?.code).toBe(
      'DELIVERY_NOT_FOUND',
    );
    expect((await readOrder(t, shopper, order.id, 'status delivery { status }')) as object).toMatchObject({
      delivery: { status: 'LABEL_CREATED' },
    });

    // The carrier lacks orders:read: it reads the order's number and address from the delivery,
    // asks for the order and gets null there, not a response wiped to `data: null`.
    const listed = await t.graphql<{
      deliveries: {
        edges: Array<{
          node: {
            id: string;
            orderNumber: string;
            shippingAddress: { city: string };
            order: { number: string } | null;
          };
        }>;
      };
    }>(
      '{ deliveries { edges { node { id orderNumber shippingAddress { city } order { number } } } } }',
      {},
      { token: a.token as string },
    );
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data?.deliveries.edges.map((edge) => edge.node)).toEqual([
      { id: deliveryId, orderNumber: order.number, shippingAddress: { city: order.shippingAddress.city }, order: null },
    ]);
    const seenByB = await t.graphql<{ deliveries: { edges: unknown[] } }>(
      '{ deliveries { edges { node { id } } } }',
      {},
      { token: b.token as string },
    );
    expect(seenByB.body.data?.deliveries.edges).toEqual([]);
    // The customer still reaches the whole order from the delivery.
    expect(await readOrder(t, shopper, order.id, 'delivery { order { number } }')).toEqual({
      delivery: { order: { number: order.number } },
    });
  });

  it('a seller changes only its own products', async () => {
    const a = await partnerToken('Maison A', 'SELLER', ['catalog:write']);
    const b = await partnerToken('Maison B', 'SELLER', ['catalog:write']);
    const created = await t.graphql<{
      createProduct: { product: { id: string; seller: { id: string } | null } | null; userErrors: UserErrors };
    }>(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id seller { id } } userErrors { field code } } }',
      { input: productInput('MAISON-A-1', 1200, 3) },
      { token: a.token as string },
    );
    const product = created.body.data?.createProduct.product;
    expect(product?.seller).toEqual({ id: a.organizationId });
    const reprice = (token: string, amount: number) =>
      t.graphql<{ setProductPrice: { product: { price: { amount: number } } | null; userErrors: UserErrors } }>(
        'mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { product { price { amount } } userErrors { field code } } }',
        { input: { productId: product?.id, price: { amount, currency: 'EUR' } } },
        { token },
      );
    expect((await reprice(b.token as string, 1)).body.data?.setProductPrice).toEqual({
      product: null,
      userErrors: [{ field: 'input.productId', code: 'NOT_FOUND' }],
    });
    expect((await reprice(a.token as string, 1100)).body.data?.setProductPrice.product).toEqual({
      price: { amount: 1100 },
    });
  });

  it('assigns a ticket to support agents only, known from auth’s events', async () => {
    const customer = await signUp(t, 'asker@example.com');
    const agent = await signUp(t, 'agent@comptoir.test', ['SUPPORT_AGENT']);
    const colleague = await signUp(t, 'colleague@comptoir.test', ['SUPPORT_AGENT']);
    const opened = await t.graphql<{ openTicket: { ticket: { id: string } } }>(
      'mutation { openTicket(input: { subject: "Colis", category: DELIVERY, message: "Où est-il ?" }) { ticket { id } } }',
      {},
      { token: customer.token },
    );
    const ticketId = opened.body.data?.openTicket.ticket.id as string;
    await t.eventsSettled();
    const assign = async (assigneeId: string) =>
      (
        await t.graphql<{ assignTicket: { ticket: { assignee: { id: string } } | null; userErrors: UserErrors } }>(
          'mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { assignee { id } } userErrors { field code } } }',
          { input: { ticketId, assigneeId } },
          { token: agent.token },
        )
      ).body.data?.assignTicket;
    expect((await assign(customer.id))?.userErrors).toEqual([{ field: 'input.assigneeId', code: 'NOT_AN_AGENT' }]);
    expect((await assign(colleague.id))?.ticket?.assignee).toEqual({ id: colleague.id });

    // Promoted by an administrator: support hears of it and the customer becomes assignable.
    await t.graphql(
      'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } } }',
      { input: { userId: customer.id, roles: ['SUPPORT_AGENT'] } },
      { token: admin.token },
    );
    await t.eventsSettled();
    expect((await assign(customer.id))?.ticket?.assignee).toEqual({ id: customer.id });
  });
});
