import type { ConsumerDefinition, Locale } from '@comptoir/kit';
import { keepMail } from '../mail/mail.ts';
import { renderMail, storefrontLink } from './layout.ts';

const purpose = 'welcome';

const contents = {
  en: (name: string, accountUrl: string) => ({
    subject: 'Welcome to Comptoir',
    greeting: `Hello ${name},`,
    paragraphs: [
      'Your Comptoir account is ready. You can now order, follow your deliveries and ask our support team for help.',
    ],
    link: { label: 'Go to your account', url: accountUrl },
    signature: 'The Comptoir team',
  }),
  fr: (name: string, accountUrl: string) => ({
    subject: 'Bienvenue sur Comptoir',
    greeting: `Bonjour ${name},`,
    paragraphs: [
      'Votre compte Comptoir est prêt. Vous pouvez désormais commander, suivre vos livraisons et demander de l’aide à notre équipe support.',
    ],
    link: { label: 'Accéder à votre compte', url: accountUrl },
    signature: 'L’équipe Comptoir',
  }),
} satisfies Record<Locale, unknown>;

/** Welcomes each new account, in the language chosen at registration (carried by user.registered). */
export function welcomeMails(storefrontUrl: string): ConsumerDefinition {
  return {
    group: 'support.welcome-mails',
    handlers: {
      'user.registered': async ({ em }, event) => {
        const language: Locale = event.data.language === 'FR' ? 'fr' : 'en';
        await keepMail(em, {
          key: `event:${event.id}:${purpose}`,
          purpose,
          recipient: event.data.email,
          language,
          rendered: renderMail(contents[language](event.data.name, storefrontLink(storefrontUrl, '/account'))),
        });
      },
    },
  };
}
