import type { Locale } from '@comptoir/kit';
import type { RenderedMail } from '../mail/mail.ts';
import { renderMail } from '../notifications/layout.ts';

/*
 * What newsletter mails say. The confirmation carries its confirmation link and nothing else a
 * stranger could use; a campaign mail carries the one-click unsubscribe link of its recipient.
 */

const confirmations = {
  en: (confirmUrl: string, ttlHours: number) => ({
    subject: 'Confirm your subscription to the Comptoir newsletter',
    greeting: 'Hello,',
    paragraphs: [
      'Someone, hopefully you, asked to receive the Comptoir newsletter at this address.',
      `Please confirm with the link below within ${ttlHours} hours. If you did not ask for it, ignore this mail: you will receive nothing more.`,
    ],
    link: { label: 'Confirm my subscription', url: confirmUrl },
    signature: 'The Comptoir team',
  }),
  fr: (confirmUrl: string, ttlHours: number) => ({
    subject: 'Confirmez votre abonnement à la newsletter Comptoir',
    greeting: 'Bonjour,',
    paragraphs: [
      'Quelqu’un, vous sans doute, a demandé à recevoir la newsletter Comptoir à cette adresse.',
      `Merci de confirmer avec le lien ci-dessous dans les ${ttlHours} heures. Si vous ne l’avez pas demandé, ignorez ce message : vous ne recevrez rien de plus.`,
    ],
    link: { label: 'Confirmer mon abonnement', url: confirmUrl },
    signature: 'L’équipe Comptoir',
  }),
} satisfies Record<Locale, unknown>;

export function confirmationMail(language: Locale, confirmUrl: string, ttlHours: number): RenderedMail {
  return renderMail(confirmations[language](confirmUrl, ttlHours));
}

const footers = {
  en: (unsubscribeUrl: string) => ({
    text: 'You receive this newsletter because you subscribed to it.',
    link: { label: 'Unsubscribe in one click', url: unsubscribeUrl },
  }),
  fr: (unsubscribeUrl: string) => ({
    text: 'Vous recevez cette newsletter car vous vous y êtes abonné.',
    link: { label: 'Se désabonner en un clic', url: unsubscribeUrl },
  }),
} satisfies Record<Locale, unknown>;

const signatures = { en: 'The Comptoir team', fr: 'L’équipe Comptoir' } satisfies Record<Locale, string>;

/** A campaign's text in one language, as the admin wrote it. */
export interface CampaignText {
  subject: string;
  body: string;
}

/** A campaign's mail to one subscriber: its paragraphs, then the way out. */
export function campaignMail(language: Locale, text: CampaignText, unsubscribeUrl: string): RenderedMail {
  return renderMail({
    subject: text.subject,
    paragraphs: text.body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
    signature: signatures[language],
    footer: footers[language](unsubscribeUrl),
  });
}
