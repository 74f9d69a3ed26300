import { For, Show } from 'solid-js';
import type { OrderTrackingStepFragment } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A parcel's tracking steps, oldest first (the order page and public tracking). */
export function TrackingTimeline(props: { steps: OrderTrackingStepFragment[] }) {
  const { t, date } = useI18n();
  return (
    <Show when={props.steps.length > 0}>
      <ol class="timeline">
        <For each={props.steps}>
          {(step) => (
            <li>
              <strong>{t().deliveryStatus[step.status]}</strong>{' '}
              <time datetime={step.occurredAt}>{date(step.occurredAt)}</time>
              <Show when={step.location}>{(location) => <> · {location()}</>}</Show>
              <Show when={step.message}>{(message) => <p>{message()}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
