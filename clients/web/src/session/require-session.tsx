import { Navigate, useLocation } from '@solidjs/router';
import { type JSX, onMount, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n.tsx';
import { restored, restoreSession, session } from './session.ts';

/**
 * Pages for a signed-in shopper: rendered in the browser once the session is restored (the server
 * never sees the access token), else sent to sign in and back here afterwards.
 */
export function RequireSession(props: { children: JSX.Element }) {
  const { t, href } = useI18n();
  const location = useLocation();
  onMount(() => void restoreSession());
  return (
    <Show when={restored()} fallback={<p role="status">{t()['session.loading']}</p>}>
      <Show
        when={session()}
        fallback={<Navigate href={`${href('/account/sign-in')}?${new URLSearchParams({ next: location.pathname })}`} />}
      >
        {props.children}
      </Show>
    </Show>
  );
}

/** A path to go back to after sign-in: only one of this site (a leading single slash). */
export function safeNext(next: string | undefined, fallback: string): string {
  return next && /^\/(?!\/)/.test(next) && !next.includes('\\') ? next : fallback;
}
