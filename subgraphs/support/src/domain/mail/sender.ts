import { backoffMs, execute, type Logger } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailTransport } from './transport.ts';

export interface MailSenderOptions {
  transport: MailTransport;
  /** The wait after a first failure, doubled after each next one (up to an hour). */
  retryBaseMs: number;
  /** Attempts before a mail is marked FAILED: kept, and logged, never dropped. */
  maxAttempts: number;
  log: Logger;
}

/** Mails sent per claim; a run repeats until none is due. */
const batch = 20;
/** A claimed mail is due again after this, should its sender die mid-send (beyond the transport's timeouts). */
const claimLeaseSeconds = 120;
const maxRetryDelayMs = 3_600_000;

/**
 * Sends the mails due, outside any transaction, until none is or `stopping` is aborted. Each is claimed for a lease first (FOR UPDATE SKIP
 * LOCKED), so replicas and overlapping runs never send it at once; sent, it is marked SENT; a failed
 * attempt is retried with exponential backoff, and after the last one the mail is marked FAILED.
 * Resolves with how many were sent.
 */
export async function sendDueMails(
  em: EntityManager,
  options: MailSenderOptions,
  stopping: AbortSignal,
): Promise<number> {
  let sent = 0;
  while (!stopping.aborted) {
    const due = await execute<{
      id: string;
      recipient: string;
      subject: string;
      html: string;
      text: string;
      attempts: number;
      list_unsubscribe: string | null;
    }>(
      em,
      `update support.mail set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
        where id in (select id from support.mail
                      where status = 'PENDING' and next_attempt_at <= now()
                      -- Notifications first: a campaign's thousands never hold back a shipping notice.
                      order by campaign_id is not null, next_attempt_at limit ? for update skip locked)
        returning id, recipient, subject, html, text, attempts, list_unsubscribe`,
      [claimLeaseSeconds, batch],
    );
    for (const mail of due) {
      try {
        await options.transport.send({ ...mail, to: mail.recipient, listUnsubscribe: mail.list_unsubscribe });
      } catch (error) {
        await recordFailure(em, options, mail, (error as Error).message);
        continue;
      }
      sent += 1;
      await execute(em, `update support.mail set status = 'SENT', sent_at = now(), last_error = null where id = ?`, [
        mail.id,
      ]);
    }
    if (due.length < batch) break;
  }
  return sent;
}

async function recordFailure(
  em: EntityManager,
  options: MailSenderOptions,
  mail: { id: string; attempts: number },
  failure: string,
): Promise<void> {
  if (mail.attempts >= options.maxAttempts) {
    options.log.error({ mail: mail.id, attempts: mail.attempts, failure }, 'mail dead-lettered: kept as FAILED');
    await execute(em, `update support.mail set status = 'FAILED', last_error = ? where id = ?`, [failure, mail.id]);
    return;
  }
  const retryInMs = backoffMs(options.retryBaseMs, mail.attempts, maxRetryDelayMs);
  options.log.warn({ mail: mail.id, attempts: mail.attempts, retryInMs, failure }, 'mail not sent, retrying');
  await execute(
    em,
    'update support.mail set next_attempt_at = now() + make_interval(secs => ?), last_error = ? where id = ?',
    [retryInMs / 1000, failure, mail.id],
  );
}
