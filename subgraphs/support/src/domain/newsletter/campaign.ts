import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const campaignStatuses = ['DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * A newsletter written by an admin in French and English. SCHEDULED for `sendAt`, then SENDING:
 * its audience is the subscriptions confirmed when it started, queued in batches in id order
 * (`queuedThrough` is the last one queued, so a restart resumes after it), SENT once every mail
 * has gone or failed.
 */
export const NewsletterCampaign = defineEntity({
  name: 'NewsletterCampaign',
  properties: {
    id: p.uuid().primary(),
    subjectFr: p.text(),
    subjectEn: p.text(),
    /** Plain text; a blank line separates paragraphs. */
    bodyFr: p.text(),
    bodyEn: p.text(),
    status: p.enum(campaignStatuses),
    sendAt: p.datetime().nullable(),
    startedAt: p.datetime().nullable(),
    /** The audience: confirmed subscriptions when it started. */
    recipients: p.integer().nullable(),
    queuedThrough: p.uuid().nullable(),
    /** When the whole audience was queued. */
    queuedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    createdBy: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type NewsletterCampaign = InferEntity<typeof NewsletterCampaign>;
