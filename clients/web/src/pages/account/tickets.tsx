import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { formValues } from '../../components/field.tsx';
import { mutate, query, useGraphql } from '../../data/graphql.tsx';
import { SupportTicketDocument, SupportTicketReplyDocument, SupportTicketsDocument } from '../../generated/graphql.ts';
import { formatDateTime } from '../../i18n/date-time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccountFrame } from './account-frame.tsx';

/** The shopper's support tickets, newest first. */
export function TicketsPage() {
  const { t, href } = useI18n();
  return (
    <AccountFrame title={t()['account.tickets']}>
      <TicketList />
      <p>
        <A href={href('/help')}>{t()['help.title']}</A>
      </p>
    </AccountFrame>
  );
}

/** One ticket: the conversation (agents' internal notes are never sent) and a reply box. */
export function TicketPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  return (
    <AccountFrame title={t()['tickets.title']}>
      <Conversation id={params.id} />
    </AccountFrame>
  );
}

function TicketList() {
  const { t, href, date } = useI18n();
  const client = useGraphql();
  const [tickets] = createResource(async () => (await query(client, SupportTicketsDocument, { first: 50 })).myTickets);
  return (
    <Show when={tickets()} fallback={<p role="status">{t()['session.loading']}</p>}>
      {(found) => (
        <Show when={found().edges.length > 0} fallback={<p>{t()['tickets.none']}</p>}>
          <ul class="card-list">
            <For each={found().edges}>
              {({ node: ticket }) => (
                <li class="card">
                  <A href={href(`/account/tickets/${ticket.id}`)}>
                    {ticket.number} — {ticket.subject}
                  </A>
                  <p>
                    {t().ticketStatus[ticket.status]} · {date(ticket.updatedAt)}
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

function Conversation(props: { id: string }) {
  const { t, lang } = useI18n();
  const client = useGraphql();
  const [ticket, { mutate: setTicket }] = createResource(
    () => props.id,
    async (id) => (await query(client, SupportTicketDocument, { id })).ticket,
  );
  const [error, setError] = createSignal('');
  const reply: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { body = '' } = formValues(form);
    const { replyToTicket } = await mutate(client, SupportTicketReplyDocument, { input: { ticketId: props.id, body } });
    setError(replyToTicket.userErrors[0]?.message ?? '');
    if (replyToTicket.ticket) {
      setTicket(replyToTicket.ticket);
      form.reset();
    }
  };
  return (
    <Show when={!ticket.loading} fallback={<p role="status">{t()['session.loading']}</p>}>
      {/* Someone else's ticket reads as null, like one that does not exist. */}
      <Show when={ticket()} fallback={<p role="alert">{t()['tickets.notFound']}</p>}>
        {(found) => (
          <article class="stack" aria-labelledby="ticket-subject">
            <h2 id="ticket-subject">
              {found().number} — {found().subject}
            </h2>
            <p>{t().ticketStatus[found().status]}</p>
            <ol class="conversation">
              <For each={found().messages}>
                {(message) => (
                  <li class="message" data-author={message.authorRole}>
                    <p class="message-meta">
                      <strong>{message.authorRole === 'AGENT' ? t()['tickets.agent'] : t()['tickets.you']}</strong>{' '}
                      <time datetime={message.createdAt}>{formatDateTime(lang(), message.createdAt)}</time>
                    </p>
                    <p class="message-body">{message.body}</p>
                  </li>
                )}
              </For>
            </ol>
            <Show when={found().status !== 'CLOSED'}>
              <form class="stack" onSubmit={reply}>
                <label for="ticket-reply">{t()['tickets.reply']}</label>
                <textarea id="ticket-reply" name="body" rows="5" required />
                <p role="alert" class="form-error">
                  {error()}
                </p>
                <button type="submit" class="button button-primary">
                  {t()['tickets.send']}
                </button>
              </form>
            </Show>
          </article>
        )}
      </Show>
    </Show>
  );
}
