import { Show } from 'solid-js';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A product's picture as the catalog gives its URL, or a neutral placeholder when it has none. The
 * box keeps its square while loading, so the page does not shift.
 */
export function ProductImage(props: {
  image: { url: string; alt: string } | undefined;
  width: number;
  eager?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Show
      when={props.image}
      fallback={
        <div class="product-image product-image-empty" role="img" aria-label={t()['product.noImage']}>
          <svg viewBox="0 0 24 24" aria-hidden="true" width="48" height="48">
            <path d="M4 5h16v14H4z M4 15l5-5 4 4 3-3 4 4" fill="none" stroke="currentColor" stroke-width="1.2" />
          </svg>
        </div>
      }
    >
      {(image) => (
        <img
          class="product-image"
          src={image().url}
          alt={image().alt}
          width={props.width}
          height={props.width}
          loading={props.eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      )}
    </Show>
  );
}
