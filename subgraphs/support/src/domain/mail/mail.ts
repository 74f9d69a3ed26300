import { execute, type Locale } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';

export const mailStatuses = ['PENDING', 'SENT', 'FAILED'] as const;

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

/**
 * Keeps a mail to send, in the caller's transaction; one already kept under `key` (a redelivered
 * event, a retried request) stays as it is.
 */
export async function keepMail(
  em: EntityManager,
  mail: { key: string; purpose: string; recipient: string; language: Locale; rendered: RenderedMail },
): Promise<void> {
  const { subject, html, text } = mail.rendered;
  await execute(
    em,
    `insert into support.mail (id, key, purpose, recipient, language, subject, html, text, status, next_attempt_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', now(), now())
     on conflict (key) do nothing`,
    [uuidv7(), mail.key, mail.purpose, mail.recipient, mail.language, subject, html, text],
  );
}
