import { useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { Seo } from '../components/seo.tsx';
import { mutate, useGraphql } from '../data/graphql.tsx';
import { ConfirmNewsletterDocument, UnsubscribeNewsletterDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The newsletter mails' links. Opening one changes nothing (mail scanners open links too): the
 * visitor confirms with the button. Mail clients unsubscribe in one click with a POST to the
 * same address (RFC 8058), which the server answers.
 */
function NewsletterAction(props: { action: 'confirm' | 'unsubscribe' }) {
  const { t } = useI18n();
  const client = useGraphql();
  const [params] = useSearchParams<{ token?: string }>();
  const [outcome, setOutcome] = createSignal<'done' | 'invalid'>();
  const run = async () => {
    const input = { token: params.token ?? '' };
    const errors =
      props.action === 'confirm'
        ? (await mutate(client, ConfirmNewsletterDocument, { input })).confirmNewsletterSubscription.userErrors
        : (await mutate(client, UnsubscribeNewsletterDocument, { input })).unsubscribeFromNewsletter.userErrors;
    setOutcome(errors.length === 0 ? 'done' : 'invalid');
  };
  const title = () =>
    props.action === 'confirm' ? t()['newsletter.confirmTitle'] : t()['newsletter.unsubscribeTitle'];
  return (
    <section class="narrow stack" aria-labelledby="newsletter-title">
      <Seo title={title()} description={title()} noindex />
      <h1 id="newsletter-title">{title()}</h1>
      <Show
        when={outcome()}
        fallback={
          <>
            <p>{props.action === 'confirm' ? t()['newsletter.confirmAsk'] : t()['newsletter.unsubscribeAsk']}</p>
            <button type="button" class="button button-primary" onClick={run} disabled={!params.token}>
              {props.action === 'confirm' ? t()['newsletter.confirm'] : t()['newsletter.unsubscribe']}
            </button>
          </>
        }
      >
        {(done) => (
          <p role="status">
            {done() === 'invalid'
              ? t()['newsletter.invalid']
              : props.action === 'confirm'
                ? t()['newsletter.confirmed']
                : t()['newsletter.unsubscribed']}
          </p>
        )}
      </Show>
    </section>
  );
}

export function NewsletterConfirmPage() {
  return <NewsletterAction action="confirm" />;
}

export function NewsletterUnsubscribePage() {
  return <NewsletterAction action="unsubscribe" />;
}
