export {
  type ComptoirAuth,
  type ComptoirClient,
  type ComptoirClientOptions,
  type ComptoirLogger,
  createComptoirClient,
  type RequestArguments,
  type RequestOptions,
} from './client.ts';
export { ComptoirError, type ComptoirErrorDetails, type ComptoirErrorKind, type GraphQLErrorEntry } from './errors.ts';
export * from './generated/graphql.ts';
export type { RetryOptions } from './retry.ts';
export { type Awaitable, memorySessionStore, type SessionStore, type StoredSession } from './session-store.ts';
