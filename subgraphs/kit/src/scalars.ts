import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';

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

/**
 * An amount in minor units: a JSON number that is always a safe integer, so no client ever
 * rounds it. Floats, strings and integers beyond Number.MAX_SAFE_INTEGER are refused.
 */
const MinorUnits = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'MinorUnits',
  description: 'An amount in minor units of a currency (cents; yen for JPY): a safe integer, never a float.',
  parseValue: (value) => asBadUserInput(() => SafeIntResolver.parseValue(value)),
  parseLiteral: (literal, variables) => asBadUserInput(() => SafeIntResolver.parseLiteral(literal, variables)),
});

/**
 * Scalars shared by every subgraph: `DateTime` is RFC 3339, serialized in UTC; `MinorUnits` is
 * money, as a safe integer.
 */
export const scalarResolvers = { DateTime, MinorUnits };
