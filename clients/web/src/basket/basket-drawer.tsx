import { A } from '@solidjs/router';
import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { query, useGraphql } from '../data/graphql.tsx';
import { BasketDrawerDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { BasketLines, canCheckOut } from './basket-lines.tsx';

/**
 * The header's basket button and the drawer it opens: a modal <dialog> (showModal makes the rest
 * of the page inert, so focus stays inside; Escape closes it and focus returns to the button).
 * The basket is read each time it opens.
 */
export function BasketDrawer(props: { children: JSX.Element }) {
  const { t, href, money } = useI18n();
  const client = useGraphql();
  const [open, setOpen] = createSignal(false);
  const [basket, { mutate: setBasket }] = createResource(
    open,
    async () => (await query(client, BasketDrawerDocument, {})).basket,
  );
  let dialog: HTMLDialogElement | undefined;
  const show = () => {
    setOpen(true);
    dialog?.showModal();
  };
  const close = () => dialog?.close();
  return (
    <>
      <button type="button" class="basket-button" aria-haspopup="dialog" onClick={show}>
        {props.children}
      </button>
      <dialog ref={dialog} class="basket-drawer" aria-labelledby="basket-drawer-title" onClose={() => setOpen(false)}>
        <div class="basket-drawer-panel">
          <header class="basket-drawer-header">
            <h2 id="basket-drawer-title">{t()['basket.title']}</h2>
            <button type="button" class="link-button" onClick={close}>
              {t()['basket.close']}
            </button>
          </header>
          <Show when={!basket.loading || basket.latest} fallback={<p role="status">{t()['basket.loading']}</p>}>
            <Show
              when={basket.latest?.itemCount || basket.latest?.items.length ? basket.latest : undefined}
              fallback={<p>{t()['basket.empty']}</p>}
            >
              {(current) => (
                <>
                  <BasketLines basket={current()} onChange={setBasket} />
                  <p class="basket-subtotal">
                    <span>{t()['basket.subtotal']}</span> <strong>{money(current().subtotal)}</strong>
                  </p>
                  <Show when={canCheckOut(current())} fallback={<p>{t()['basket.fixToCheckOut']}</p>}>
                    <A href={href('/checkout')} class="button button-primary" onClick={close}>
                      {t()['basket.checkout']}
                    </A>
                  </Show>
                </>
              )}
            </Show>
          </Show>
        </div>
      </dialog>
    </>
  );
}
