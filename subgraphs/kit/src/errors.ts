import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
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

/**
 * Logs the errors of a GraphQL request once, with its request id and the stacks clients don't see;
 * a request whose context could not be built (no request logger yet) is logged on `log`.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin<{ log: Logger }> {
  return {
    async contextCreationDidFail({ error }) {
      const expected = error instanceof GraphQLError && clientErrorCodes.has(error.extensions.code);
      log[expected ? 'debug' : 'error']({ err: error }, 'graphql request context failed');
    },
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
    const message = clientFault && error.expose ? error.message : internalErrorMessage(res.get('x-request-id'));
    const code = clientFault ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
/** Stack traces reach clients only in development; elsewhere they stay in the logs. */
export function exposeStackTraces(nodeEnv: string): boolean {
  return nodeEnv === 'development';
}

const maskedMessage = 'Internal error';

function internalErrorMessage(requestId: string | undefined): string {
  return requestId ? `${maskedMessage}; request id ${requestId}` : maskedMessage;
}

/** An error the platform did not mean to answer (no code, or INTERNAL_SERVER_ERROR): a fault, not a refusal. */
export function isUnexpected(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Outside development, an unexpected error (INTERNAL_SERVER_ERROR: a failing resolver, SQL, a
 * subgraph's error the router relays) reaches clients as "Internal error; request id …" with its
 * code, path and locations only: never its message, stack or SQL, which `errorLoggingPlugin` logs;
 * nor does a relayed refusal show the subgraph's address.
 * `formatError` masks every response, context failures included; the plugin adds the request id.
 */
export function internalErrorMasking(nodeEnv: string): {
  formatError: NonNullable<ApolloServerOptions<object>['formatError']>;
  plugin: ApolloServerPlugin<{ requestId: string }>;
} {
  const masking = !exposeStackTraces(nodeEnv);
  return {
    formatError: (error) => {
      if (!masking) return error;
      if (isUnexpected(error))
        return {
          message: maskedMessage,
          ...(error.locations ? { locations: error.locations } : {}),
          ...(error.path ? { path: error.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      // The gateway records a subgraph's refusal (401, 403) with the subgraph's URL and whole body.
      const { response, ...extensions } = error.extensions ?? {};
      return response === undefined ? error : { ...error, extensions };
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            if (!masking || response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              if (error.message === maskedMessage)
                (error as { message: string }).message = internalErrorMessage(contextValue.requestId);
            }
          },
        };
      },
    },
  };
}
