import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { bodyOf, close, listen, type TestClaims, type TokenIssuer, urlOf } from '@comptoir/kit/testing';
import { parse } from 'graphql';
import { startSubgraph, type TestSubgraph } from './fixtures.ts';

/** Stands in for the auth subgraph's `POST /token/exchange`: known partner tokens get a fresh JWT. */
export type TestTokenExchange = {
  /** Base URL, as AUTH_URL. */
  url: string;
  /** Every access token handed out, oldest first: one per exchange call that succeeded. */
  issued: string[];
  /** Every exchange call, successful or not. */
  readonly calls: number;
  stop(): Promise<void>;
};

export async function startTokenExchange(
  signer: TokenIssuer,
  partners: Record<string, TestClaims>,
): Promise<TestTokenExchange> {
  const issued: string[] = [];
  let calls = 0;
  const server = await listen(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/token/exchange') return void res.writeHead(404).end();
    calls += 1;
    const { token } = JSON.parse(await bodyOf(req)) as { token: string };
    const claims = partners[token];
    res.setHeader('content-type', 'application/json');
    if (claims === undefined) return void res.writeHead(401).end(JSON.stringify({ error: 'invalid_token' }));
    const expiresAt = Math.floor(Date.now() / 1000) + 600;
    const accessToken = await signer.mint(claims, { expiresAt });
    issued.push(accessToken);
    res.end(JSON.stringify({ accessToken, expiresAt: new Date(expiresAt * 1000).toISOString() }));
  });
  return {
    url: urlOf(server),
    issued,
    get calls() {
      return calls;
    },
    stop: () => close(server),
  };
}

/**
 * Two throwaway subgraphs whose fields are guarded in every way the router enforces: `shop` on
 * fields (`@authenticated`, one scope, alternative scope sets), `billing` on a type (Invoice),
 * reachable from a field, an entity field and a union.
 */
const shopSdl = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@key", "@authenticated", "@requiresScopes"])
  type Query {
    products: [Product!]!
    me: Customer @authenticated
    customers: [Customer!]! @requiresScopes(scopes: [["customers:read"]])
    orderExport: String @requiresScopes(scopes: [["orders:read", "orders:export"], ["orders:admin"]])
  }
  type Product @key(fields: "id") { id: ID! name: String! }
  type Customer @key(fields: "id") { id: ID! name: String! }
`;
const billingSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@key", "@authenticated"])
  type Query {
    invoice(id: ID!): Invoice
    documents: [Document!]!
  }
  type Invoice @authenticated { id: ID! total: Int! }
  type Brochure { title: String! }
  union Document = Invoice | Brochure
  type Customer @key(fields: "id") { id: ID! invoices: [Invoice!]! }
`;

const ada = { id: 'c1', name: 'Ada' };
const invoice = { id: 'i1', total: 4200 };

export async function startGuardedSubgraphs(): Promise<{ shop: TestSubgraph; billing: TestSubgraph }> {
  const [shop, billing] = await Promise.all([
    startSubgraph(
      'shop',
      buildSubgraphSchema({
        typeDefs: parse(shopSdl),
        resolvers: {
          Query: {
            products: () => [{ id: 'p1', name: 'Café' }],
            me: () => ada,
            customers: () => [ada],
            orderExport: () => 'order,total',
          },
          Customer: { __resolveReference: () => ada },
        },
      }),
    ),
    startSubgraph(
      'billing',
      buildSubgraphSchema({
        typeDefs: parse(billingSdl),
        resolvers: {
          Query: {
            invoice: () => invoice,
            documents: () => [
              { __typename: 'Brochure', title: 'Soldes' },
              { __typename: 'Invoice', ...invoice },
            ],
          },
          Customer: { invoices: () => [invoice] },
        },
      }),
    ),
  ]);
  return { shop, billing };
}

export function composeGuardedSupergraph(urls: { shop: string; billing: string }): string {
  const result = composeServices([
    { name: 'shop', typeDefs: parse(shopSdl), url: urls.shop },
    { name: 'billing', typeDefs: parse(billingSdl), url: urls.billing },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}
