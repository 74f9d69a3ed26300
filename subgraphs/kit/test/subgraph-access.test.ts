import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routerCredentialHeader, signRouterCredential } from '../src/auth/router-credential.ts';
import type { Claims } from '../src/context.ts';
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph } from '../src/subgraph.ts';
import { postGraphQL, postGraphQLAsRouter } from '../src/testing/index.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

/** A subgraph counting the mutations it ran: a refused call must leave the count alone. */
let runs = 0;
const guarded: SubgraphDefinition = {
  name: 'kit_test',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@authenticated", "@requiresScopes"])
    type Query { open: Boolean, mine: Boolean @authenticated }
    type Mutation { promote(to: String!): Int @requiresScopes(scopes: [["users:admin"]]) }
  `),
  resolvers: {
    Query: { open: () => true, mine: () => true },
    Mutation: { promote: () => ++runs },
  },
  entities: [],
  migrationsPath: import.meta.dirname,
};

/** `Bearer <scope>` is a caller holding that scope; no bearer, an anonymous one. */
const claimsOf = async (authorization: string | undefined): Promise<Claims | null> =>
  authorization ? { sub: 'caller', roles: [], scopes: [authorization.replace('Bearer ', '')] } : null;

describe('a subgraph answers only the router, and enforces its own directives', () => {
  let db: KitDatabase;
  let subgraph: RunningSubgraph;
  let secrets: string[];
  const promote = 'mutation ($to: String!) { promote(to: $to) }';

  beforeAll(async () => {
    db = await startKitDatabase({ ROUTER_SUBGRAPH_SECRET: `${'old'.repeat(11)},${'new'.repeat(11)}` });
    secrets = db.env.ROUTER_SUBGRAPH_SECRET;
    subgraph = await startSubgraph(guarded, {
      env: db.env,
      log: db.log,
      processMetrics: false,
      verifyClaims: claimsOf,
    });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it('refuses a call without a valid credential with 401, before executing anything', async () => {
    const admin = { authorization: 'Bearer users:admin' };
    const attempts = [
      postGraphQL(subgraph.url, promote, { to: 'ADMIN' }, admin),
      postGraphQL(subgraph.url, promote, { to: 'ADMIN' }, { ...admin, [routerCredentialHeader]: 'forged' }),
      postGraphQLAsRouter(subgraph.url, 'x'.repeat(64), promote, { to: 'ADMIN' }, admin),
      // A credential captured for another body, or for no caller, proves nothing about this one.
      postGraphQL(
        subgraph.url,
        promote,
        { to: 'ADMIN' },
        {
          ...admin,
          [routerCredentialHeader]: signRouterCredential(secrets[0] as string, {
            ...admin,
            query: promote,
            variables: { to: 'USER' },
          }),
        },
      ),
      postGraphQL(
        subgraph.url,
        promote,
        { to: 'ADMIN' },
        {
          ...admin,
          [routerCredentialHeader]: signRouterCredential(secrets[0] as string, {
            authorization: undefined,
            query: promote,
            variables: { to: 'ADMIN' },
          }),
        },
      ),
      postGraphQL(
        subgraph.url,
        promote,
        { to: 'ADMIN' },
        {
          ...admin,
          [routerCredentialHeader]: signRouterCredential(
            secrets[0] as string,
            { ...admin, query: promote, variables: { to: 'ADMIN' } },
            Date.now() - 120_000,
          ),
        },
      ),
    ];
    for (const { status, body } of await Promise.all(attempts)) {
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(runs).toBe(0);
  });

  it('accepts either secret of a rotation', async () => {
    for (const secret of secrets) {
      const { status, body } = await postGraphQLAsRouter(subgraph.url, secret, '{ open }');
      expect(status).toBe(200);
      expect(body.data).toEqual({ open: true });
    }
  });

  it('applies @authenticated and @requiresScopes of its own SDL to signed calls: 401 anonymous, 403 without scope', async () => {
    const [secret] = secrets as [string];
    const anonymous = await postGraphQLAsRouter(subgraph.url, secret, '{ mine }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unscoped = await postGraphQLAsRouter(
      subgraph.url,
      secret,
      promote,
      { to: 'ADMIN' },
      {
        authorization: 'Bearer orders:read',
      },
    );
    expect(unscoped.status).toBe(403);
    expect(unscoped.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(runs).toBe(0);
    const allowed = await postGraphQLAsRouter(
      subgraph.url,
      secret,
      promote,
      { to: 'ADMIN' },
      {
        authorization: 'Bearer users:admin',
      },
    );
    expect(allowed.body).toEqual({ data: { promote: 1 } });
  });

  it('keeps health open to probes', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });
});
