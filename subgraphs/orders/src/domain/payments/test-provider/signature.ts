import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a test provider notification is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const signatureHeader = 'comptoir-test-signature';

/** How old a signature may be: a captured delivery replayed later is refused. */
export const signatureToleranceSeconds = 300;

function hmacOf(secret: string, timestamp: number, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
}

/** The signature header value of `body`, signed at `at`. */
export function signBody(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmacOf(secret, timestamp, body).toString('hex')}`;
}

/** Why a signature is refused, or null when it signs `body` with `secret` within the tolerance. */
export function signatureProblem(secret: string, body: string, header: string | undefined, now: Date): string | null {
  if (!header) return 'missing signature';
  const fields = new Map(
    header.split(',').map((field) => {
      const at = field.indexOf('=');
      return [field.slice(0, at).trim(), field.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(fields.get('t'));
  const presented = Buffer.from(fields.get('v1') ?? '', 'hex');
  if (!Number.isSafeInteger(timestamp) || presented.length === 0) return 'malformed signature';
  if (Math.abs(now.getTime() / 1000 - timestamp) > signatureToleranceSeconds) return 'stale signature';
  const expected = hmacOf(secret, timestamp, body);
  // timingSafeEqual needs equal lengths; a length says nothing of the secret.
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return 'bad signature';
  return null;
}
