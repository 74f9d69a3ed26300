import {
  type Connection,
  type ConnectionArgs,
  execute,
  isUuid,
  paginateById,
  requireClaims,
  requireScope,
  UserInputError,
  validInput,
} from '@comptoir/kit';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { SupportContext } from '../context.ts';
import type { RenderedMail } from '../mail/mail.ts';
import { storefrontLink } from '../notifications/layout.ts';
import { type CampaignStatus, NewsletterCampaign } from './campaign.ts';
import { campaignMail } from './mails.ts';

/*
 * Admins (support:admin) write campaigns in French and English, preview them, schedule them and
 * follow their sending. A campaign can be edited until it starts sending, and cancelled until it
 * has finished: its mails not yet sent are then cancelled with it.
 */

export const ADMIN_SCOPE = 'support:admin';

type AdminContext = Pick<SupportContext, 'em' | 'claims'>;

const messages = (field: string, issue: string) => ({
  en: `${field}: ${issue}`,
  fr: `${field} : valeur invalide (${issue})`,
});

const subject = z.string().trim().min(1).max(200);
const body = z.string().trim().min(1).max(50_000);
const campaignSchema = z.object({ subjectFr: subject, subjectEn: subject, bodyFr: body, bodyEn: body });
// A field left out or null stays as it is.
const campaignChangesSchema = z.object({
  id: z.string(),
  subjectFr: subject.nullish(),
  subjectEn: subject.nullish(),
  bodyFr: body.nullish(),
  bodyEn: body.nullish(),
});

const campaignNotFound = () =>
  new UserInputError(
    'CAMPAIGN_NOT_FOUND',
    { en: 'No such campaign.', fr: 'Aucune campagne ne porte cet identifiant.' },
    'input.id',
  );

const notEditable = (status: CampaignStatus) =>
  new UserInputError(
    'CAMPAIGN_NOT_EDITABLE',
    {
      en: `A ${status} campaign can no longer be changed.`,
      fr: `Une campagne ${status} ne peut plus être modifiée.`,
    },
    'input.id',
  );

function requireAdmin(ctx: Pick<SupportContext, 'claims'>): string {
  const claims = requireClaims(ctx);
  requireScope(ctx, ADMIN_SCOPE);
  return claims.sub;
}

async function lockCampaign(em: EntityManager, id: string): Promise<NewsletterCampaign> {
  const campaign = isUuid(id)
    ? await em.findOne(NewsletterCampaign, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!campaign) throw campaignNotFound();
  return campaign;
}

/** Runs `change` on a campaign still DRAFT or SCHEDULED, under its row lock (the sender takes the same lock to start it). */
function changeCampaign(
  ctx: AdminContext,
  id: string,
  change: (campaign: NewsletterCampaign) => void,
): Promise<{ campaign: NewsletterCampaign }> {
  requireAdmin(ctx);
  return ctx.em.transactional(async (em) => {
    const campaign = await lockCampaign(em, id);
    if (campaign.status !== 'DRAFT' && campaign.status !== 'SCHEDULED') throw notEditable(campaign.status);
    change(campaign);
    campaign.updatedAt = new Date();
    await em.flush();
    return { campaign };
  });
}

export async function createNewsletterCampaign(
  ctx: AdminContext,
  input: z.input<typeof campaignSchema>,
): Promise<{ campaign: NewsletterCampaign }> {
  const createdBy = requireAdmin(ctx);
  const valid = validInput(campaignSchema, input, messages);
  const now = new Date();
  const campaign = ctx.em.create(NewsletterCampaign, {
    id: uuidv7(),
    ...valid,
    status: 'DRAFT',
    createdBy,
    createdAt: now,
    updatedAt: now,
  });
  await ctx.em.flush();
  return { campaign };
}

export function updateNewsletterCampaign(
  ctx: AdminContext,
  input: z.input<typeof campaignChangesSchema>,
): Promise<{ campaign: NewsletterCampaign }> {
  const { id, ...changes } = validInput(campaignChangesSchema, input, messages);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value != null));
  return changeCampaign(ctx, id, (campaign) => Object.assign(campaign, defined));
}

