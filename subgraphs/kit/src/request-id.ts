import { randomUUID } from 'node:crypto';

const saneRequestId = /^[\w.-]{1,128}$/;

/** The caller's request id when it is a sane token, else a fresh one. */
export function acceptRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && saneRequestId.test(value) ? value : randomUUID();
}
