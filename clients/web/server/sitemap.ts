import { type Router as ExpressRouter, Router } from 'express';
import {
  SitemapCategoriesDocument,
  type SitemapCategoriesQuery,
  SitemapProductsDocument,
  type TypedDocumentString,
} from '../src/generated/graphql.ts';
import { languages } from '../src/i18n/languages.ts';

/** The sitemap protocol's limit per file; beyond it a sitemap index would be needed. */
const maxUrls = 50_000;

/** Runs a storefront document at the router by its hash (it is in the trusted-documents manifest). */
async function persisted<TResult, TVariables>(
  routerUrl: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const sha256Hash = String(document.__meta__?.hash).replace(/^sha256:/, '');
  const response = await fetch(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string }> };
  if (!body.data || body.errors?.length) throw new Error(`router: ${body.errors?.map((e) => e.message).join('; ')}`);
  return body.data;
}

function categorySlugs(categories: SitemapCategoriesQuery['categories']): string[] {
  return categories.flatMap((category) => [
    category.slug,
    ...category.children.flatMap((child) => [child.slug, ...child.children.map((grandchild) => grandchild.slug)]),
  ]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One <url> per page and language, each naming its other languages (xhtml:link alternates). */
function urlEntry(origin: string, path: string, lastmod?: string): string {
  const alternates = languages
    .map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(`${origin}/${lang}${path}`)}"/>`)
    .join('');
  return languages
    .map(
      (lang) =>
        `<url><loc>${escapeXml(`${origin}/${lang}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`,
    )
    .join('\n');
}

/**
 * `/robots.txt` (everything may be crawled but the shopper's own pages; the sitemap's address) and
 * `/sitemap.xml`: home, every category and every active product, in each language.
 */
export function seoRoutes(options: { routerUrl: string; publicUrl?: string }): ExpressRouter {
  const router = Router();
  const originOf = (protocol: string, host: string | undefined) => options.publicUrl ?? `${protocol}://${host}`;
  router.get('/robots.txt', (req, res) => {
    const disallowed = languages.flatMap((lang) => [`/${lang}/account`, `/${lang}/checkout`, `/${lang}/search`]);
    res
      .type('text/plain')
      .send(
        `User-agent: *\n${disallowed.map((path) => `Disallow: ${path}`).join('\n')}\n\nSitemap: ${originOf(req.protocol, req.get('host'))}/sitemap.xml\n`,
      );
  });
  router.get('/sitemap.xml', async (req, res, next) => {
    try {
      const origin = originOf(req.protocol, req.get('host'));
      const entries = [urlEntry(origin, '')];
      const { categories } = await persisted(options.routerUrl, SitemapCategoriesDocument, {});
      for (const slug of categorySlugs(categories)) entries.push(urlEntry(origin, `/c/${slug}`));
      let after: string | null = null;
      do {
        const { products }: Awaited<ReturnType<typeof productsPage>> = await productsPage(options.routerUrl, after);
        for (const { node } of products.edges)
          entries.push(urlEntry(origin, `/p/${node.slug}`, new Date(node.updatedAt).toISOString().slice(0, 10)));
        after = products.pageInfo.hasNextPage ? (products.pageInfo.endCursor ?? null) : null;
      } while (after !== null && entries.length * languages.length < maxUrls);
      res
        .type('application/xml')
        .set('cache-control', 'public, max-age=3600')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`,
        );
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function productsPage(routerUrl: string, after: string | null) {
  return persisted(routerUrl, SitemapProductsDocument, { after });
}
