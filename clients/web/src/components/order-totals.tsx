import type { OrderDetailFragment } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** An order's subtotal, shipping and total (checkout's confirmation, the order page). */
export function OrderTotals(props: { order: Pick<OrderDetailFragment, 'subtotal' | 'shipping' | 'total'> }) {
  const { t, money } = useI18n();
  return (
    <dl class="totals">
      <dt>{t()['basket.subtotal']}</dt>
      <dd>{money(props.order.subtotal)}</dd>
      <dt>{t()['checkout.shipping']}</dt>
      <dd>{props.order.shipping.amount === 0 ? t()['checkout.freeShipping'] : money(props.order.shipping)}</dd>
      <dt>{t()['checkout.total']}</dt>
      <dd>
        <strong>{money(props.order.total)}</strong>
      </dd>
    </dl>
  );
}
