import { A } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { useBasketCount } from '../basket/basket-count.tsx';
import { canCheckOut } from '../basket/basket-lines.tsx';
import { estimatedShipping } from '../checkout/shipping-estimate.ts';
import { type CardProblem, tokenizeTestCard } from '../checkout/test-card.ts';
import { AddressFields, AddressLines, addressOf } from '../components/address-form.tsx';
import { Field, formValues } from '../components/field.tsx';
import { OrderTotals } from '../components/order-totals.tsx';
import { Seo } from '../components/seo.tsx';
import { mutate, query, useGraphql } from '../data/graphql.tsx';
import {
  AccountOrderDocument,
  CheckoutStartDocument,
  type CheckoutStartQuery,
  CreateAddressDocument,
  type OrderDetailFragment,
  PlaceCheckoutOrderDocument,
} from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { restored, restoreSession } from '../session/session.ts';
import { SignInForm, SignUpForm } from './account/sign-in-form.tsx';

/**
 * Checkout on one page, top to bottom: the basket, the account (sign in or sign up, the basket
 * kept), where to ship (a saved address or a new one), shipping, the card, then review and place
 * the order. Rendered in the browser only, as it needs the session.
 */
export default function CheckoutPage() {
  const { t } = useI18n();
  const client = useGraphql();
  const [placed, setPlaced] = createSignal<OrderDetailFragment>();
  onMount(() => void restoreSession());
  // Read once the session is known, and again after sign-in (AccountStep), once the basket is merged.
  const [start, { refetch }] = createResource(restored, () => query(client, CheckoutStartDocument, {}));
  return (
    <section class="checkout stack" aria-labelledby="checkout-title">
      <Seo title={t()['checkout.title']} description={t()['checkout.title']} noindex />
      <h1 id="checkout-title">{t()['checkout.title']}</h1>
      <Show
        when={placed()}
        fallback={
          <Show when={start.latest} fallback={<p role="status">{t()['session.loading']}</p>}>
            {(data) => <Checkout data={data()} onPlaced={setPlaced} onStale={refetch} />}
          </Show>
        }
      >
        {(order) => <Confirmation order={order()} />}
      </Show>
    </section>
  );
}

/** `onStale`: read the basket and account again (after sign-in, or when the basket changed). */
function Checkout(props: {
  data: CheckoutStartQuery;
  onPlaced: (order: OrderDetailFragment) => void;
  onStale: () => void;
}) {
  const { t, href, money } = useI18n();
  const basket = () => props.data.basket;
  return (
    <Show
      when={basket()?.itemCount ? basket() : undefined}
      fallback={
        <p>
          {t()['basket.empty']} <A href={href('/')}>{t()['checkout.continueShopping']}</A>
        </p>
      }
    >
      {(current) => (
        <>
          <section aria-labelledby="checkout-basket" class="stack">
            <h2 id="checkout-basket">{t()['checkout.step.basket']}</h2>
            <ul class="summary-lines">
              <For each={current().items}>
                {(line) => (
                  <li>
                    <span>{t()['checkout.lineSummary'](line.product.name, line.quantity)}</span>{' '}
                    <span>{money(line.lineTotal)}</span>
                  </li>
                )}
              </For>
            </ul>
            <Show when={!canCheckOut(current())}>
              <p role="alert">{t()['basket.fixToCheckOut']}</p>
            </Show>
          </section>
          <Show when={props.data.me} fallback={<AccountStep onSignedIn={props.onStale} />}>
            {(me) => <OrderForm me={me()} basket={current()} onPlaced={props.onPlaced} onStale={props.onStale} />}
          </Show>
        </>
      )}
    </Show>
  );
}

function AccountStep(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="checkout-account" class="stack">
      <h2 id="checkout-account">{t()['checkout.step.account']}</h2>
      <p>{t()['checkout.accountWhy']}</p>
      <div class="two-columns">
        <SignInForm onSignedIn={props.onSignedIn} />
        <SignUpForm onSignedIn={props.onSignedIn} />
      </div>
    </section>
  );
}

