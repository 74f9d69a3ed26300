import { useLocation } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { resultsPage } from '../catalog/results.ts';
import { filterOf, searchQueryString, searchViewOf } from '../catalog/search-params.ts';
import { Results } from '../components/results.tsx';
import { Seo } from '../components/seo.tsx';
import { query, useGraphql } from '../data/graphql.tsx';
import { CategoryIdDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

export default function SearchPage() {
  const { t, lang } = useI18n();
  const location = useLocation();
  const client = useGraphql();
  const view = () => searchViewOf(location.query);
  const [results] = createResource(
    () => ({ view: view(), lang: lang() }),
    async ({ view, lang }) => {
      const categoryId = view.category
        ? (await query(client, CategoryIdDocument, { slug: view.category }, { lang })).category?.id
        : undefined;
      return resultsPage(client, filterOf(view, categoryId), view.sort, view.page, lang);
    },
    { deferStream: true },
  );
  const title = () => (view().q ? t()['search.titleFor'](view().q ?? '') : t()['search.title']);
  return (
    <>
      <h1>{title()}</h1>
      <Show when={results()}>
        {(data) => (
          <>
            <Seo
              title={`${title()} — ${t()['site.name']}`}
              description={`${t()['search.results'](data().totalCount)} — ${t()['site.description']}`}
              canonicalQuery={searchQueryString(view())}
              noindex
            />
            <Results results={data()} view={view()} label={title()} withCategories />
          </>
        )}
      </Show>
    </>
  );
}
