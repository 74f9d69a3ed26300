import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** A value the scalar refuses is the client's to fix: BAD_USER_INPUT, never a server error. */
function asBadUserInput<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => asBadUserInput(() => DateTimeResolver.parseValue(value)),
  parseLiteral: (literal, variables) => asBadUserInput(() => DateTimeResolver.parseLiteral(literal, variables)),
});

/** Scalars shared by every subgraph: `DateTime` is RFC 3339, serialized in UTC. */
export const scalarResolvers = { DateTime };
