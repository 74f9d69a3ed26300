import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { query, useGraphql } from '../../data/graphql.tsx';
import { AccountOrdersDocument } from '../../generated/graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccountFrame } from './account-frame.tsx';

/** The shopper's orders, newest first, each linking to its page. */
export default function OrdersPage() {
  const { t } = useI18n();
  return (
    <AccountFrame title={t()['account.orders']}>
      <OrderList />
    </AccountFrame>
  );
}

function OrderList() {
  const { t, href, money, date } = useI18n();
  const client = useGraphql();
  const [orders] = createResource(async () => (await query(client, AccountOrdersDocument, { first: 50 })).myOrders);
  return (
    <Show when={orders()} fallback={<p role="status">{t()['session.loading']}</p>}>
      {(found) => (
        <Show when={found().edges.length > 0} fallback={<p>{t()['orders.none']}</p>}>
          <ul class="card-list">
            <For each={found().edges}>
              {({ node: order }) => (
                <li class="card">
                  <A href={href(`/account/orders/${order.id}`)}>{t()['orders.number'](order.number)}</A>
                  <p>
                    {date(order.placedAt)} · {money(order.total)}
                  </p>
                  <p class="status-badge" data-status={order.status}>
                    {t().orderStatus[order.status]}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      )}
    </Show>
  );
}
