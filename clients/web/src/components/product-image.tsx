import { Show } from 'solid-js';
import type { ProductImageVariantName } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface PictureSource {
  url: string;
  alt: string;
  /** The platform's resized copies; none for a picture hosted elsewhere. */
  variants?: Array<{ name: ProductImageVariantName; url: string }>;
}

/** The resized copy for the place it is shown (a card, the product page), else the original. */
export function pictureUrl(image: PictureSource, size: ProductImageVariantName | undefined): string {
  return image.variants?.find((variant) => variant.name === size)?.url ?? image.url;
}

/**
 * A product's picture (the resized copy that fits, when the platform serves it), or a neutral
 * placeholder when it has none. The box keeps its square while loading: the page does not shift.
 */
export function ProductImage(props: {
  image: PictureSource | undefined;
  /** Which resized copy; the original when unset or when there is none. */
  size?: ProductImageVariantName;
  width: number;
  eager?: boolean;
  /** The page's largest picture (its LCP): fetched first, before the other pictures and scripts. */
  priority?: boolean;
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
          src={pictureUrl(image(), props.size)}
          alt={image().alt}
          width={props.width}
          height={props.width}
          loading={props.eager || props.priority ? 'eager' : 'lazy'}
          fetchpriority={props.priority ? 'high' : undefined}
          decoding="async"
        />
      )}
    </Show>
  );
}
