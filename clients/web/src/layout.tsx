import { A, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, type JSX, Show, Suspense } from 'solid-js';
import { useBasketCount } from './basket/basket-count.tsx';
import { BasketDrawer } from './basket/basket-drawer.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { inLanguage } from './i18n/languages.ts';
import { AccountLink } from './session/account-link.tsx';

/** Every page's frame: skip link, header (home, search, language, basket), main, footer. */
export function Layout(props: { children?: JSX.Element }) {
  const { t, href, lang } = useI18n();
  const location = useLocation();
  const otherLang = () => (lang() === 'fr' ? 'en' : 'fr');
  // The server writes <html lang>; a client-side language switch keeps it true.
  createEffect(() => {
    document.documentElement.lang = lang();
  });
  return (
    <>
      <a class="skip-link" href="#main">
        {t()['nav.skip']}
      </a>
      <header class="site-header">
        <A href={href('/')} class="logo" end>
          {t()['site.name']}
        </A>
        <SearchForm />
        <nav aria-label={t()['nav.main']} class="header-nav">
          <a
            href={inLanguage(`${location.pathname}${location.search}`, otherLang())}
            hreflang={otherLang()}
            lang={otherLang()}
            class="language-switch"
          >
            {t()['nav.switchLanguage']}
          </a>
          <AccountLink />
          <BasketLink />
        </nav>
      </header>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <footer class="site-footer">
        <p>{t()['site.tagline']}</p>
        <p>
          <A href={href('/help')}>{t()['nav.help']}</A> · <A href={href('/track')}>{t()['track.title']}</A>
        </p>
      </footer>
    </>
  );
}

function SearchForm() {
  const { t, href } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const current = () => (location.pathname.endsWith('/search') ? (location.query.q ?? '') : '');
  // A real form: without JavaScript it still GETs the search page.
  const submit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q')?.toString().trim() ?? '';
    navigate(`${href('/search')}?${new URLSearchParams({ q })}`);
  };
  return (
    <search class="search">
      <form action={href('/search')} method="get" class="search-form" onSubmit={submit}>
        <label for="site-search" class="visually-hidden">
          {t()['search.label']}
        </label>
        <input id="site-search" type="search" name="q" value={current()} placeholder={t()['search.placeholder']} />
        <button type="submit">{t()['search.submit']}</button>
      </form>
    </search>
  );
}

function BasketLink() {
  const { t } = useI18n();
  const basket = useBasketCount();
  return (
    <BasketDrawer>
      <span class="basket-link" data-testid="basket-count">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M3 6h18l-2 12H5z M8 6a4 4 0 0 1 8 0" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
        <Suspense fallback={<span class="visually-hidden">{t()['basket.label']}</span>}>
          <span class="visually-hidden">{t()['basket.count'](basket.count() ?? 0)}</span>
          <Show when={(basket.count() ?? 0) > 0}>
            <span class="basket-badge" aria-hidden="true">
              {basket.count()}
            </span>
          </Show>
        </Suspense>
      </span>
    </BasketDrawer>
  );
}
