import { createHash } from 'node:crypto';
import { InvalidCredentialError } from '@comptoir/kit/auth';
import { z } from 'zod';

/** Partner API tokens are opaque; only the auth subgraph can turn one into an access token. */
export const partnerTokenPrefix = 'cpt_';

/** Turns a partner token into a (not yet verified) access token JWT. */
export type PartnerTokenExchange = (partnerToken: string) => Promise<string>;

const exchanged = z.object({ accessToken: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });

/** Exchanged tokens stop being reused this long before they expire, so none expires in flight. */
const reuseMarginMs = 30_000;
/** A hung auth subgraph must not hang partner requests with it. */
const exchangeTimeoutMs = 5_000;

/**
 * Exchanges partner tokens at `POST <authUrl>/token/exchange`, remembering each access token
 * (keyed by a SHA-256 of the partner token, never the token itself) until shortly before it
 * expires, for at most `maxEntries` partner tokens, least recently used out first. A refused
 * token throws InvalidCredentialError; any other failure throws a plain Error.
 */
export function createPartnerTokenExchange(options: { authUrl: string; maxEntries?: number }): PartnerTokenExchange {
  const endpoint = `${options.authUrl}/token/exchange`;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, { accessToken: string; reuseUntil: number }>();

  return async (partnerToken) => {
    const key = createHash('sha256').update(partnerToken).digest('base64url');
    const cached = cache.get(key);
    cache.delete(key);
    if (cached !== undefined && Date.now() < cached.reuseUntil) {
      cache.set(key, cached); // most recently used last
      return cached.accessToken;
    }
    const { accessToken, expiresAt } = await exchange(endpoint, partnerToken);
    const reuseUntil = Date.parse(expiresAt) - reuseMarginMs;
    if (Date.now() < reuseUntil) {
      cache.set(key, { accessToken, reuseUntil });
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    }
    return accessToken;
  };
}

async function exchange(endpoint: string, token: string): Promise<z.infer<typeof exchanged>> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ token }),
      signal: AbortSignal.timeout(exchangeTimeoutMs),
    });
  } catch (error) {
    throw new Error(`token exchange at ${endpoint} failed: ${(error as Error).message}`, { cause: error });
  }
  if (response.status === 401) {
    await response.body?.cancel();
    throw new InvalidCredentialError('invalid partner token');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`token exchange at ${endpoint} answered HTTP ${response.status}`);
  }
  const body = exchanged.safeParse(await response.json().catch(() => undefined));
  if (!body.success) throw new Error(`token exchange at ${endpoint} answered an unexpected body`);
  return body.data;
}
