import type { ServicesBuilder } from '@comptoir/kit';
import { parseEnv, sharedSecret } from '@comptoir/kit/config';
import { z } from 'zod';
import type { SupportServices } from './domain/context.ts';
import { sendDueMails } from './domain/mail/sender.ts';
import { mailTransport } from './domain/mail/transport.ts';
import { dispatchCampaigns } from './domain/newsletter/dispatch.ts';
import { newsletterTokens } from './domain/newsletter/tokens.ts';
import { orderMails } from './domain/notifications/order-mails.ts';
import { ticketAnswerMails } from './domain/notifications/ticket-answer.ts';
import { welcomeMails } from './domain/notifications/welcome.ts';
import { requestThrottle } from './domain/request-throttle.ts';

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
  /** Signs the confirmation and unsubscribe links of newsletter mails (the embedded default generates one). */
  NEWSLETTER_TOKEN_SECRET: sharedSecret,
  NEWSLETTER_CONFIRMATION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  NEWSLETTER_SIGNUP_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  NEWSLETTER_SIGNUP_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  NEWSLETTER_SIGNUP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** A campaign queues this many mails per interval: 100 per second by default (360,000 an hour). */
  NEWSLETTER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  NEWSLETTER_BATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
});

/** The contact form's rate limits and the mail sender, built once when the subgraph starts. */
export const supportServices: ServicesBuilder<SupportServices> = async ({ rawEnv, orm, log }) => {
  const own = parseEnv(supportOwnEnv, rawEnv);
  const transport = mailTransport({ smtpUrl: own.SMTP_URL, from: own.MAIL_FROM, mailDir: own.MAIL_DIR });
  log.info({ mail: transport.describe }, 'mail transport');
  const sendMails = (stopping: AbortSignal) =>
    sendDueMails(
      orm.em.fork(),
      { transport, retryBaseMs: own.MAIL_RETRY_BASE_MS, maxAttempts: own.MAIL_MAX_ATTEMPTS, log },
      stopping,
    );
  const tokens = newsletterTokens(own.NEWSLETTER_TOKEN_SECRET, own.NEWSLETTER_CONFIRMATION_TTL_HOURS * 3600);
  const dispatch = (stopping: AbortSignal) =>
    dispatchCampaigns(
      orm.em.fork(),
      { tokens, storefrontUrl: own.STOREFRONT_URL, batchSize: own.NEWSLETTER_BATCH_SIZE, log },
      stopping,
    );
  const services = {
    storefrontUrl: own.STOREFRONT_URL,
    contactThrottle: await requestThrottle(orm, 'support', 'contact', {
      perEmail: own.SUPPORT_CONTACT_MAX_PER_EMAIL,
      perClientIp: own.SUPPORT_CONTACT_MAX_PER_IP,
      windowSeconds: own.SUPPORT_CONTACT_WINDOW_SECONDS,
    }),
    newsletter: {
      tokens,
      confirmationTtlSeconds: own.NEWSLETTER_CONFIRMATION_TTL_HOURS * 3600,
      signupThrottle: await requestThrottle(orm, 'support', 'newsletter', {
        perEmail: own.NEWSLETTER_SIGNUP_MAX_PER_EMAIL,
        perClientIp: own.NEWSLETTER_SIGNUP_MAX_PER_IP,
        windowSeconds: own.NEWSLETTER_SIGNUP_WINDOW_SECONDS,
      }),
    },
  };
  return {
    services,
    tasks: [
      { name: 'mail-sender', everyMs: own.MAIL_SEND_INTERVAL_MS, run: sendMails },
      { name: 'newsletter-dispatch', everyMs: own.NEWSLETTER_BATCH_INTERVAL_MS, run: dispatch },
    ],
    close: async () => transport.close(),
    // Its mails link to the storefront: started with the subgraph's other consumers.
    consumers: [
      ticketAnswerMails(own.STOREFRONT_URL),
      welcomeMails(own.STOREFRONT_URL),
      orderMails(own.STOREFRONT_URL),
    ],
  };
};
