import { type DestinationStream, type Logger, pino } from 'pino';
import { activeTraceIds } from './tracing/context.ts';

export type { Logger };

/**
 * JSON logs on stdout (or `destination`); `service` names the process part (router, catalog, …)
 * on every line. Credentials are redacted wherever a line names them, at the top or one level down.
 * A line written while a span is active carries its `trace_id` and `span_id` (tracing on).
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: activeTraceIds,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', 'token', '*.password', '*.token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
