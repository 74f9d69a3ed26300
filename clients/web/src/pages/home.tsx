import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { ProductGrid } from '../components/product-card.tsx';
import { Seo } from '../components/seo.tsx';
import { query, useGraphql } from '../data/graphql.tsx';
import { HomeDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function Home() {
  const { t, href, lang } = useI18n();
  const client = useGraphql();
  // The language is the key: switching it refetches the names in the other one.
  const [home] = createResource(lang, (lang) => query(client, HomeDocument, {}, { lang }), { deferStream: true });
  return (
    <>
      <section class="hero">
        <h1>{t()['site.tagline']}</h1>
      </section>
      <Show when={home()}>
        {(data) => (
          <>
            {/* Head tags once the data is there: a server pass before it would add its own copies. */}
            <Seo title={t()['home.title']} description={t()['site.description']} />
            <section aria-labelledby="home-categories">
              <h2 id="home-categories">{t()['home.categories']}</h2>
              <ul class="category-list">
                <For each={data().categories}>
                  {(category) => (
                    <li>
                      <A href={href(`/c/${category.slug}`)}>{category.name}</A>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <section aria-labelledby="home-featured">
              <h2 id="home-featured">{t()['home.featured']}</h2>
              <ProductGrid products={data().products.edges.map((edge) => edge.node)} label={t()['home.featured']} />
            </section>
          </>
        )}
      </Show>
    </>
  );
}
