import { execute, type Logger } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keepMails } from '../mail/mail.ts';
import { storefrontLink } from '../notifications/layout.ts';
import type { NewsletterCampaign } from './campaign.ts';
import { campaignMail } from './mails.ts';
import type { NewsletterTokens } from './tokens.ts';

export interface CampaignDispatchOptions {
  tokens: NewsletterTokens;
  storefrontUrl: string;
  /** Mails queued per campaign per run: with the run interval, the sending rate. */
  batchSize: number;
  log: Logger;
}

/**
 * One run of the campaign dispatcher: starts the campaigns due, queues the next batch of each
 * sending one in the mail outbox (the mail sender sends them), and marks finished the ones whose
 * every mail has gone. Each batch and its position (`queued_through`) commit together, and a
 * mail's key is its campaign and subscription: a restart resumes where it stopped, and no one is
 * queued twice. Replicas skip a campaign another one holds.
 */
export async function dispatchCampaigns(
  em: EntityManager,
  options: CampaignDispatchOptions,
  stopping: AbortSignal,
): Promise<void> {
  await startDueCampaigns(em, options.log);
  // One batch per campaign per run: the run interval sets the rate.
  const served: string[] = [];
  while (!stopping.aborted) {
    const campaign = await queueNextBatch(em, options, served);
    if (!campaign) break;
    served.push(campaign);
  }
  const finished = await execute<{ id: string }>(
    em,
    `update support.newsletter_campaign c set status = 'SENT', finished_at = now(), updated_at = now()
      where status = 'SENDING' and queued_at is not null
        and not exists (select 1 from support.mail m where m.campaign_id = c.id and m.status = 'PENDING')
      returning id`,
  );
  for (const { id } of finished) options.log.info({ campaign: id }, 'newsletter campaign sent');
}

/** SCHEDULED campaigns whose time has come start SENDING, their audience counted. */
async function startDueCampaigns(em: EntityManager, log: Logger): Promise<void> {
  const started = await execute<{ id: string; recipients: number }>(
    em,
    `update support.newsletter_campaign
        set status = 'SENDING', started_at = now(), updated_at = now(),
            recipients = (select count(*) from support.newsletter_subscription
                           where status = 'CONFIRMED' and confirmed_at <= now())
      where id in (select id from support.newsletter_campaign
                    where status = 'SCHEDULED' and send_at <= now() for update skip locked)
      returning id, recipients`,
  );
  for (const campaign of started)
    log.info({ campaign: campaign.id, recipients: campaign.recipients }, 'newsletter campaign started');
}

/**
 * Queues one batch of a sending campaign not in `served` nor held by another run, in one
 * transaction; resolves with its id, or null when there was none.
 */
function queueNextBatch(
  em: EntityManager,
  options: CampaignDispatchOptions,
  served: readonly string[],
): Promise<string | null> {
  return em.transactional(async (tx) => {
    const [campaign] = await execute<
      Pick<NewsletterCampaign, 'id'> & {
        subject_fr: string;
        subject_en: string;
        body_fr: string;
        body_en: string;
        started_at: Date;
        queued_through: string | null;
      }
    >(
      tx,
      `select id, subject_fr, subject_en, body_fr, body_en, started_at, queued_through
         from support.newsletter_campaign
        where status = 'SENDING' and queued_at is null
          and id not in (select value::uuid from jsonb_array_elements_text(?::jsonb))
        order by started_at limit 1 for update skip locked`,
      [JSON.stringify(served)],
    );
    if (!campaign) return null;
    const audience = await execute<{ id: string; email: string; language: 'EN' | 'FR' }>(
      tx,
      `select id, email, language from support.newsletter_subscription
        where status = 'CONFIRMED' and confirmed_at <= ? and id > coalesce(?::uuid, '00000000-0000-0000-0000-000000000000')
        order by id limit ?`,
      [campaign.started_at, campaign.queued_through, options.batchSize],
    );
    const mails = await Promise.all(
      audience.map(async (subscriber) => {
        const token = await options.tokens.sign('unsubscribe', subscriber.id);
        const listUnsubscribe = storefrontLink(
          options.storefrontUrl,
          `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
        );
        const language = subscriber.language === 'FR' ? 'fr' : 'en';
        const text =
          language === 'fr'
            ? { subject: campaign.subject_fr, body: campaign.body_fr }
            : { subject: campaign.subject_en, body: campaign.body_en };
        return {
          key: `campaign:${campaign.id}:${subscriber.id}`,
          purpose: 'newsletter',
          recipient: subscriber.email,
          language,
          rendered: campaignMail(language, text, listUnsubscribe),
          newsletter: { campaignId: campaign.id, subscriptionId: subscriber.id, listUnsubscribe },
        } as const;
      }),
    );
    await keepMails(tx, mails);
    const last = audience.at(-1)?.id ?? campaign.queued_through;
    const done = audience.length < options.batchSize;
    await execute(
      tx,
      `update support.newsletter_campaign set queued_through = ?, queued_at = ${done ? 'now()' : 'null'}, updated_at = now()
        where id = ?`,
      [last, campaign.id],
    );
    return campaign.id;
  });
}
