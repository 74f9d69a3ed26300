import { A, useNavigate } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { Seo } from '../../components/seo.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { signOut } from '../../session/session.ts';

/** Every account page: signed-in only, not indexed, with the account's own navigation. */
export function AccountFrame(props: { title: string; children: JSX.Element }) {
  const { t, href } = useI18n();
  const navigate = useNavigate();
  const leave = async () => {
    await signOut();
    navigate(href('/'));
  };
  return (
    <div class="account">
      <Seo title={props.title} description={props.title} noindex />
      <nav aria-label={t()['account.nav']} class="account-nav">
        <ul>
          <li>
            <A href={href('/account/orders')}>{t()['account.orders']}</A>
          </li>
          <li>
            <A href={href('/account/addresses')}>{t()['account.addresses']}</A>
          </li>
          <li>
            <A href={href('/account/profile')}>{t()['account.profile']}</A>
          </li>
          <li>
            <A href={href('/account/tickets')}>{t()['account.tickets']}</A>
          </li>
          <li>
            <button type="button" class="link-button" onClick={leave}>
              {t()['session.signOut']}
            </button>
          </li>
        </ul>
      </nav>
      <section class="account-body stack" aria-labelledby="account-title">
        <h1 id="account-title">{props.title}</h1>
        <RequireSession>{props.children}</RequireSession>
      </section>
    </div>
  );
}
