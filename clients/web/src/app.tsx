import { MetaProvider } from '@solidjs/meta';
import { Router } from '@solidjs/router';
import type { Client } from '@urql/core';
import { ErrorBoundary, Suspense } from 'solid-js';
import { BasketCountProvider } from './basket/basket-count.tsx';
import { GraphqlProvider } from './data/graphql.tsx';
import { Layout } from './layout.tsx';
import { ErrorPage } from './pages/not-found.tsx';
import { routes } from './routes.tsx';

/** The storefront inside <body>: the same tree on the server (`url` given) and in the browser. */
export function App(props: { url?: string; client: Client }) {
  return (
    <MetaProvider>
      <GraphqlProvider client={props.client}>
        <BasketCountProvider>
          <Router
            url={props.url}
            root={(root) => (
              <Layout>
                <ErrorBoundary fallback={(error) => <ErrorPage error={error} />}>
                  {/* Pages' data resolves in here: on the server, before the shell when deferStream. */}
                  <Suspense>{root.children}</Suspense>
                </ErrorBoundary>
              </Layout>
            )}
          >
            {routes}
          </Router>
        </BasketCountProvider>
      </GraphqlProvider>
    </MetaProvider>
  );
}
