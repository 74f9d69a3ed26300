import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from './logger.ts';

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
