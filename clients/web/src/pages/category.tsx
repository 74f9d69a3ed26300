import { A, useLocation, useParams } from '@solidjs/router';
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { resultsPage } from '../catalog/results.ts';
import { filterOf, searchQueryString, searchViewOf } from '../catalog/search-params.ts';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { Results } from '../components/results.tsx';
import { Seo } from '../components/seo.tsx';
import { query, useGraphql } from '../data/graphql.tsx';
import { CategoryPageDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { NotFound } from './not-found.tsx';

export default function CategoryPage() {
  const { t, href, lang } = useI18n();
  const params = useParams<{ slug: string }>();
  const location = useLocation();
  const client = useGraphql();
  // The category's own filter is its id: the URL's `category` key means nothing here.
  const view = () => ({ ...searchViewOf(location.query), category: undefined });
  const [page] = createResource(
    () => ({ slug: params.slug, view: view(), lang: lang() }),
    async ({ slug, view, lang }) => {
      const { category } = await query(client, CategoryPageDocument, { slug }, { lang });
      if (!category) return null;
      const results = await resultsPage(client, filterOf(view, category.id), view.sort, view.page, lang);
      return { category, results };
    },
    { deferStream: true },
  );
  return (
    <Switch>
      <Match when={page() === null}>
        <NotFound />
      </Match>
      <Match when={page()}>
        {(found) => {
          const category = () => found().category;
          return (
            <>
              <Seo
                title={`${category().name} — ${t()['site.name']}`}
                description={t()['category.description'](category().name)}
                canonicalQuery={searchQueryString({ ...view(), q: undefined })}
              />
              <Breadcrumb categories={category().breadcrumb} />
              <h1>{category().name}</h1>
              <Show when={category().children.length > 0}>
                <nav aria-label={t()['category.subcategories']}>
                  <ul class="category-list">
                    <For each={category().children}>
                      {(child) => (
                        <li>
                          <A href={href(`/c/${child.slug}`)}>{child.name}</A>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
              </Show>
              <Results results={found().results} view={view()} label={category().name} withCategories={false} />
            </>
          );
        }}
      </Match>
    </Switch>
  );
}
