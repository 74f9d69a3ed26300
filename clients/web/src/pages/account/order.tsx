import { A, useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { AddressLines } from '../../components/address-form.tsx';
import { OrderTotals } from '../../components/order-totals.tsx';
import { TrackingTimeline } from '../../components/tracking-timeline.tsx';
import { query, useGraphql } from '../../data/graphql.tsx';
import { AccountOrderDocument, type OrderDetailFragment } from '../../generated/graphql.ts';
import { formatDateTime } from '../../i18n/date-time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccountFrame } from './account-frame.tsx';

/** One of the shopper's orders: its status timeline, lines, totals, payment and delivery tracking. */
export default function OrderPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  return (
    <AccountFrame title={t()['orders.title']}>
      <OrderOfShopper id={params.id} />
    </AccountFrame>
  );
}

/** Read in the browser with the shopper's token: inside AccountFrame, never on the server. */
function OrderOfShopper(props: { id: string }) {
  const { t } = useI18n();
  const client = useGraphql();
  const [order] = createResource(
    () => props.id,
    async (id) => (await query(client, AccountOrderDocument, { id })).order,
  );
  return (
    <Show when={!order.loading} fallback={<p role="status">{t()['session.loading']}</p>}>
      {/* Someone else's order reads as null: the same answer as an order that does not exist. */}
      <Show when={order()} fallback={<p role="alert">{t()['orders.notFound']}</p>}>
        {(found) => <OrderDetail order={found()} />}
      </Show>
    </Show>
  );
}

function OrderDetail(props: { order: OrderDetailFragment }) {
  const { t, href, money, date, lang } = useI18n();
  const dateTime = (at: string) => formatDateTime(lang(), at);
  return (
    <article class="order stack" aria-labelledby="order-number">
      <h2 id="order-number">{t()['orders.number'](props.order.number)}</h2>
      <p>
        {t()['orders.placedOn'](date(props.order.placedAt))} ·{' '}
        <span class="status-badge" data-status={props.order.status} data-testid="order-status">
          {t().orderStatus[props.order.status]}
        </span>
      </p>
      <Show when={props.order.cancellationReason}>{(reason) => <p>{t().cancellationReason[reason()]}</p>}</Show>
      <Show when={props.order.payment?.status === 'ACTION_REQUIRED' && props.order.payment.actionUrl}>
        {(url) => (
          <p role="alert">
            {t()['checkout.actionRequired']} <a href={url()}>{t()['checkout.authenticate']}</a>
          </p>
        )}
      </Show>

      <section aria-labelledby="order-timeline">
        <h3 id="order-timeline">{t()['orders.timeline']}</h3>
        <ol class="timeline">
          <For each={props.order.statusHistory}>
            {(change) => (
              <li>
                <strong>{t().orderStatus[change.status]}</strong>{' '}
                <time datetime={change.at}>{dateTime(change.at)}</time>
              </li>
            )}
          </For>
        </ol>
      </section>

      <section aria-labelledby="order-delivery">
        <h3 id="order-delivery">{t()['orders.delivery']}</h3>
        <Show when={props.order.delivery} fallback={<p>{t()['orders.noDeliveryYet']}</p>}>
          {(delivery) => (
            <>
              <p>
                {t().deliveryStatus[delivery().status]}
                <Show when={delivery().carrier}>{(carrier) => <> · {carrier()}</>}</Show>
                <Show when={delivery().trackingNumber}>
                  {(trackingNumber) => (
                    <>
                      {' '}
                      · {t()['track.number']} {trackingNumber()}
                    </>
                  )}
                </Show>
              </p>
              <Show when={delivery().estimatedDeliveryDate}>
                {(day) => <p>{t()['track.estimated'](date(day()))}</p>}
              </Show>
              <TrackingTimeline steps={delivery().timeline} />
            </>
          )}
        </Show>
      </section>

      <section aria-labelledby="order-lines">
        <h3 id="order-lines">{t()['orders.lines']}</h3>
        <table class="order-lines">
          <thead>
            <tr>
              <th scope="col">{t()['orders.product']}</th>
              <th scope="col">{t()['orders.quantity']}</th>
              <th scope="col">{t()['orders.lineTotal']}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.order.lines}>
              {(line) => (
                <tr>
                  <td>{line.name}</td>
                  <td>{line.quantity}</td>
                  <td>{money(line.lineTotal)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <OrderTotals order={props.order} />
      </section>

      <section aria-labelledby="order-address">
        <h3 id="order-address">{t()['orders.shippingAddress']}</h3>
        <AddressLines address={props.order.shippingAddress} />
      </section>

      <Show when={props.order.payment}>
        {(payment) => (
          <section aria-labelledby="order-payment">
            <h3 id="order-payment">{t()['orders.payment']}</h3>
            <p>
              {t().paymentStatus[payment().status]}
              <Show when={payment().method}>
                {(method) => <> · {t()['orders.card'](method().brand, method().last4)}</>}
              </Show>
            </p>
          </section>
        )}
      </Show>
      <p>
        <A href={href('/help')}>{t()['orders.needHelp']}</A>
      </p>
    </article>
  );
}
