export { hasScope, partnerOrganizationOf, requireClaims, requireScope } from './access.ts';
export { ConfigError, commonEnv, parseEnv, type SubgraphEnv, subgraphEnv } from './config.ts';
export {
  type Claims,
  type ClaimsVerifier,
  type Locale,
  type PartnerOrganization,
  type PartnerOrganizationKind,
  partnerOrganizationKinds,
  type RequestContext,
} from './context.ts';
export { DomainError, type DomainErrorCode } from './domain-error.ts';
export {
  type ConsumerDefinition,
  type ConsumerRuntime,
  type EventContext,
  type EventHandler,
  type OutsideCallHandler,
  PermanentEventError,
  startConsumer,
} from './events/consumer.ts';
export { contractVersion, readEventData } from './events/contract-versions.ts';
export { type DeadLetterRow, listDeadLetters, type ReplayOutcome, replayDeadLetters } from './events/dead-letters.ts';
export { DeadLetter, OutboxMessage, ProcessedEvent } from './events/entities.ts';
export type { DomainEvent } from './events/envelope.ts';
export { createInProcessTransport } from './events/in-process-transport.ts';
export { eventVersionsAndDeadLetters, type KitTableChange, outboxTraceState } from './events/migrations.ts';
export { recordEvent } from './events/outbox.ts';
export { updateIfNewer, upsertIfNewer } from './events/read-model.ts';
export { type EventParticipant, eventsSettled } from './events/settled.ts';
export type { EventTransport } from './events/transport.ts';
export { createLogger, type Logger } from './logger.ts';
export { isCurrencyCode, moneyLimits } from './money.ts';
export { type Connection, type ConnectionArgs, paginateById } from './pagination.ts';
export { type PeriodicTask, startPeriodicTask } from './periodic-task.ts';
export {
  type PostalAddress,
  type PostalAddressInput,
  postalAddressColumns,
  validPostalAddress,
} from './postal-address.ts';
export { runMain, StartupError } from './process-entry.ts';
export { type PostgresRateLimit, postgresRateLimiter } from './rate-limit.ts';
export { runSubgraph } from './run-subgraph.ts';
export { scalarResolvers } from './scalars.ts';
export { containsPattern } from './search.ts';
export { execute, isUuid, raw, Sql, sql } from './sql.ts';
export {
  loadTypeDefs,
  type RunningSubgraph,
  type ServicesBuilder,
  type SubgraphDefinition,
  type SubgraphServices,
  startSubgraph,
} from './subgraph.ts';
export { type Message, payload, type UserError, UserInputError, validInput } from './user-errors.ts';
export { backoffMs, eventually, waitFor } from './wait.ts';