type Me = NonNullable<CheckoutStartQuery['me']>;
type Basket = NonNullable<CheckoutStartQuery['basket']>;

function OrderForm(props: {
  me: Me;
  basket: Basket;
  onPlaced: (order: OrderDetailFragment) => void;
  onStale: () => void;
}) {
  const { t, money } = useI18n();
  const client = useGraphql();
  const basketCount = useBasketCount();
  const saved = () => props.me.addresses ?? [];
  const preferred = () => (saved().find((address) => address.isDefaultShipping) ?? saved()[0])?.id ?? 'new';
  const [addressChoice, setAddressChoice] = createSignal(preferred());
  const [cardProblem, setCardProblem] = createSignal<CardProblem>();
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  // One key per checkout attempt: sent again after a lost answer, it returns the same order.
  let idempotencyKey = crypto.randomUUID();
  const shipping = () => estimatedShipping(props.basket.subtotal);

  const place: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const card = tokenizeTestCard({
      number: values.cardNumber ?? '',
      expiry: values.cardExpiry ?? '',
      cvc: values.cardCvc ?? '',
    });
    if ('problem' in card) {
      setCardProblem(card.problem);
      return;
    }
    setCardProblem(undefined);
    setError('');
    setBusy(true);
    try {
      const newAddress = addressChoice() === 'new' ? addressOf(values) : undefined;
      if (newAddress && values.saveAddress === 'on') {
        await mutate(client, CreateAddressDocument, { input: { address: newAddress } });
      }
      const { placeOrder } = await mutate(client, PlaceCheckoutOrderDocument, {
        input: {
          ...(newAddress ? { shippingAddress: newAddress } : { addressId: addressChoice() }),
          idempotencyKey,
          basketVersion: props.basket.version,
          payment: { token: card.token },
        },
      });
      if (placeOrder.order) {
        basketCount.set(0);
        props.onPlaced(placeOrder.order);
        return;
      }
      // No order was made: the next attempt is a new one.
      idempotencyKey = crypto.randomUUID();
      const problem = placeOrder.userErrors[0];
      if (problem?.code === 'BASKET_CHANGED' || problem?.code === 'BASKET_OUT_OF_DATE') {
        setError(t()['checkout.basketChanged']);
        props.onStale();
      } else {
        setError(problem?.message ?? t()['checkout.failed']);
      }
    } catch {
      // The answer was lost: the same key asks again without ordering twice.
      setError(t()['checkout.failed']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" onSubmit={place} aria-labelledby="checkout-address">
      <section class="stack">
        <h2 id="checkout-address">{t()['checkout.step.address']}</h2>
        <fieldset class="stack">
          <legend>{t()['checkout.shipTo']}</legend>
          <For each={saved()}>
            {(address) => (
              <label class="choice">
                <input
                  type="radio"
                  name="addressChoice"
                  value={address.id}
                  checked={addressChoice() === address.id}
                  onChange={() => setAddressChoice(address.id)}
                />
                <AddressLines address={address} />
              </label>
            )}
          </For>
          <label class="choice">
            <input
              type="radio"
              name="addressChoice"
              value="new"
              checked={addressChoice() === 'new'}
              onChange={() => setAddressChoice('new')}
            />
            {t()['checkout.newAddress']}
          </label>
        </fieldset>
        <Show when={addressChoice() === 'new'}>
          <AddressFields idPrefix="checkout" />
          <label class="checkbox">
            <input type="checkbox" name="saveAddress" checked /> {t()['checkout.saveAddress']}
          </label>
        </Show>
      </section>

      <section class="stack" aria-labelledby="checkout-payment">
        <h2 id="checkout-payment">{t()['checkout.step.payment']}</h2>
        <p class="field-hint">{t()['checkout.testCards']}</p>
        <Field
          label={t()['checkout.cardNumber']}
          name="cardNumber"
          inputmode="numeric"
          autocomplete="cc-number"
          required
          error={cardProblem() === 'number' ? t()['checkout.cardNumberInvalid'] : undefined}
        />
        <div class="field-row">
          <Field
            label={t()['checkout.cardExpiry']}
            hint={t()['checkout.cardExpiryHint']}
            name="cardExpiry"
            autocomplete="cc-exp"
            required
            error={cardProblem() === 'expiry' ? t()['checkout.cardExpiryInvalid'] : undefined}
          />
          <Field
            label={t()['checkout.cardCvc']}
            name="cardCvc"
            inputmode="numeric"
            autocomplete="cc-csc"
            required
            error={cardProblem() === 'cvc' ? t()['checkout.cardCvcInvalid'] : undefined}
          />
        </div>
      </section>

      <section class="stack" aria-labelledby="checkout-review">
        <h2 id="checkout-review">{t()['checkout.step.review']}</h2>
        <dl class="totals">
          <dt>{t()['basket.subtotal']}</dt>
          <dd>{money(props.basket.subtotal)}</dd>
          <dt>{t()['checkout.shipping']}</dt>
          <dd>
            <Show when={shipping()} fallback={t()['checkout.shippingAtOrder']}>
              {(cost) => (cost().amount === 0 ? t()['checkout.freeShipping'] : money(cost()))}
            </Show>
          </dd>
          <Show when={shipping()}>
            {(cost) => (
              <>
                <dt>{t()['checkout.total']}</dt>
                <dd>
                  <strong>
                    {money({ amount: props.basket.subtotal.amount + cost().amount, currency: cost().currency })}
                  </strong>
                </dd>
              </>
            )}
          </Show>
        </dl>
        <p role="alert" class="form-error">
          {error()}
        </p>
        <button type="submit" class="button button-primary" disabled={busy() || !canCheckOut(props.basket)}>
          {t()['checkout.place']}
        </button>
      </section>
    </form>
  );
}

/** How long the confirmation follows the order while its payment and stock are decided. */
const followForMs = 60_000;
const followEveryMs = 1_000;

/** The order placed: its number, then its status as the payment and stock decisions come in. */
function Confirmation(props: { order: OrderDetailFragment }) {
  const { t, href } = useI18n();
  const client = useGraphql();
  const [order, setOrder] = createSignal(props.order);
  const until = Date.now() + followForMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = async () => {
    const { order: latest } = await query(client, AccountOrderDocument, { id: props.order.id }).catch(() => ({
      order: null,
    }));
    if (latest) setOrder(latest);
    const undecided = order().status === 'PLACED';
    if (undecided && Date.now() < until) timer = setTimeout(follow, followEveryMs);
  };
  onMount(() => {
    timer = setTimeout(follow, followEveryMs);
  });
  onCleanup(() => clearTimeout(timer));
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section class="confirmation stack" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex="-1" ref={heading}>
        {t()['checkout.thanks']}
      </h2>
      <p>{t()['checkout.placedAs'](order().number)}</p>
      <p role="status">
        <span class="status-badge" data-status={order().status} data-testid="confirmation-status">
          {t().orderStatus[order().status]}
        </span>
      </p>
      <Show when={order().payment?.status === 'ACTION_REQUIRED' && order().payment?.actionUrl}>
        {(url) => (
          <p role="alert">
            {t()['checkout.actionRequired']} <a href={url()}>{t()['checkout.authenticate']}</a>
          </p>
        )}
      </Show>
      <Show when={order().status === 'CANCELLED'}>
        <p role="alert">
          {order().payment?.status === 'FAILED' ? t()['checkout.declined'] : t()['checkout.cancelled']}
        </p>
      </Show>
      <OrderTotals order={order()} />
      <p>
        <A href={href(`/account/orders/${order().id}`)}>{t()['checkout.seeOrder']}</A>
      </p>
    </section>
  );
}
