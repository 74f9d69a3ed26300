import type { ConsumerDefinition, Locale } from '@comptoir/kit';
import { keepMail } from '../mail/mail.ts';
import { type Recipient, recipientOf } from '../recipients.ts';
import { type Ticket, TicketMessage } from '../ticket.ts';
import { renderMail, storefrontLink } from './layout.ts';

const purpose = 'ticket-answer';

/** A customer (named, from the users read model) or a contact-form requester (an address only). */
type AnswerRecipient = Omit<Recipient, 'name'> & { name: string | null };

interface Answer {
  /** Null for a contact-form requester: only their address is known. */
  name: string | null;
  ticketNumber: string;
  subject: string;
  body: string;
  /** The conversation in the customer's account; null for a contact-form requester, who has none. */
  ticketUrl: string | null;
  helpUrl: string;
}

/** The answer's own paragraphs, as the agent wrote them. */
const paragraphsOf = (body: string) => body.split(/\n\s*\n/).map((paragraph) => paragraph.trim());

const contents = {
  en: (answer: Answer) => ({
    subject: `Re: ${answer.subject} [${answer.ticketNumber}]`,
    greeting: answer.name ? `Hello ${answer.name},` : 'Hello,',
    paragraphs: [`Our support team answered your request ${answer.ticketNumber}:`, ...paragraphsOf(answer.body)],
    link: answer.ticketUrl
      ? { label: 'Read and reply to the conversation', url: answer.ticketUrl }
      : { label: `To write to us again, quote ${answer.ticketNumber} on our help page`, url: answer.helpUrl },
    signature: 'The Comptoir support team',
  }),
  fr: (answer: Answer) => ({
    subject: `Re : ${answer.subject} [${answer.ticketNumber}]`,
    greeting: answer.name ? `Bonjour ${answer.name},` : 'Bonjour,',
    paragraphs: [
      `Notre équipe support a répondu à votre demande ${answer.ticketNumber} :`,
      ...paragraphsOf(answer.body),
    ],
    link: answer.ticketUrl
      ? { label: 'Lire la conversation et répondre', url: answer.ticketUrl }
      : {
          label: `Pour nous écrire de nouveau, rappelez ${answer.ticketNumber} sur notre page d’aide`,
          url: answer.helpUrl,
        },
    signature: 'L’équipe support de Comptoir',
  }),
} satisfies Record<Locale, unknown>;

/** A contact-form ticket's requester: the address and language of the request (English for one opened before it was kept). */
function contactRequester(ticket: Ticket): AnswerRecipient | null {
  if (!ticket.contactEmail) return null;
  return { email: ticket.contactEmail, name: null, language: ticket.contactLanguage === 'fr' ? 'fr' : 'en' };
}

/**
 * Mails an agent's public answer to the ticket's customer, in the language of their account (the
 * users read model), or to a contact-form requester in the language of their request. A customer
 * whose profile has not arrived yet fails the handler: the event is retried, then dead-lettered
 * for replay, never answered in silence.
 */
export function ticketAnswerMails(storefrontUrl: string): ConsumerDefinition {
  return {
    group: 'support.ticket-answer-mails',
    handlers: {
      'ticket.message_added': async ({ em }, event) => {
        if (event.data.authorRole !== 'AGENT' || event.data.internal) return;
        const message = await em.findOneOrFail(TicketMessage, { id: event.data.messageId }, { populate: ['ticket'] });
        const ticket = message.ticket;
        const recipient = ticket.customerId ? await recipientOf(em, ticket.customerId) : contactRequester(ticket);
        if (!recipient) throw new Error(`no profile of customer ${ticket.customerId} yet: ticket answer not mailed`);
        const rendered = renderMail(
          contents[recipient.language]({
            name: recipient.name,
            ticketNumber: ticket.number,
            subject: ticket.subject,
            body: message.body,
            ticketUrl: ticket.customerId ? storefrontLink(storefrontUrl, `/account/tickets/${ticket.id}`) : null,
            helpUrl: storefrontLink(storefrontUrl, '/help'),
          }),
        );
        await keepMail(em, {
          key: `event:${event.id}:${purpose}`,
          purpose,
          recipient: recipient.email,
          language: recipient.language,
          rendered,
        });
      },
    },
  };
}