/** Schedules a campaign for `sendAt` (now when omitted or past); scheduling again moves it. */
export function scheduleNewsletterCampaign(
  ctx: AdminContext,
  input: { id: string; sendAt?: Date | string | null },
): Promise<{ campaign: NewsletterCampaign }> {
  return changeCampaign(ctx, input.id, (campaign) => {
    campaign.status = 'SCHEDULED';
    campaign.sendAt = input.sendAt ? new Date(input.sendAt) : new Date();
  });
}

/** Stops a campaign that has not finished: its mails not sent yet are cancelled in the same transaction. */
export function cancelNewsletterCampaign(
  ctx: AdminContext,
  input: { id: string },
): Promise<{ campaign: NewsletterCampaign }> {
  requireAdmin(ctx);
  return ctx.em.transactional(async (em) => {
    const campaign = await lockCampaign(em, input.id);
    if (campaign.status === 'SENT' || campaign.status === 'CANCELLED') throw notEditable(campaign.status);
    const now = new Date();
    Object.assign(campaign, { status: 'CANCELLED', finishedAt: now, updatedAt: now });
    await em.flush();
    await execute(em, `update support.mail set status = 'CANCELLED' where campaign_id = ? and status = 'PENDING'`, [
      campaign.id,
    ]);
    return { campaign };
  });
}

export function newsletterCampaigns(ctx: AdminContext, args: ConnectionArgs): Promise<Connection<NewsletterCampaign>> {
  requireAdmin(ctx);
  return paginateById(ctx.em, NewsletterCampaign, {}, args, 'desc');
}

export async function newsletterCampaign(ctx: AdminContext, id: string): Promise<NewsletterCampaign | null> {
  requireAdmin(ctx);
  return isUuid(id) ? ctx.em.findOne(NewsletterCampaign, { id }) : null;
}

/** Where a campaign stands; the counts add up to `recipients` once it has started. */
export interface CampaignProgress {
  /** The audience: subscriptions confirmed when it started; null before. */
  recipients: number | null;
  sent: number;
  failed: number;
  /** Recipients who unsubscribed before their copy went, or whose copy a cancellation stopped. */
  skipped: number;
  /** Neither sent, failed nor skipped yet. */
  pending: number;
}

/** The progress of many campaigns in one statement (a request-scoped loader). */
export function campaignProgress(ctx: Pick<SupportContext, 'em' | 'loaders'>, campaign: NewsletterCampaign) {
  return ctx.loaders
    .batched<Record<string, number>>('newsletter-campaign-mail-counts', async (ids) => {
      const rows = await execute<{ campaign_id: string; status: string; count: number }>(
        ctx.em,
        `select campaign_id, status, count(*)::int as count from support.mail
          where campaign_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))
          group by campaign_id, status`,
        [JSON.stringify(ids)],
      );
      const counts = Map.groupBy(rows, (row) => row.campaign_id);
      return ids.map((id) => Object.fromEntries((counts.get(id) ?? []).map((row) => [row.status, row.count])));
    })
    .load(campaign.id)
    .then((counts): CampaignProgress => {
      const sent = counts.SENT ?? 0;
      const failed = counts.FAILED ?? 0;
      const queued = sent + failed + (counts.PENDING ?? 0) + (counts.CANCELLED ?? 0);
      const recipients = campaign.recipients ?? null;
      if (recipients === null) return { recipients, sent, failed, skipped: 0, pending: 0 };
      // Once all are queued (or it was cancelled), whoever was never queued left before their turn.
      const neverQueued = campaign.queuedAt || campaign.status === 'CANCELLED' ? Math.max(0, recipients - queued) : 0;
      const skipped = (counts.CANCELLED ?? 0) + neverQueued;
      return { recipients, sent, failed, skipped, pending: Math.max(0, recipients - sent - failed - skipped) };
    });
}

/** The campaign's mail in `language`, as a subscriber would get it (with a sample unsubscribe link). */
export function previewCampaign(
  ctx: Pick<SupportContext, 'services'>,
  campaign: NewsletterCampaign,
  language: 'EN' | 'FR',
): RenderedMail {
  const sampleUnsubscribe = storefrontLink(ctx.services.storefrontUrl, '/newsletter/unsubscribe?token=preview');
  return language === 'FR'
    ? campaignMail('fr', { subject: campaign.subjectFr, body: campaign.bodyFr }, sampleUnsubscribe)
    : campaignMail('en', { subject: campaign.subjectEn, body: campaign.bodyEn }, sampleUnsubscribe);
}
