import type { ServicesBuilder } from '@comptoir/kit';
import { parseEnv } from '@comptoir/kit/config';
import { z } from 'zod';
import { contactThrottle } from './domain/contact-throttle.ts';
import type { SupportServices } from './domain/context.ts';
import { sendDueMails } from './domain/mail/sender.ts';
import { mailTransport } from './domain/mail/transport.ts';
import { orderMails } from './domain/notifications/order-mails.ts';
import { ticketAnswerMails } from './domain/notifications/ticket-answer.ts';
import { welcomeMails } from './domain/notifications/welcome.ts';

const supportOwnEnv = z.object({
  SUPPORT_CONTACT_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  SUPPORT_CONTACT_MAX_PER_IP: z.coerce.number().int().min(1).default(5),
  SUPPORT_CONTACT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Unset: mail is caught as .eml files in MAIL_DIR (the embedded default). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected smtp://[user:password@]host:port or smtps://…' }).optional(),
  MAIL_FROM: z.string().trim().min(3).default('Comptoir <no-reply@comptoir.test>'),
  MAIL_DIR: z.string().min(1).default('.data/mail'),
  MAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  STOREFRONT_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000'),
});

/** The contact form's rate limits and the mail sender, built once when the subgraph starts. */
export const supportServices: ServicesBuilder<SupportServices> = async ({ rawEnv, orm, log }) => {
  const own = parseEnv(supportOwnEnv, rawEnv);
  const transport = mailTransport({ smtpUrl: own.SMTP_URL, from: own.MAIL_FROM, mailDir: own.MAIL_DIR });
  log.info({ mail: transport.describe }, 'mail transport');
  const sendMails = () =>
    sendDueMails(orm.em.fork(), {
      transport,
      retryBaseMs: own.MAIL_RETRY_BASE_MS,
      maxAttempts: own.MAIL_MAX_ATTEMPTS,
      log,
    });
  const services = {
    storefrontUrl: own.STOREFRONT_URL,
    contactThrottle: await contactThrottle(orm, 'support', {
      perEmail: own.SUPPORT_CONTACT_MAX_PER_EMAIL,
      perClientIp: own.SUPPORT_CONTACT_MAX_PER_IP,
      windowSeconds: own.SUPPORT_CONTACT_WINDOW_SECONDS,
    }),
  };
  return {
    services,
    tasks: [{ name: 'mail-sender', everyMs: own.MAIL_SEND_INTERVAL_MS, run: sendMails }],
    // Its mails link to the storefront: started with the subgraph's other consumers.
    consumers: [
      ticketAnswerMails(own.STOREFRONT_URL),
      welcomeMails(own.STOREFRONT_URL),
      orderMails(own.STOREFRONT_URL),
    ],
  };
};
