import { createSignal } from 'solid-js';
import type { PageSession, SessionAnswer, SessionUserErrors } from './session-answer.ts';

/**
 * The shopper's session in the page: the access token lives in memory only (this signal); the
 * refresh token stays in the server's httpOnly cookie, renewed through /session/refresh on load and
 * a minute before the access token expires. One module-level signal, as the header, the account
 * pages and checkout all read it.
 */
const [session, setSession] = createSignal<PageSession | null>(null);
const [restored, setRestored] = createSignal(false);

export { restored, session };

const renewBeforeMs = 60_000;
let renewal: ReturnType<typeof setTimeout> | undefined;

/** The current access token for the GraphQL client's Authorization header. */
export function accessToken(): string | undefined {
  return session()?.accessToken;
}

let restoring: Promise<void> | undefined;

/**
 * Once per page load, in the browser: renews the session when the cookie holds one (a 401 just
 * means signed out). Every caller awaits the same renewal.
 */
export function restoreSession(): Promise<void> {
  restoring ??= post('/session/refresh')
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => setRestored(true));
  return restoring;
}

export function signIn(input: { email: string; password: string; twoFactorCode?: string }) {
  return post('/session/sign-in', input);
}

export function signUp(input: { email: string; password: string; name: string; language: 'FR' | 'EN' }) {
  return post('/session/sign-up', input);
}

export async function signOut(): Promise<void> {
  await fetch('/session/sign-out', { method: 'POST', credentials: 'same-origin' });
  restoring = Promise.resolve();
  keep(null);
}

/** Starts the session an answer carries; returns its userErrors (empty on success). */
async function post(path: string, body?: unknown): Promise<SessionUserErrors> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // The page's language, so auth's messages come in it.
    headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'fr' },
    body: JSON.stringify(body ?? {}),
  });
  const answer = (await response.json()) as SessionAnswer;
  if ('session' in answer) {
    keep(answer.session);
    return [];
  }
  if (response.status === 401) keep(null);
  return answer.userErrors;
}

function keep(next: PageSession | null) {
  clearTimeout(renewal);
  setSession(next);
  if (!next) return;
  const renewIn = new Date(next.accessTokenExpiresAt).getTime() - Date.now() - renewBeforeMs;
  renewal = setTimeout(() => void post('/session/refresh'), Math.max(renewIn, 0));
}
