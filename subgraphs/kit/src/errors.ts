import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { DomainError, type DomainErrorCode } from './domain-error.ts';
import type { Logger } from './logger.ts';

/** The HTTP status each refusal answers with; a bad argument leaves the response a 200. */
const httpStatusOf: Record<DomainErrorCode, number | undefined> = {
  BAD_USER_INPUT: undefined,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

/** The extensions a DomainError shows clients: its code, and the HTTP status Apollo answers with. */
function extensionsOf(error: DomainError): GraphQLErrorExtensions {
  const status = httpStatusOf[error.code];
  return { code: error.code, ...(status ? { http: { status } } : {}) };
}

/** A DomainError as a GraphQL error, for refusals outside resolvers (building the request context). */
export function graphqlErrorOf(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: extensionsOf(error) });
}

/**
 * Maps the DomainErrors resolvers raise to GraphQL errors: code in `extensions.code`, HTTP status
 * from `extensions.http`. List it before any plugin that reads error codes.
 */
export function domainErrorPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          // graphql-js gives each located error its own extensions object; Apollo reads code and
          // status from it right after this hook, when it formats the response.
          for (const error of errors) {
            if (error.originalError instanceof DomainError)
              Object.assign(error.extensions, extensionsOf(error.originalError));
          }
        },
      };
    },
  };
}

/** Errors that are the client's to fix; they are logged at debug level only. */
const clientErrorCodes = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** Logs the errors of a GraphQL request once, with its request id and the stacks clients don't see. */
export function errorLoggingPlugin(): ApolloServerPlugin<{ log: Logger }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, operationName, errors }) {
          // Errors relayed by the gateway from subgraphs are not always real GraphQLErrors: no extensions.
          const level = errors.every((error) => clientErrorCodes.has(error.extensions?.code)) ? 'debug' : 'warn';
          contextValue.log[level](
            {
              operation: operationName ?? 'anonymous',
              errors: errors.map((error) => ({
                message: error.message,
                code: error.extensions?.code,
                path: error.path,
                stack: error.originalError?.stack,
              })),
            },
            'graphql request failed',
          );
        },
      };
    },
  };
}

type HttpError = Error & { status?: number; expose?: boolean };

/**
 * Turns HTTP-level failures (malformed JSON body, oversized request) into GraphQL-shaped JSON,
 * never an HTML page with a stack.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, requestId: res.get('x-request-id') }, 'request failed');
    const clientFault = status < 500;
    const message = clientFault && error.expose ? error.message : 'Internal server error';
    const code = clientFault ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
/** Stack traces reach clients only in development; elsewhere they stay in the logs. */
export function exposeStackTraces(nodeEnv: string): boolean {
  return nodeEnv === 'development';
}
