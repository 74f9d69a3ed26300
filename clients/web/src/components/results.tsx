import { useLocation, useNavigate } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { pageSize, type SearchView, searchQueryString, sortKeys } from '../catalog/search-params.ts';
import type { ProductResultsFragment } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ProductGrid } from './product-card.tsx';

/**
 * Results with their facets (category, price, in stock), sort and pages. The facets are a GET form
 * on the page's own URL, so they work before (or without) JavaScript; with it, each change applies
 * at once. `withCategories` is false on a category's page, whose subcategories are links instead.
 */
export function Results(props: {
  results: ProductResultsFragment;
  view: SearchView;
  label: string;
  withCategories: boolean;
}) {
  const { t, money } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const viewPath = (view: SearchView) => {
    const query = searchQueryString(view);
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const price = data.get('price')?.toString() ?? '';
    const [min, max] = price.split('-');
    navigate(
      viewPath({
        ...props.view,
        category: data.get('category')?.toString() || undefined,
        minPrice: min ? Number(min) : undefined,
        maxPrice: max ? Number(max) : undefined,
        inStock: data.get('inStock') === '1',
        sort: props.view.sort,
        page: 1,
      }),
    );
  };
  const onChange: JSX.EventHandler<HTMLFormElement, Event> = (event) => apply(event.currentTarget);
  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const priceValue = (min: number | undefined, max: number | undefined) =>
    min === undefined && max === undefined ? '' : `${min ?? ''}-${max ?? ''}`;
  const currentPrice = () => priceValue(props.view.minPrice, props.view.maxPrice);
  const currency = () => props.results.edges[0]?.node.price.currency ?? 'EUR';
  const pages = () => Math.max(1, Math.ceil(props.results.totalCount / pageSize));
  return (
    <div class="results-layout">
      <form class="facets" method="get" action={location.pathname} onChange={onChange} onSubmit={onSubmit}>
        <h2 class="facets-title">{t()['facets.title']}</h2>
        <Show when={props.view.q}>{(q) => <input type="hidden" name="q" value={q()} />}</Show>
        <Show when={props.view.sort !== 'RELEVANCE'}>
          <input type="hidden" name="sort" value={sortKeys().find(([, sort]) => sort === props.view.sort)?.[0]} />
        </Show>
        <Show when={props.withCategories && props.results.facets.categories.length > 0}>
          <fieldset>
            <legend>{t()['facets.category']}</legend>
            <label>
              <input type="radio" name="category" value="" checked={!props.view.category} />
              {t()['facets.allCategories']}
            </label>
            <For each={props.results.facets.categories}>
              {(facet) => (
                <label>
                  <input
                    type="radio"
                    name="category"
                    value={facet.category.slug}
                    checked={props.view.category === facet.category.slug}
                  />
                  {facet.category.name} <span class="facet-count">({facet.count})</span>
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <fieldset>
          <legend>{t()['facets.price']}</legend>
          <label>
            <input type="radio" name="price" value="" checked={currentPrice() === ''} />
            {t()['facets.anyPrice']}
          </label>
          <For each={props.results.facets.priceBuckets.filter((bucket) => bucket.count > 0)}>
            {(bucket) => {
              // Buckets end before `max`; the filter's maxPrice is inclusive.
              const value = priceValue(
                bucket.min,
                bucket.max === null || bucket.max === undefined ? undefined : bucket.max - 1,
              );
              const min = money({ amount: bucket.min, currency: currency() });
              return (
                <label>
                  <input type="radio" name="price" value={value} checked={currentPrice() === value} />
                  {bucket.max === null || bucket.max === undefined
                    ? t()['facets.priceFrom'](min)
                    : t()['facets.priceRange'](min, money({ amount: bucket.max, currency: currency() }))}{' '}
                  <span class="facet-count">({bucket.count})</span>
                </label>
              );
            }}
          </For>
        </fieldset>
        <fieldset>
          <legend class="visually-hidden">{t()['facets.inStock']}</legend>
          <label>
            <input type="checkbox" name="inStock" value="1" checked={props.view.inStock} />
            {t()['facets.inStock']} <span class="facet-count">({props.results.facets.inStock})</span>
          </label>
        </fieldset>
        <noscript>
          <button type="submit">{t()['facets.apply']}</button>
        </noscript>
        <a href={viewPath({ q: props.view.q, inStock: false, sort: props.view.sort, page: 1 })}>
          {t()['facets.clear']}
        </a>
      </form>
      <div>
        <div class="results-bar">
          <p role="status">{t()['search.results'](props.results.totalCount)}</p>
          <SortSelect view={props.view} to={viewPath} />
        </div>
        <Show when={props.results.edges.length > 0} fallback={<p>{t()['search.none']}</p>}>
          <ProductGrid products={props.results.edges.map((edge) => edge.node)} label={props.label} />
        </Show>
        <Show when={pages() > 1}>
          <nav class="pagination" aria-label={t()['pagination.label']}>
            <Show when={props.view.page > 1}>
              <a href={viewPath({ ...props.view, page: props.view.page - 1 })} rel="prev">
                {t()['pagination.previous']}
              </a>
            </Show>
            <span aria-current="page">{t()['pagination.page'](props.view.page, pages())}</span>
            <Show when={props.view.page < pages()}>
              <a href={viewPath({ ...props.view, page: props.view.page + 1 })} rel="next">
                {t()['pagination.next']}
              </a>
            </Show>
          </nav>
        </Show>
      </div>
    </div>
  );
}

/** The sort order: a select that navigates at once; without JavaScript, its own GET form. */
function SortSelect(props: { view: SearchView; to: (view: SearchView) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const current = () => sortKeys().find(([, sort]) => sort === props.view.sort)?.[0];
  const onChange: JSX.EventHandler<HTMLSelectElement, Event> = (event) => {
    const sort = sortKeys().find(([key]) => key === event.currentTarget.value)?.[1] ?? 'RELEVANCE';
    navigate(props.to({ ...props.view, sort, page: 1 }));
  };
  return (
    <form method="get" action={location.pathname} class="sort-form">
      <For each={Object.entries(props.view).filter(([key]) => key !== 'sort' && key !== 'page')}>
        {([key, value]) => (
          <Show when={value !== undefined && value !== false}>
            <input type="hidden" name={key} value={value === true ? '1' : String(value)} />
          </Show>
        )}
      </For>
      <label>
        {t()['sort.label']}
        <select name="sort" onChange={onChange}>
          <For each={sortKeys()}>
            {([key, sort]) => (
              <option value={key} selected={current() === key}>
                {t()[`sort.${sort}`]}
              </option>
            )}
          </For>
        </select>
      </label>
      <noscript>
        <button type="submit">{t()['facets.apply']}</button>
      </noscript>
    </form>
  );
}
