import { languages } from '@comptoir/schema/events';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const subscriptionStatuses = ['PENDING', 'CONFIRMED', 'UNSUBSCRIBED'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/**
 * One address's newsletter subscription. PENDING until its owner follows the confirmation link
 * (double opt-in); only CONFIRMED ones receive campaigns; UNSUBSCRIBED is kept, so the address is
 * never mailed again unless it opts in anew. An account's preferences are the subscription of its
 * email.
 */
export const NewsletterSubscription = defineEntity({
  name: 'NewsletterSubscription',
  properties: {
    id: p.uuid().primary(),
    /** Trimmed and lower-cased: one subscription per address. */
    email: p.string().length(320).unique(),
    language: p.enum(languages),
    status: p.enum(subscriptionStatuses),
    /** The `jti` of the last confirmation link sent: only that link confirms. */
    confirmationId: p.uuid().nullable(),
    confirmedAt: p.datetime().nullable(),
    unsubscribedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type NewsletterSubscription = InferEntity<typeof NewsletterSubscription>;
