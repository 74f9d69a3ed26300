import type { ConsumerDefinition, Locale } from '@comptoir/kit';
import { keepMail } from '../mail/mail.ts';
import { recipientOf } from '../recipients.ts';
import { TicketMessage } from '../ticket.ts';
import { renderMail, storefrontLink } from './layout.ts';

const purpose = 'ticket-answer';

interface Answer {
  name: string;
  ticketNumber: string;
  subject: string;
  body: string;
  ticketUrl: string;
}

/** The answer's own paragraphs, as the agent wrote them. */
const paragraphsOf = (body: string) => body.split(/\n\s*\n/).map((paragraph) => paragraph.trim());

const contents = {
  en: (answer: Answer) => ({
    subject: `Re: ${answer.subject} [${answer.ticketNumber}]`,
    greeting: `Hello ${answer.name},`,
    paragraphs: [`Our support team answered your request ${answer.ticketNumber}:`, ...paragraphsOf(answer.body)],
    link: { label: 'Read and reply to the conversation', url: answer.ticketUrl },
    signature: 'The Comptoir support team',
  }),
  fr: (answer: Answer) => ({
    subject: `Re : ${answer.subject} [${answer.ticketNumber}]`,
    greeting: `Bonjour ${answer.name},`,
    paragraphs: [
      `Notre équipe support a répondu à votre demande ${answer.ticketNumber} :`,
      ...paragraphsOf(answer.body),
    ],
    link: { label: 'Lire la conversation et répondre', url: answer.ticketUrl },
    signature: 'L’équipe support de Comptoir',
  }),
} satisfies Record<Locale, unknown>;

/**
 * Mails an agent's public answer to the ticket's customer, in the language of their account (the
 * users read model). A customer whose profile has not arrived yet fails the handler: the event is
 * retried, then dead-lettered for replay, never answered in silence. Contact-form tickets are not
 * mailed yet (their language is not kept).
 */
export function ticketAnswerMails(storefrontUrl: string): ConsumerDefinition {
  return {
    group: 'support.ticket-answer-mails',
    handlers: {
      'ticket.message_added': async ({ em }, event) => {
        if (event.data.authorRole !== 'AGENT' || event.data.internal) return;
        const message = await em.findOneOrFail(TicketMessage, { id: event.data.messageId }, { populate: ['ticket'] });
        const ticket = message.ticket;
        if (!ticket.customerId) return;
        const recipient = await recipientOf(em, ticket.customerId);
        if (!recipient) throw new Error(`no profile of customer ${ticket.customerId} yet: ticket answer not mailed`);
        const rendered = renderMail(
          contents[recipient.language]({
            name: recipient.name,
            ticketNumber: ticket.number,
            subject: ticket.subject,
            body: message.body,
            ticketUrl: storefrontLink(storefrontUrl, `/account/tickets/${ticket.id}`),
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
