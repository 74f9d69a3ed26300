import { randomUUID } from 'node:crypto';
import { createAccount } from '@comptoir/auth';
import type { SubgraphDefinition } from '@comptoir/kit';
import { readAccessRequirements } from '@comptoir/kit/auth';
import { postGraphQL, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { type FieldDefinitionNode, Kind, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import { createProducts, fillBasket, type Shopper, signUp } from './checkout-fixtures.ts';

// The attacks of issue 11 item 1, made on each subgraph's own port as a pod elsewhere in the
// cluster could: without the router's credential nothing runs, and with it (a request the router
// would have refused, or a leaked credential) the subgraph's own directives and ownership checks hold.

/** A root operation of a subgraph, ready to send: its variables are declared, their values empty. */
type RootOperation = { subgraph: string; coordinate: string; query: string };

const leafTypes = new Set(['ID', 'String', 'Int', 'Float', 'Boolean']);

/** Every mutation and every guarded query of a subgraph's SDL, plus `_entities`. */
function attackSurface(definition: SubgraphDefinition): RootOperation[] {
  const guarded = readAccessRequirements(definition.typeDefs).fields;
  const leaves = new Set(leafTypes);
  const roots: Array<{ kind: 'query' | 'mutation'; field: FieldDefinitionNode }> = [];
  for (const node of definition.typeDefs.definitions) {
    if (node.kind === Kind.SCALAR_TYPE_DEFINITION || node.kind === Kind.ENUM_TYPE_DEFINITION)
      leaves.add(node.name.value);
    if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of node.fields ?? []) {
      if (node.name.value === 'Mutation') roots.push({ kind: 'mutation', field });
      if (node.name.value === 'Query' && guarded.has(`Query.${field.name.value}`)) roots.push({ kind: 'query', field });
    }
  }
  const operations = roots.map(({ kind, field }) => {
    const args = field.arguments ?? [];
    const declared = args.map((arg) => `$${arg.name.value}: ${print(arg.type)}`).join(', ');
    const passed = args.map((arg) => `${arg.name.value}: $${arg.name.value}`).join(', ');
    const returned = print(field.type).replace(/[[\]!]/g, '');
    return {
      subgraph: definition.name,
      coordinate: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name.value}`,
      query: `${kind}${declared ? ` (${declared})` : ''} { ${field.name.value}${passed ? `(${passed})` : ''}${leaves.has(returned) ? '' : ' { __typename }'} }`,
    };
  });
  const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
  return [...operations, { subgraph: definition.name, coordinate: 'Query._entities', query: entities }];
}

describe('subgraphs called directly, around the router', () => {
  let t: TestPlatform;
  let customer: Shopper;
  let admin: Shopper;
  let partnerToken: string;
  let issuedTokenId: string;
  let productId: string;
  let basketId: string;

  beforeAll(async () => {
    // Mail goes out on a timer, whatever the requests under test do: held back for the file, the
    // mail table changes only when a request writes to it, as the checksums need.
    t = await startTestPlatform({ subgraphs, rawEnv: { MAIL_SEND_INTERVAL_MS: String(24 * 3_600_000) } });
    customer = await signUp(t, 'camille@example.com');
    admin = await signUp(t, 'admin@example.com', ['ADMIN']);
    const partner = await t.em('auth').transactional((em) =>
      createAccount(em, {
        email: 'carrier@example.com',
        name: 'Carrier',
        password: 'a long password',
        roles: ['PARTNER'],
      }),
    );
    const carrier = await t.graphql<{ createPartnerOrganization: { organization: { id: string } } }>(
      'mutation { createPartnerOrganization(input: { name: "Carrier", kind: CARRIER }) { organization { id } } }',
      {},
      { token: admin.token },
    );
    const organizationId = carrier.body.data?.createPartnerOrganization.organization.id as string;
    partnerToken = await t.token({
      sub: partner.id,
      roles: ['PARTNER'],
      scope: 'deliveries:write',
      org: { id: organizationId, kind: 'CARRIER' },
    });
    const issued = await t.graphql<{ issuePartnerToken: { partnerToken: { id: string } } }>(
      'mutation ($input: IssuePartnerTokenInput!) { issuePartnerToken(input: $input) { partnerToken { id } } }',
      { input: { userId: partner.id, organizationId, name: 'carrier', scopes: ['deliveries:write'] } },
      { token: admin.token },
    );
    issuedTokenId = issued.body.data?.issuePartnerToken.partnerToken.id as string;
    [productId] = (await createProducts(t, [{ sku: 'DIRECT-1', amount: 1000 }])) as [string];
    await fillBasket(t, customer, [{ productId, quantity: 1 }]);
    const basket = await t.graphql<{ basket: { id: string } }>('{ basket { id } }', {}, { token: customer.token });
    basketId = basket.body.data?.basket.id as string;
    // Row checksums compare states: the events of this setup must be handled first.
    await t.eventsSettled();
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** A digest of every row of every subgraph's tables: equal before and after means nothing changed. */
  const checksums = async (): Promise<Record<string, string>> => {
    const connection = t.em('auth').getConnection();
    const tables = await connection.execute<Array<{ name: string }>>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
       where table_schema = any(string_to_array(?, ',')) and table_type = 'BASE TABLE' order by 1`,
      [subgraphs.map((subgraph) => subgraph.name).join(',')],
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await connection.execute<Array<{ sum: string | null }>>(
        `select md5(string_agg(t::text, ',' order by t::text)) as sum from ${name} t`,
      );
      sums[name] = row?.sum ?? 'empty';
    }
    return sums;
  };

  const surface = subgraphs.flatMap(attackSurface);

  it('covers every mutation and private query of every subgraph', () => {
    const coordinates = surface.map((operation) => `${operation.subgraph}:${operation.coordinate}`);
    for (const expected of [
      'auth:Mutation.setUserRoles',
      'auth:Mutation.issuePartnerToken',
      'auth:Mutation.revokePartnerToken',
      'auth:Query.partnerTokens',
      'auth:Query.users',
      'catalog:Mutation.setProductPrice',
      'catalog:Mutation.createCategory',
      'baskets:Query._entities',
      'orders:Mutation.placeOrder',
      'deliveries:Mutation.markDelivered',
      'support:Mutation.openTicket',
    ])
      expect(coordinates).toContain(expected);
  });

  it('refuses every one of them without the router credential (anonymous, customer, partner): 401, no row changed', async () => {
    const before = await checksums();
    const callers = {
      anonymous: {},
      customer: { authorization: `Bearer ${customer.token}` },
      partner: { authorization: `Bearer ${partnerToken}` },
    };
    for (const [caller, headers] of Object.entries(callers)) {
      for (const { subgraph, coordinate, query } of surface) {
        const { status, body } = await postGraphQL(t.subgraph(subgraph).url, query, {}, headers);
        expect({ caller, subgraph, coordinate, status, code: body.errors?.[0]?.extensions?.code }).toEqual({
          caller,
          subgraph,
          coordinate,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    }
    expect(await checksums()).toEqual(before);
  });

  /** A request as the router signs it, for a caller the router would have refused. */
  const signed = <T = Record<string, unknown>>(
    subgraph: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => t.subgraphGraphql<T>(subgraph, query, variables, token ? { token } : {});

  it.each([
    {
      attack: 'a customer makes themself ADMIN',
      subgraph: 'auth',
      query: 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } } }',
      variables: () => ({ input: { userId: customer.id, roles: ['ADMIN'] } }),
      caller: () => customer.token,
      status: 403,
    },
    {
      attack: 'a customer issues a partner token with write scopes',
      subgraph: 'auth',
      query: 'mutation ($input: IssuePartnerTokenInput!) { issuePartnerToken(input: $input) { token } }',
      variables: () => ({
        input: {
          userId: customer.id,
          organizationId: randomUUID(),
          name: 'mine',
          scopes: ['deliveries:write', 'catalog:write'],
        },
      }),
      caller: () => customer.token,
      status: 403,
    },
    {
      attack: 'an anonymous caller lists partner tokens',
      subgraph: 'auth',
      query: '{ partnerTokens { id prefix } }',
      variables: () => ({}),
      caller: () => undefined,
      status: 401,
    },
    {
      attack: 'an anonymous caller revokes a partner token',
      subgraph: 'auth',
      query:
        'mutation ($input: RevokePartnerTokenInput!) { revokePartnerToken(input: $input) { partnerToken { id } } }',
      variables: () => ({ input: { partnerTokenId: issuedTokenId } }),
      caller: () => undefined,
      status: 401,
    },
    {
      attack: 'an anonymous caller probes accounts by email',
      subgraph: 'auth',
      query: '{ users(email: "camille") { totalCount } }',
      variables: () => ({}),
      caller: () => undefined,
      status: 401,
    },
    {
      attack: 'an anonymous caller sets a price',
      subgraph: 'catalog',
      query: 'mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { product { id } } }',
      variables: () => ({ input: { productId, price: { amount: '1', currency: 'EUR' } } }),
      caller: () => undefined,
      status: 401,
    },
    {
      attack: 'an anonymous caller creates a category',
      subgraph: 'catalog',
      query: 'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } } }',
      variables: () => ({ input: { slug: 'pwned', name: { en: 'Pwned', fr: 'Pwned' } } }),
      caller: () => undefined,
      status: 401,
    },
    {
      attack: 'a carrier partner creates a category',
      subgraph: 'catalog',
      query: 'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } } }',
      variables: () => ({ input: { slug: 'pwned', name: { en: 'Pwned', fr: 'Pwned' } } }),
      caller: () => partnerToken,
      status: 403,
    },
  ])('with the credential, its own directives refuse: $attack ($status), no row changed', async (attack) => {
    const before = await checksums();
    const { status, body } = await signed(attack.subgraph, attack.query, attack.variables(), attack.caller());
    expect(status).toBe(attack.status);
    expect(body.errors?.[0]?.extensions?.code).toBe(attack.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(body.data ?? null).toBeNull();
    expect(await checksums()).toEqual(before);
  });

  it('with the credential, a Basket reference shows the basket to its owner only', async () => {
    const reference = (token?: string) =>
      signed<{ _entities: Array<{ id: string; itemCount: number } | null> }>(
        'baskets',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Basket { id itemCount } } }',
        { r: [{ __typename: 'Basket', id: basketId }] },
        token,
      );
    const stranger = await t.token({ sub: randomUUID(), roles: ['CUSTOMER'] });
    expect((await reference()).body).toEqual({ data: { _entities: [null] } });
    expect((await reference(stranger)).body).toEqual({ data: { _entities: [null] } });
    expect((await reference(partnerToken)).body).toEqual({ data: { _entities: [null] } });
    expect((await reference(customer.token)).body).toEqual({ data: { _entities: [{ id: basketId, itemCount: 1 }] } });
  });

  it('with the credential, an anonymous Basket reference shows the basket to the holder of its token only', async () => {
    const added = await t.subgraphGraphql<{ addBasketItem: { basket: { id: string } } }>(
      'baskets',
      'mutation ($input: AddBasketItemInput!) { addBasketItem(input: $input) { basket { id } } }',
      { input: { productId, quantity: 2 } },
    );
    const anonymousBasketId = added.body.data?.addBasketItem.basket.id as string;
    const basketToken = added.headers.get('x-basket-token-issued') as string;
    const reference = (headers: Record<string, string>) =>
      t.subgraphGraphql(
        'baskets',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Basket { id itemCount } } }',
        { r: [{ __typename: 'Basket', id: anonymousBasketId }] },
        { headers },
      );
    expect((await reference({})).body).toEqual({ data: { _entities: [null] } });
    expect((await reference({ 'x-basket-token': 'not-the-token' })).body).toEqual({ data: { _entities: [null] } });
    expect((await reference({ 'x-basket-token': basketToken })).body).toEqual({
      data: { _entities: [{ id: anonymousBasketId, itemCount: 2 }] },
    });
  });
});
