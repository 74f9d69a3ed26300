import { generateHydrationScript, renderToStream, ssr } from 'solid-js/web';
import { App } from './app.tsx';
import { createGraphqlClient } from './data/graphql.tsx';
import type { Lang } from './i18n/languages.ts';
import { type RequestContext, RequestContextProvider } from './server-context.tsx';

/** What the storefront's server gives each page render (server/render.ts). */
export interface PageRequest {
  /** Path and query, e.g. /fr/search?q=lampe. */
  url: string;
  lang: Lang;
  /** The shop's origin for canonical and hreflang links, e.g. https://shop.example. */
  publicUrl: string;
  /** The router's /graphql, called directly from the server. */
  routerUrl: string;
  /** The shopper's headers for the router: language, basket token. */
  graphqlHeaders: Record<string, string>;
  /** Built asset URLs (Vite's file names: no character to escape): the client entry, its stylesheets and chunks. */
  assets: { script: string; styles: string[]; preloads: string[] };
}

/** Where a page streams: the server's response, flushed chunk by chunk. */
export interface PageWritable {
  write(chunk: string): void;
  end(): void;
}

export interface PageStream {
  /** Called when the shell (everything but what streams later) is ready: the status is known then. */
  pipe(writable: PageWritable, onShell: (status: number) => void): void;
}

/**
 * Renders a page: a document shell written here, the app streamed inside #app with renderToStream.
 * The shell carries no hydration keys, so the browser hydrates #app alone (entry-client.tsx).
 */
export function renderPage(request: PageRequest): PageStream {
  const context: RequestContext = { publicUrl: request.publicUrl, status: 200 };
  const client = createGraphqlClient({ url: request.routerUrl, headers: () => request.graphqlHeaders });
  const styles = request.assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const preloads = request.assets.preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  const head = `<!doctype html><html lang="${request.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${styles}${preloads}<script type="module" src="${request.assets.script}"></script>${generateHydrationScript()}</head><body><div id="app">`;
  return {
    pipe(writable, onShell) {
      const stream = renderToStream(
        () =>
          ssr(
            [head, '</div></body></html>'],
            <RequestContextProvider value={context}>
              <App url={request.url} client={client} />
            </RequestContextProvider>,
          ),
        { onCompleteShell: () => onShell(context.status) },
      );
      stream.pipe(writable);
    },
  };
}
