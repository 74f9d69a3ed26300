/** The router's name for the anonymous basket's httpOnly cookie (router/src/concerns/basket-token.ts). */
export const basketCookie = 'comptoir_basket';

/** A Cookie header's name/value pairs (values URI-decoded when they can be). */
export function cookiesOf(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    if (!name || name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}
