import { execute, isUuid, type Locale, requireClaims, requireScope, UserInputError, validInput } from '@comptoir/kit';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { SupportContext } from '../context.ts';
import { keepMail } from '../mail/mail.ts';
import { storefrontLink } from '../notifications/layout.ts';
import { UserAccount } from '../user-account.ts';
import { ADMIN_SCOPE } from './campaigns.ts';
import { confirmationMail } from './mails.ts';
import { NewsletterSubscription } from './subscription.ts';

/*
 * Subscribing is double opt-in: a request (from the public form, or an account's preferences)
 * leaves a PENDING subscription and mails a confirmation link; only following it confirms.
 * Confirming and unsubscribing need no sign-in: the signed link in the mail is the proof.
 */

type Language = 'EN' | 'FR';
type NewsletterContext = Pick<SupportContext, 'em' | 'services' | 'locale'>;

const languageOf = (locale: Locale): Language => (locale === 'fr' ? 'FR' : 'EN');
const localeOf = (language: Language): Locale => (language === 'FR' ? 'fr' : 'en');

const messages = (field: string, issue: string) => ({
  en: `${field}: ${issue}`,
  fr: `${field} : valeur invalide (${issue})`,
});

const subscribeSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  language: z.enum(['EN', 'FR']).nullish(),
});

/**
 * The public sign-up form. Its answer is the same whether the address was new, pending or already
 * confirmed: the form tells no one who subscribes. Limited per address and per email, so no one
 * can flood a mailbox with confirmations.
 */
export async function subscribeToNewsletter(
  ctx: NewsletterContext & Pick<SupportContext, 'clientIp'>,
  input: { email: string; language?: Language | null },
): Promise<Record<string, never>> {
  const valid = validInput(subscribeSchema, input, messages);
  await ctx.services.newsletter.signupThrottle.consume(valid.email, ctx.clientIp);
  await ctx.em.transactional((em) =>
    requestSubscription(ctx, em, valid.email, valid.language ?? languageOf(ctx.locale), false),
  );
  return {};
}

/**
 * Starts the double opt-in for `email` unless it is confirmed already. A confirmed one keeps its
 * language, unless `mayChangeLanguage` (its own account asks).
 */
