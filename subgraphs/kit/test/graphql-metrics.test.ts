import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { internalErrorMasking } from '../src/errors.ts';
import { createRegistry, graphqlMetricsPlugin } from '../src/metrics.ts';

/** The operation counts by outcome, as `/metrics` reports them. */
async function outcomes(registry: ReturnType<typeof createRegistry>) {
  const { values } = await (registry.getSingleMetric('graphql_requests_total')?.get() ?? Promise.reject());
  return Object.fromEntries(values.map(({ labels, value }) => [`${labels.operation} ${labels.outcome}`, value]));
}

describe('graphql_requests_total', () => {
  it('tells operations answered, refused by an expected error, and failed by an unexpected one', async () => {
    const registry = createRegistry('metrics-test', false);
    const masking = internalErrorMasking('production');
    const server = new ApolloServer({
      typeDefs: 'type Query { fine: Int, refused: Int, broken: Int }',
      resolvers: {
        Query: {
          fine: () => 1,
          refused: () => {
            throw new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN' } });
          },
          broken: () => {
            throw new Error('connection terminated');
          },
        },
      },
      formatError: masking.formatError,
      plugins: [graphqlMetricsPlugin(registry), masking.plugin],
    });
    await server.start();
    try {
      for (const query of [
        'query Fine { fine }',
        'query Refused { fine refused }',
        'query Broken { refused broken }',
        'query Invalid { nope }',
      ]) {
        await server.executeOperation({ query }, { contextValue: { requestId: 'test' } });
      }
    } finally {
      await server.stop();
    }
    expect(await outcomes(registry)).toEqual({
      'Fine ok': 1,
      'Refused client-error': 1,
      // One unexpected error among expected ones: the platform failed the caller.
      'Broken error': 1,
      // A document that does not validate is the client's; unresolved, it has no operation name.
      'anonymous client-error': 1,
    });
  });
});
