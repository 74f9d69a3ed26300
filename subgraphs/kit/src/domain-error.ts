/** The ways a caller can be refused outright; the GraphQL layer gives each its `extensions.code`. */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * A request the domain refuses as a whole (malformed argument, not signed in, scope missing),
 * raised without knowing about GraphQL: the kit maps it to a GraphQL error (errors.ts). Failures
 * a mutation expects are UserInputErrors instead, reported in its payload.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
