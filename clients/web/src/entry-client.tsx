import { hydrate } from 'solid-js/web';
import { App } from './app.tsx';
import { createGraphqlClient } from './data/graphql.tsx';
import { langOfPath } from './i18n/languages.ts';
import { RequestContextProvider } from './server-context.tsx';
import { accessToken } from './session/session.ts';
import './styles.css';

const client = createGraphqlClient({
  url: '/graphql',
  // Catalog text comes in the page's language, whatever the browser's preference.
  headers: () => {
    const token = accessToken();
    return {
      'accept-language': langOfPath(window.location.pathname) ?? 'fr',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
  },
});

/**
 * Hydrates after the browser's first paint of the server's HTML: run at once, the bundle's work
 * would hold that paint (and the page's LCP) back. Clicks and input meanwhile are replayed by
 * Solid's event capture. A hidden tab paints no frame: it hydrates at once.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run));
}

const root = document.getElementById('app');
if (root) {
  afterFirstPaint(() => hydrateApp(root));
}

function hydrateApp(root: HTMLElement): void {
  // The same component tree as the server's (entry-server.tsx), or hydration keys differ.
  hydrate(
    () => (
      <RequestContextProvider value={{ publicUrl: window.location.origin, status: 200 }}>
        <App client={client} />
      </RequestContextProvider>
    ),
    root,
  );
  // Interactive from here: browser tests wait for it.
  root.dataset.hydrated = '';
}
