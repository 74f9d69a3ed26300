import { useSearchParams } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { Field, formValues } from '../components/field.tsx';
import { Seo } from '../components/seo.tsx';
import { TrackingTimeline } from '../components/tracking-timeline.tsx';
import { query, useGraphql } from '../data/graphql.tsx';
import { TrackParcelDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * Public parcel tracking: the tracking number (prefilled from the shipping mail's ?number=) and
 * the destination's postal code, which together prove the visitor may see it.
 */
export default function TrackPage() {
  const { t, date } = useI18n();
  const client = useGraphql();
  const [params, setParams] = useSearchParams<{ number?: string; postalCode?: string }>();
  const [tracking] = createResource(
    () =>
      params.number && params.postalCode ? { trackingNumber: params.number, postalCode: params.postalCode } : false,
    async (variables) => (await query(client, TrackParcelDocument, variables)).trackDelivery,
  );
  const submit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const { number, postalCode } = formValues(event.currentTarget);
    setParams({ number: number?.trim(), postalCode: postalCode?.trim() });
  };
  return (
    <section class="narrow stack" aria-labelledby="track-title">
      <Seo title={t()['track.title']} description={t()['track.description']} noindex />
      <h1 id="track-title">{t()['track.title']}</h1>
      <form class="stack" onSubmit={submit}>
        <Field label={t()['track.number']} name="number" value={params.number ?? ''} required />
        <Field
          label={t()['address.postalCode']}
          name="postalCode"
          value={params.postalCode ?? ''}
          autocomplete="postal-code"
          required
        />
        <button type="submit" class="button button-primary">
          {t()['track.submit']}
        </button>
      </form>
      <Show when={params.number && params.postalCode && !tracking.loading}>
        <Show when={tracking()} fallback={<p role="alert">{t()['track.notFound']}</p>}>
          {(parcel) => (
            <section class="stack" aria-labelledby="track-result" role="status">
              <h2 id="track-result">{t().deliveryStatus[parcel().status]}</h2>
              <Show when={parcel().carrier}>{(carrier) => <p>{carrier()}</p>}</Show>
              <Show when={parcel().estimatedDeliveryDate}>{(day) => <p>{t()['track.estimated'](date(day()))}</p>}</Show>
              <TrackingTimeline steps={parcel().timeline} />
            </section>
          )}
        </Show>
      </Show>
    </section>
  );
}
