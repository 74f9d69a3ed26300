import { A } from '@solidjs/router';
import { onMount } from 'solid-js';
import { useBasketCount } from '../basket/basket-count.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { restoreSession, session } from './session.ts';

/**
 * The header's account link. On every page load it restores the session from the refresh cookie:
 * the page was rendered anonymously on the server, so a signed-in shopper's basket count is read
 * again with their access token.
 */
export function AccountLink() {
  const { t, href } = useI18n();
  const basketCount = useBasketCount();
  onMount(async () => {
    await restoreSession();
    if (session()) basketCount.refetch();
  });
  return <A href={href('/account/orders')}>{t()['nav.account']}</A>;
}
