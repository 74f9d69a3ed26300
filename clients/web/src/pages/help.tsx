import { A, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { Field, formValues } from '../components/field.tsx';
import { Seo } from '../components/seo.tsx';
import { mutate, query, useGraphql } from '../data/graphql.tsx';
import { HelpFaqDocument, SendContactRequestDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Help: the FAQ with its search (in the URL, so a link reproduces it), and the contact form. */
export default function HelpPage() {
  const { t, href, lang } = useI18n();
  const client = useGraphql();
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const [faq] = createResource(
    () => ({ search: params.q?.trim() || null, lang: lang() }),
    ({ search, lang }) => query(client, HelpFaqDocument, { search }, { lang }),
  );
  const search: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    setParams({ q: formValues(event.currentTarget).q?.trim() || undefined });
  };
  return (
    <div class="help stack">
      <Seo title={t()['help.title']} description={t()['help.description']} canonicalQuery="" />
      <h1>{t()['help.title']}</h1>
      <section aria-labelledby="help-faq" class="stack">
        <h2 id="help-faq">{t()['help.faq']}</h2>
        <form class="inline-form" action={href('/help')} method="get" onSubmit={search}>
          <label for="faq-search">{t()['help.searchLabel']}</label>
          <input id="faq-search" type="search" name="q" value={params.q ?? ''} />
          <button type="submit" class="button">
            {t()['search.submit']}
          </button>
        </form>
        <Show when={faq()} fallback={<p role="status">{t()['session.loading']}</p>}>
          {(found) => (
            <Show when={found().faq.length > 0} fallback={<p role="status">{t()['help.noAnswer']}</p>}>
              <div class="faq">
                <For each={found().faq}>
                  {(entry) => (
                    <details>
                      <summary>{entry.question}</summary>
                      <p>{entry.answer}</p>
                    </details>
                  )}
                </For>
              </div>
            </Show>
          )}
        </Show>
      </section>
      <ContactForm />
      <p>
        <A href={href('/account/tickets')}>{t()['help.myTickets']}</A> ·{' '}
        <A href={href('/track')}>{t()['track.title']}</A>
      </p>
    </div>
  );
}

function ContactForm() {
  const { t } = useI18n();
  const client = useGraphql();
  const [sent, setSent] = createSignal('');
  const [error, setError] = createSignal('');
  const send: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { email = '', subject = '', message = '' } = formValues(form);
    setError('');
    try {
      const { submitContactRequest } = await mutate(client, SendContactRequestDocument, {
        input: { email, subject, message },
      });
      if (submitContactRequest.ticketNumber) {
        form.reset();
        setSent(t()['help.sent'](submitContactRequest.ticketNumber));
      } else if (submitContactRequest.retryAfterSeconds) {
        setError(t()['help.tooMany']);
      } else {
        setError(submitContactRequest.userErrors.map((userError) => userError.message).join(' '));
      }
    } catch {
      setError(t()['checkout.failed']);
    }
  };
  return (
    <section aria-labelledby="help-contact">
      <form class="stack" onSubmit={send}>
        <h2 id="help-contact">{t()['help.contact']}</h2>
        <Field label={t()['session.email']} name="email" type="email" autocomplete="email" required />
        <Field label={t()['help.subject']} name="subject" required maxLength={200} />
        <div class="field">
          <label for="contact-message">{t()['help.message']}</label>
          <textarea id="contact-message" name="message" rows="6" required />
        </div>
        <p role="status" class="form-message">
          {sent()}
        </p>
        <p role="alert" class="form-error">
          {error()}
        </p>
        <button type="submit" class="button button-primary">
          {t()['help.send']}
        </button>
      </form>
    </section>
  );
}
