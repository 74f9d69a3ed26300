import { ComptoirError } from './errors.ts';

/** How failed requests are tried again; `false` on the client never retries. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** The first backoff's ceiling; each retry doubles it. Default 250 ms. */
  baseDelayMs?: number;
  /** The longest backoff ceiling (a Retry-After may ask for longer, and is honoured). Default 10 s. */
  maxDelayMs?: number;
}

export const defaultRetries: Required<RetryOptions> = { maxRetries: 3, baseDelayMs: 250, maxDelayMs: 10_000 };

/** Failures another attempt may cure: no answer, too many requests, or a service briefly unavailable. */
export function isTransient(error: unknown): error is ComptoirError {
  return (
    error instanceof ComptoirError &&
    (error.kind === 'network' || error.kind === 'rate_limited' || error.status === 503)
  );
}

/**
 * The wait before retry `retry` (0 for the first): exponential backoff with full jitter (a random
 * wait up to the doubling ceiling, so clients refused together do not return together), and at
 * least what the API asked for in Retry-After.
 */
export function delayBeforeRetry(retry: number, error: ComptoirError, options: Required<RetryOptions>): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  const backoff = Math.random() * ceiling;
  return Math.max(backoff, error.retryAfterMs ?? 0);
}

/** Retry-After as milliseconds: delay seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMsOf(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
