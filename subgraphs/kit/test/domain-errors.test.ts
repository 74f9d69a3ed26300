import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, type DomainErrorCode } from '../src/domain-error.ts';
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph } from '../src/subgraph.ts';
import { postGraphQLAsRouter } from '../src/testing/index.ts';
import { type KitDatabase, startKitDatabase } from './test-database.ts';

/** A subgraph whose one field refuses with the DomainError it is asked for. */
const refusing: SubgraphDefinition = {
  name: 'kit_test',
  typeDefs: parse('type Query { refuse(code: String!): Boolean }'),
  resolvers: {
    Query: {
      refuse: (_: unknown, { code }: { code: DomainErrorCode }) => {
        throw new DomainError(code, `refused with ${code}`);
      },
    },
  },
  entities: [],
  migrationsPath: import.meta.dirname,
};

describe('a DomainError raised in a resolver, as clients see it', () => {
  let db: KitDatabase;
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    db = await startKitDatabase();
    subgraph = await startSubgraph(refusing, { env: db.env, log: db.log, processMetrics: false });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it.each([
    ['BAD_USER_INPUT', 200],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
  ] as const)('%s: its message and code, HTTP %i', async (code, status) => {
    const [secret] = db.env.ROUTER_SUBGRAPH_SECRET as [string];
    const response = await postGraphQLAsRouter(subgraph.url, secret, 'query ($code: String!) { refuse(code: $code) }', {
      code,
    });
    expect(response.status).toBe(status);
    expect(response.body.data).toEqual({ refuse: null });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]).toMatchObject({ message: `refused with ${code}`, path: ['refuse'] });
    // The status travels in the HTTP response only, never in the error's extensions.
    expect(response.body.errors?.[0]?.extensions).toEqual({ code });
  });
});
