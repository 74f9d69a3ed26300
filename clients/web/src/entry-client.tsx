import { hydrate } from 'solid-js/web';
import { App } from './app.tsx';
import { createGraphqlClient } from './data/graphql.tsx';
import { langOfPath } from './i18n/languages.ts';
import './styles.css';

const client = createGraphqlClient({
  url: '/graphql',
  // Catalog text comes in the page's language, whatever the browser's preference.
  headers: () => ({ 'accept-language': langOfPath(window.location.pathname) ?? 'fr' }),
});

const root = document.getElementById('app');
if (root) {
  hydrate(() => <App client={client} />, root);
  // Interactive from here: browser tests wait for it.
  root.dataset.hydrated = '';
}
