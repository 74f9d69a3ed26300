import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * JSON logs on stdout (or `destination`); `service` names the process part (router, catalog, …)
 * on every line. Credentials are redacted wherever a line names them, at the top or one level down.
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
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', 'token', '*.password', '*.token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
