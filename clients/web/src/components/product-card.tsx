import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { ProductTileFragment } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ProductImage } from './product-image.tsx';

export function ProductCard(props: { product: ProductTileFragment; eager?: boolean; priority?: boolean }) {
  const { t, href, money } = useI18n();
  return (
    <article class="product-card">
      <A href={href(`/p/${props.product.slug}`)} class="product-card-link">
        <ProductImage
          image={props.product.images[0]}
          size="CARD"
          width={400}
          eager={props.eager}
          priority={props.priority}
        />
        <h3 class="product-card-name">{props.product.name}</h3>
      </A>
      <p class="price">{money(props.product.price)}</p>
      <Show when={props.product.stock.available === 0}>
        <p class="stock stock-out">{t()['product.outOfStock']}</p>
      </Show>
    </article>
  );
}

export function ProductGrid(props: { products: ProductTileFragment[]; label: string }) {
  return (
    <ul class="product-grid" aria-label={props.label}>
      <For each={props.products}>
        {(product, index) => (
          <li>
            <ProductCard product={product} eager={index() < 4} priority={index() === 0} />
          </li>
        )}
      </For>
    </ul>
  );
}
