import { execute, type Locale } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';

/** CANCELLED: a newsletter mail whose subscriber left, or whose campaign was cancelled, before it went. */
export const mailStatuses = ['PENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;

/**
 * An outbox of mails: kept in the transaction of what the mail tells of, sent afterwards by the
 * mail sender. `key` (what caused it + its purpose) is unique: the same cause never keeps two.
 */
export const Mail = defineEntity({
  name: 'Mail',
  indexes: [{ properties: ['nextAttemptAt'], options: { where: "status = 'PENDING'" } }],
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    purpose: p.string(),
    recipient: p.string(),
    language: p.string(),
    subject: p.text(),
    html: p.text(),
    text: p.text(),
    status: p.enum(mailStatuses),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    /** Why the last attempt failed, for whoever looks at a failed one. */
    lastError: p.text().nullable(),
    /** A newsletter mail's campaign and subscription; null for a notification. */
    campaignId: p.uuid().nullable(),
    subscriptionId: p.uuid().nullable(),
    /** The one-click unsubscribe URL of a newsletter mail (List-Unsubscribe, RFC 8058). */
    listUnsubscribe: p.text().nullable(),
    createdAt: p.datetime(),
  },
});
export type Mail = InferEntity<typeof Mail>;

/** A mail ready to send, in one language. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** A mail to keep: its cause and purpose, its recipient, and what it says. */
export interface MailToKeep {
  /** What caused it + its purpose: the same key is never kept twice. */
  key: string;
  purpose: string;
  recipient: string;
  language: Locale;
  rendered: RenderedMail;
  newsletter?: { campaignId: string; subscriptionId: string; listUnsubscribe: string };
}

/**
 * Keeps mails to send, in the caller's transaction, in one statement; one already kept under its
 * `key` (a redelivered event, a retried request, a resumed campaign) stays as it is.
 */
export async function keepMails(em: EntityManager, mails: readonly MailToKeep[]): Promise<void> {
  if (mails.length === 0) return;
  const rows = mails.map((mail) => ({
    id: uuidv7(),
    key: mail.key,
    purpose: mail.purpose,
    recipient: mail.recipient,
    language: mail.language,
    ...mail.rendered,
    campaign_id: mail.newsletter?.campaignId ?? null,
    subscription_id: mail.newsletter?.subscriptionId ?? null,
    list_unsubscribe: mail.newsletter?.listUnsubscribe ?? null,
  }));
  await execute(
    em,
    `insert into support.mail (id, key, purpose, recipient, language, subject, html, text, campaign_id, subscription_id,
                               list_unsubscribe, status, next_attempt_at, created_at)
     select id, key, purpose, recipient, language, subject, html, text, campaign_id, subscription_id, list_unsubscribe,
            'PENDING', now(), now()
       from jsonb_to_recordset(?::jsonb)
         as m(id uuid, key text, purpose text, recipient text, language text, subject text, html text, text text,
              campaign_id uuid, subscription_id uuid, list_unsubscribe text)
     on conflict (key) do nothing`,
    [JSON.stringify(rows)],
  );
}

/** Keeps one mail to send, in the caller's transaction (see keepMails). */
export function keepMail(em: EntityManager, mail: MailToKeep): Promise<void> {
  return keepMails(em, [mail]);
}