async function requestSubscription(
  ctx: NewsletterContext,
  em: EntityManager,
  email: string,
  language: Language,
  mayChangeLanguage: boolean,
): Promise<NewsletterSubscription> {
  const now = new Date();
  // Two requests for a new address at once: one inserts, the other finds it locked below.
  await execute(
    em,
    `insert into support.newsletter_subscription (id, email, language, status, created_at, updated_at)
     values (?, ?, ?, 'PENDING', now(), now()) on conflict (email) do nothing`,
    [uuidv7(), email, language],
  );
  const subscription = await em.findOneOrFail(
    NewsletterSubscription,
    { email },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (subscription.status === 'CONFIRMED') {
    if (mayChangeLanguage && subscription.language !== language) {
      Object.assign(subscription, { language, updatedAt: now });
      await em.flush();
    }
    return subscription;
  }
  const confirmationId = uuidv7();
  Object.assign(subscription, { status: 'PENDING', language, confirmationId, updatedAt: now });
  await em.flush();
  const { tokens, confirmationTtlSeconds } = ctx.services.newsletter;
  const token = await tokens.sign('confirm', subscription.id, confirmationId);
  const confirmUrl = storefrontLink(
    ctx.services.storefrontUrl,
    `/newsletter/confirm?token=${encodeURIComponent(token)}`,
  );
  await keepMail(em, {
    key: `newsletter-confirmation:${confirmationId}`,
    purpose: 'newsletter-confirmation',
    recipient: email,
    language: localeOf(language),
    rendered: confirmationMail(localeOf(language), confirmUrl, Math.round(confirmationTtlSeconds / 3600)),
  });
  return subscription;
}

const invalidLink = () =>
  new UserInputError(
    'INVALID_TOKEN',
    {
      en: 'This link is not valid, or has expired. Please subscribe again.',
      fr: 'Ce lien n’est pas valide, ou a expiré. Merci de vous abonner de nouveau.',
    },
    'input.token',
  );

async function lockSubscription(em: EntityManager, id: string): Promise<NewsletterSubscription | null> {
  if (!isUuid(id)) return null;
  return em.findOne(NewsletterSubscription, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/**
 * Follows a confirmation link: the subscription is CONFIRMED. Only the latest link sent works (an
 * older one, or one sent before an unsubscribe, is INVALID_TOKEN); following it twice is fine.
 */
export async function confirmNewsletterSubscription(
  ctx: NewsletterContext,
  input: { token: string },
): Promise<{ subscription: NewsletterSubscription }> {
  const verified = await ctx.services.newsletter.tokens.verify('confirm', input.token);
  if (!verified) throw invalidLink();
  return ctx.em.transactional(async (em) => {
    const subscription = await lockSubscription(em, verified.subscriptionId);
    if (!subscription || verified.tokenId === null || verified.tokenId !== subscription.confirmationId) {
      throw invalidLink();
    }
    if (subscription.status === 'CONFIRMED') return { subscription };
    if (subscription.status === 'UNSUBSCRIBED') throw invalidLink();
    const now = new Date();
    Object.assign(subscription, { status: 'CONFIRMED', confirmedAt: now, updatedAt: now });
    await em.flush();
    return { subscription };
  });
}

/** Ends a subscription, and cancels its campaign mails not sent yet, in one transaction. */
async function unsubscribe(em: EntityManager, subscription: NewsletterSubscription): Promise<void> {
  if (subscription.status === 'UNSUBSCRIBED') return;
  const now = new Date();
  Object.assign(subscription, { status: 'UNSUBSCRIBED', unsubscribedAt: now, updatedAt: now });
  await em.flush();
  await execute(em, `update support.mail set status = 'CANCELLED' where subscription_id = ? and status = 'PENDING'`, [
    subscription.id,
  ]);
}

/** The one-click unsubscribe link of every campaign mail: no sign-in, works any number of times. */
export async function unsubscribeFromNewsletter(
  ctx: NewsletterContext,
  input: { token: string },
): Promise<{ subscription: NewsletterSubscription }> {
  const verified = await ctx.services.newsletter.tokens.verify('unsubscribe', input.token);
  if (!verified) throw invalidLink();
  return ctx.em.transactional(async (em) => {
    const subscription = await lockSubscription(em, verified.subscriptionId);
    if (!subscription) throw invalidLink();
    await unsubscribe(em, subscription);
    return { subscription };
  });
}

const preferencesSchema = z.object({ subscribed: z.boolean(), language: z.enum(['EN', 'FR']).nullish() });

/**
 * An account's newsletter preferences, for its own email: subscribing starts the double opt-in (an
 * account's email is not proof the mailbox is its owner's), unsubscribing takes effect at once.
 */
export async function setNewsletterPreferences(
  ctx: NewsletterContext & Pick<SupportContext, 'claims'>,
  input: { subscribed: boolean; language?: Language | null },
): Promise<{ subscription: NewsletterSubscription | null }> {
  const claims = requireClaims(ctx);
  const valid = validInput(preferencesSchema, input, messages);
  const account = await ctx.em.findOne(UserAccount, { id: claims.sub });
  if (!account?.email) {
    throw new UserInputError('PROFILE_NOT_READY', {
      en: 'Your account is still being set up. Please try again in a moment.',
      fr: 'Votre compte est encore en cours de création. Merci de réessayer dans un instant.',
    });
  }
  const email = account.email.toLowerCase();
  return ctx.em.transactional(async (em) => {
    if (valid.subscribed) {
      const language = valid.language ?? account.language ?? languageOf(ctx.locale);
      return { subscription: await requestSubscription(ctx, em, email, language, true) };
    }
    const subscription = await em.findOne(
      NewsletterSubscription,
      { email },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (subscription) await unsubscribe(em, subscription);
    return { subscription };
  });
}

/** The newsletter subscription of a user's email: the user themself only; null for anyone else. */
export async function newsletterOf(
  ctx: Pick<SupportContext, 'em' | 'claims'>,
  userId: string,
): Promise<NewsletterSubscription | null> {
  if (ctx.claims?.sub !== userId) return null;
  const account = await ctx.em.findOne(UserAccount, { id: userId });
  if (!account?.email) return null;
  return ctx.em.findOne(NewsletterSubscription, { email: account.email.toLowerCase() });
}

/** Subscriptions by status, for admins. */
export async function newsletterAudience(
  ctx: Pick<SupportContext, 'em' | 'claims'>,
): Promise<{ pending: number; confirmed: number; unsubscribed: number }> {
  requireScope(ctx, ADMIN_SCOPE);
  const rows = await execute<{ status: string; count: number }>(
    ctx.em,
    'select status, count(*)::int as count from support.newsletter_subscription group by status',
  );
  const count = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return { pending: count('PENDING'), confirmed: count('CONFIRMED'), unsubscribed: count('UNSUBSCRIBED') };
}
