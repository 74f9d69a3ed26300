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

const root = document.getElementById('app');
if (root) {
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
