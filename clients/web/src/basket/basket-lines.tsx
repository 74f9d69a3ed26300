import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ProductImage } from '../components/product-image.tsx';
import { mutate, useGraphql } from '../data/graphql.tsx';
import {
  type BasketDrawerFieldsFragment,
  type BasketDrawerPayloadFragment,
  ChangeBasketLineQuantityDocument,
  RemoveBasketLineDocument,
} from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useBasketCount } from './basket-count.tsx';

type Basket = BasketDrawerFieldsFragment;
type Line = Basket['items'][number];

/** The most units a basket line holds (the API refuses more: QUANTITY_TOO_HIGH). */
const maxLineQuantity = 999;

/**
 * A basket's lines with their quantity steppers and remove buttons, each line's problem spelled out
 * (withdrawn, short of stock, another currency); every change answers with the whole basket.
 */
export function BasketLines(props: { basket: Basket; onChange: (basket: Basket) => void }) {
  const { t, href, money } = useI18n();
  const client = useGraphql();
  const count = useBasketCount();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');

  const apply = async (change: Promise<BasketDrawerPayloadFragment>) => {
    setBusy(true);
    setProblem('');
    try {
      const payload = await change;
      if (payload.userErrors[0]) setProblem(payload.userErrors[0].message);
      if (payload.basket) {
        props.onChange(payload.basket);
        count.set(payload.basket.itemCount);
      }
    } catch {
      setProblem(t()['basket.changeFailed']);
    } finally {
      setBusy(false);
    }
  };
  const setQuantity = (line: Line, quantity: number) =>
    apply(
      mutate(client, ChangeBasketLineQuantityDocument, { input: { productId: line.product.id, quantity } }).then(
        (data) => data.updateBasketItemQuantity,
      ),
    );
  const remove = (line: Line) =>
    apply(
      mutate(client, RemoveBasketLineDocument, { input: { productId: line.product.id } }).then(
        (data) => data.removeBasketItem,
      ),
    );

  return (
    <>
      <ul class="basket-lines" aria-busy={busy()}>
        <For each={props.basket.items}>
          {(line) => (
            <li class="basket-line" classList={{ 'basket-line-problem': line.problem !== null }}>
              <ProductImage image={line.product.images[0]} width={72} />
              <div class="basket-line-body">
                <A href={href(`/p/${line.product.slug}`)} class="basket-line-name">
                  {line.product.name}
                </A>
                <p class="basket-line-price">{money(line.unitPrice)}</p>
                <Show when={line.problem}>
                  {(kind) => <p class="line-problem">{lineProblem(t(), kind(), line.availableQuantity)}</p>}
                </Show>
                <fieldset class="quantity-stepper">
                  <legend class="visually-hidden">{t()['basket.quantityOf'](line.product.name)}</legend>
                  <button
                    type="button"
                    aria-label={t()['basket.decrease'](line.product.name)}
                    disabled={busy() || line.quantity <= 1}
                    onClick={() => setQuantity(line, line.quantity - 1)}
                  >
                    −
                  </button>
                  <output aria-live="polite">{line.quantity}</output>
                  <button
                    type="button"
                    aria-label={t()['basket.increase'](line.product.name)}
                    disabled={busy() || line.quantity >= maxLineQuantity || line.problem === 'ARCHIVED'}
                    onClick={() => setQuantity(line, line.quantity + 1)}
                  >
                    +
                  </button>
                </fieldset>
              </div>
              <div class="basket-line-end">
                <p class="basket-line-total">{money(line.lineTotal)}</p>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t()['basket.removeLine'](line.product.name)}
                  disabled={busy()}
                  onClick={() => remove(line)}
                >
                  {t()['basket.remove']}
                </button>
              </div>
            </li>
          )}
        </For>
      </ul>
      <p role="alert" class="form-error">
        {problem()}
      </p>
    </>
  );
}

type Strings = ReturnType<ReturnType<typeof useI18n>['t']>;

function lineProblem(t: Strings, kind: NonNullable<Line['problem']>, available: number): string {
  if (kind === 'ARCHIVED') return t['basket.problem.ARCHIVED'];
  if (kind === 'INSUFFICIENT_STOCK') return t['basket.problem.INSUFFICIENT_STOCK'](available);
  return t['basket.problem.CURRENCY_MISMATCH'];
}

/** Whether every line can be ordered as it is (no archived product, no other currency). */
export function canCheckOut(basket: Basket): boolean {
  return (
    basket.itemCount > 0 &&
    basket.items.every((line) => line.problem !== 'ARCHIVED' && line.problem !== 'CURRENCY_MISMATCH')
  );
}
