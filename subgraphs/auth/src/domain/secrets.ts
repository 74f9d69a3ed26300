import { createHash, randomBytes } from 'node:crypto';

/** A random opaque token with a readable prefix (`crt_`, `cpt_`): 256 bits of entropy. */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Tokens and codes are stored only as their SHA-256: a database leak reveals no credential. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
