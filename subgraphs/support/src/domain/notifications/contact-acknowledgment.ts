import type { Locale } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keepMail } from '../mail/mail.ts';
import { renderMail, storefrontLink } from './layout.ts';

const purpose = 'contact-acknowledgment';

/*
 * The acknowledgment quotes nothing the requester typed: anyone may enter any address in the
 * contact form, and a mail carrying their text would make the form a relay for spam.
 */
const contents = {
  en: (ticketNumber: string, helpUrl: string) => ({
    subject: `We received your request ${ticketNumber}`,
    greeting: 'Hello,',
    paragraphs: [
      `Thank you for contacting Comptoir. Your request is registered under the number ${ticketNumber}.`,
      'An agent will answer you by email at this address. Please quote this number if you write to us again.',
    ],
    link: { label: 'Our help center may already have the answer', url: helpUrl },
    signature: 'The Comptoir support team',
  }),
  fr: (ticketNumber: string, helpUrl: string) => ({
    subject: `Nous avons bien reçu votre demande ${ticketNumber}`,
    greeting: 'Bonjour,',
    paragraphs: [
      `Merci d’avoir contacté Comptoir. Votre demande est enregistrée sous le numéro ${ticketNumber}.`,
      'Un agent vous répondra par e-mail à cette adresse. Merci de rappeler ce numéro si vous nous écrivez de nouveau.',
    ],
    link: { label: 'Notre centre d’aide a peut-être déjà la réponse', url: helpUrl },
    signature: 'L’équipe support de Comptoir',
  }),
} satisfies Record<Locale, unknown>;

/**
 * Keeps the acknowledgment of a contact request, in the language it was made in, in the
 * transaction that opens its ticket: one mail per request.
 */
export function acknowledgeContactRequest(
  em: EntityManager,
  request: { ticketId: string; ticketNumber: string; email: string; language: Locale },
  storefrontUrl: string,
): Promise<void> {
  const rendered = renderMail(contents[request.language](request.ticketNumber, storefrontLink(storefrontUrl, '/help')));
  return keepMail(em, {
    key: `ticket:${request.ticketId}:${purpose}`,
    purpose,
    recipient: request.email,
    language: request.language,
    rendered,
  });
}
