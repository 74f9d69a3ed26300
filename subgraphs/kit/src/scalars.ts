import { DateTimeResolver } from 'graphql-scalars';

/** Scalars shared by every subgraph: `DateTime` is RFC 3339, serialized in UTC. */
export const scalarResolvers = { DateTime: DateTimeResolver };
