import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import { useBasketCount } from '../basket/basket-count.tsx';
import { productJsonLd } from '../catalog/product-json-ld.ts';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ProductImage, pictureUrl } from '../components/product-image.tsx';
import { Seo } from '../components/seo.tsx';
import { mutate, query, useGraphql } from '../data/graphql.tsx';
import { AddToBasketDocument, ProductPageDocument, type ProductPageQuery } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePublicUrl } from '../server-context.tsx';
import { NotFound } from './not-found.tsx';

type PageProduct = NonNullable<ProductPageQuery['product']>;

/** Below this many units, the stock line says how few are left. */
const lowStock = 5;
/** A basket line's most units (the baskets subgraph's limit). */
const maxQuantity = 999;

export default function ProductPage() {
  const { lang } = useI18n();
  const params = useParams<{ slug: string }>();
  const client = useGraphql();
  const [product] = createResource(
    () => ({ slug: params.slug, lang: lang() }),
    async ({ slug, lang }) => (await query(client, ProductPageDocument, { slug }, { lang })).product,
    { deferStream: true },
  );
  return (
    <Switch>
      <Match when={product() === null}>
        <NotFound />
      </Match>
      <Match when={product()}>{(found) => <ProductDetail product={found()} />}</Match>
    </Switch>
  );
}

function ProductDetail(props: { product: PageProduct }) {
  const { t, href, money } = useI18n();
  const publicUrl = usePublicUrl();
  const excerpt = () => props.product.description.replace(/\s+/g, ' ').slice(0, 160);
  return (
    <article class="product-page" aria-labelledby="product-name">
      <Seo title={`${props.product.name} — ${t()['site.name']}`} description={excerpt()} />
      <script
        type="application/ld+json"
        innerHTML={productJsonLd(props.product, `${publicUrl}${href(`/p/${props.product.slug}`)}`)}
      />
      <div>
        <Breadcrumb categories={props.product.category?.breadcrumb ?? []} current={props.product.name} />
        <Gallery images={props.product.images} />
      </div>
      <div class="product-info">
        <h1 id="product-name">{props.product.name}</h1>
        <p class="price product-price">{money(props.product.price)}</p>
        <StockLine product={props.product} />
        <Show when={props.product.status === 'ACTIVE'} fallback={<p class="notice">{t()['product.archived']}</p>}>
          <BuyBox product={props.product} />
        </Show>
        <h2>{t()['product.description']}</h2>
        <p class="product-description">{props.product.description}</p>
        <h2>{t()['product.attributes']}</h2>
        <dl class="attributes">
          <dt>{t()['product.sku']}</dt>
          <dd>{props.product.sku}</dd>
          <For each={props.product.attributes}>
            {(attribute) => (
              <>
                <dt>{attribute.name}</dt>
                <dd>{attribute.value}</dd>
              </>
            )}
          </For>
        </dl>
      </div>
    </article>
  );
}

function StockLine(props: { product: PageProduct }) {
  const { t } = useI18n();
  const available = () => props.product.stock.available;
  return (
    <Show when={props.product.status === 'ACTIVE'}>
      <p
        class={`stock ${available() === 0 ? 'stock-out' : available() < lowStock ? 'stock-low' : 'stock-in'}`}
        data-testid="stock"
      >
        {available() === 0
          ? t()['product.outOfStock']
          : available() < lowStock
            ? t()['product.lowStock'](available())
            : t()['product.inStock'](available())}
      </p>
    </Show>
  );
}

/** The product's pictures: the chosen one large, every one as a thumbnail button. */
function Gallery(props: { images: PageProduct['images'] }) {
  const { t } = useI18n();
  const [shown, setShown] = createSignal(0);
  return (
    <section aria-label={t()['product.images']} class="gallery">
      <ProductImage image={props.images[shown()] ?? props.images[0]} size="LARGE" width={800} priority />
      <Show when={props.images.length > 1}>
        <ul class="gallery-thumbs">
          <For each={props.images}>
            {(image, index) => (
              <li>
                <button
                  type="button"
                  aria-label={t()['product.showImage'](index() + 1)}
                  aria-current={shown() === index()}
                  onClick={() => setShown(index())}
                >
                  <img src={pictureUrl(image, 'THUMB')} alt="" width="64" height="64" loading="lazy" />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** Quantity and the add-to-basket button; the header's count follows the basket's payload. */
function BuyBox(props: { product: PageProduct }) {
  const { t } = useI18n();
  const client = useGraphql();
  const basket = useBasketCount();
  const [quantity, setQuantity] = createSignal(1);
  const [adding, setAdding] = createSignal(false);
  const [message, setMessage] = createSignal<{ text: string; error: boolean }>();
  const max = () => Math.max(1, Math.min(props.product.stock.available, maxQuantity));
  const submit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    setAdding(true);
    setMessage(undefined);
    try {
      const { addBasketItem } = await mutate(client, AddToBasketDocument, {
        input: { productId: props.product.id, quantity: quantity() },
      });
      const problem = addBasketItem.userErrors[0];
      if (problem) setMessage({ text: problem.message, error: true });
      else {
        if (addBasketItem.basket) basket.set(addBasketItem.basket.itemCount);
        setMessage({ text: t()['product.added'](quantity()), error: false });
      }
    } catch {
      setMessage({ text: t()['product.addFailed'], error: true });
    } finally {
      setAdding(false);
    }
  };
  return (
    <form class="buy-box" onSubmit={submit}>
      <label>
        {t()['product.quantity']}
        <input
          type="number"
          name="quantity"
          min="1"
          max={max()}
          value={quantity()}
          inputmode="numeric"
          onInput={(event) => setQuantity(Math.max(1, Math.min(max(), Number(event.currentTarget.value) || 1)))}
        />
      </label>
      <button type="submit" disabled={adding() || props.product.stock.available === 0}>
        {adding() ? t()['product.adding'] : t()['product.addToBasket']}
      </button>
      <p class={`notice${message()?.error ? ' notice-error' : ''}`} role="status" hidden={!message()}>
        {message()?.text}
      </p>
    </form>
  );
}
