import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { startSubgraph, type TestSubgraph } from './fixtures.ts';

export const issuer = 'comptoir';
export const audience = 'comptoir-api';

/** An Ed25519 signing key as the auth subgraph holds it. */
export type TestKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK };

export async function newKey(): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA');
  const kid = randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' } };
}

export type TestClaims = { sub: string; roles?: string[]; scope?: string };
export type MintOptions = { key?: TestKey; audience?: string; issuer?: string; expiresAt?: number };

/** Stands in for the auth subgraph's signing side: its keys and `/.well-known/jwks.json`. */
export type TestIssuer = {
  jwksUrl: string;
  /** How many times the JWKS was fetched. */
  readonly jwksFetches: number;
  /** Adds a key to the published JWKS, as a key rotation does. */
  publish(key: TestKey): void;
  /** A signed access token; by default with the first published key, valid for 5 minutes. */
  mint(claims: TestClaims, options?: MintOptions): Promise<string>;
  stop(): Promise<void>;
};

export async function startIssuer(): Promise<TestIssuer> {
  const published = [await newKey()];
  let jwksFetches = 0;
  const server = await listen((req, res) => {
    if (req.method !== 'GET' || req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
    jwksFetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((key) => key.publicJwk) }));
  });
  const url = urlOf(server);
  return {
    jwksUrl: `${url}/.well-known/jwks.json`,
    get jwksFetches() {
      return jwksFetches;
    },
    publish: (key) => published.push(key),
    mint: (claims, options = {}) => {
      const key = options.key ?? (published[0] as TestKey);
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
        .sign(key.privateKey);
    },
    stop: () => close(server),
  };
}

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
  signer: TestIssuer,
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

/** A JWT with `alg: none`: the unsigned token every verifier must refuse. */
export function unsignedToken(claims: TestClaims): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, iss: issuer, aud: audience, iat: now, exp: now + 300 })}.`;
}

/** The same token with a payload the signature no longer covers (here: a scope added). */
export function tamperedToken(token: string, scope: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, scope })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Promise<Server> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: Error) => res.writeHead(500).end(error.message));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}
