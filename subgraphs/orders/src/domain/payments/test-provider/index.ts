import { isDeepStrictEqual } from 'node:util';
import { execute, isUuid, type Logger } from '@comptoir/kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import {
  type AuthorizationOutcome,
  NotificationRefusedError,
  type PaymentProvider,
  ProviderRefusedError,
  ProviderUnavailableError,
} from '../provider.ts';
import { authenticationPages, authenticationPath } from './authentication-pages.ts';
import { TestProviderAuthorization } from './entities.ts';
import { deliverDueNotifications, keepNotification } from './notification-delivery.ts';
import { signatureHeader, signatureProblem } from './signature.ts';
import { cardOfToken } from './test-cards.ts';

export interface TestProviderOptions {
  /** The orders database; each call runs in a transaction of its own fork. */
  em: EntityManager;
  /** How long an authorization can be captured (PSPs: about 7 days). */
  authorizationTtlMs: number;
  /**
   * Where the orders subgraph serves the test provider's pages, e.g. http://127.0.0.1:4004: the
   * customer authenticates there (3-D Secure). A promise while the subgraph is not listening yet.
   */
  origin: string | Promise<string>;
  /** Signs the notifications, and checks them at the webhook endpoint. */
  webhookSecret: string;
  /** Where notifications are POSTed; a promise while the orders subgraph is not listening yet. */
  webhookUrl: string | Promise<string>;
  /** The wait after a first failed delivery, doubled after each next one (up to an hour). */
  retryBaseMs: number;
  log: Logger;
}

/** The test provider: a PaymentProvider, plus what stands for the PSP's own site and servers. */
export interface TestProvider extends PaymentProvider {
  /**
   * The customer's answer to the 3-D Secure challenge: the authorization succeeds or fails (or has
   * expired), and a notification says so. False when the authorization awaited no answer.
   */
  completeAuthentication(authorizationId: string, authenticated: boolean): Promise<boolean>;
  /** Sends the notifications due (the periodic retry); resolves with how many were delivered. */
  deliverNotifications(): Promise<number>;
  /** Serves the authentication pages, where `action_required` sends the customer. */
  routes(app: Express): void;
}

/** An operation's first outcome as kept under its idempotency key: a result, or a refusal. */
type Outcome<T> = { ok: T } | { refused: { code: string; message: string } };

const refused = (code: string, message: string): Outcome<never> => ({ refused: { code, message } });

const notificationBody = z.object({
  id: z.string().min(1),
  type: z.enum(['authorization.succeeded', 'authorization.failed', 'authorization.expired']),
  authorizationId: z.string().min(1),
  reason: z.string().min(1).optional(),
});

/**
 * A payment provider in test mode, like a PSP's: test card numbers decide the outcome (see
 * `test-cards.ts`), and its state (authorizations, idempotency keys) is durable in the orders
 * database, in tables of its own (`test_provider_*`), as a real PSP's would survive our restarts.
 */
export function createTestProvider(options: TestProviderOptions): TestProvider {
  /**
   * Runs `effect` once per idempotency key. The key is claimed first in the transaction, so a
   * concurrent call with the same key waits on the unique key, then answers the stored outcome.
   * A thrown error (provider unavailable) rolls the claim back: the key can be retried.
   */
  async function once<T>(
    operation: string,
    idempotencyKey: string,
    request: Record<string, unknown>,
    effect: (em: EntityManager) => Promise<Outcome<T>>,
  ): Promise<T> {
    const outcome = await options.em.fork().transactional(async (em): Promise<Outcome<T>> => {
      const claimed = await execute(
        em,
        `insert into orders.test_provider_idempotency (key, operation, request, outcome, created_at)
         values (?, ?, ?::jsonb, null, now()) on conflict (key) do nothing returning key`,
        [idempotencyKey, operation, JSON.stringify(request)],
      );
      if (claimed.length === 0) {
        const [first] = await execute<{ operation: string; request: unknown; outcome: Outcome<T> }>(
          em,
          'select operation, request, outcome from orders.test_provider_idempotency where key = ?',
          [idempotencyKey],
        );
        if (first?.operation !== operation || !isDeepStrictEqual(first.request, request))
          return refused('idempotency_key_reused', `idempotency key ${idempotencyKey} was used for another request`);
        return first.outcome;
      }
      const result = await effect(em);
      await em.flush();
      await execute(em, 'update orders.test_provider_idempotency set outcome = ?::jsonb where key = ?', [
        JSON.stringify(result),
        idempotencyKey,
      ]);
      return result;
    });
    if ('refused' in outcome) throw new ProviderRefusedError(outcome.refused.code, outcome.refused.message);
    return outcome.ok;
  }

  async function lockedAuthorization(em: EntityManager, id: string) {
    if (!isUuid(id)) return null;
    return em.findOne(TestProviderAuthorization, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  const notFound = (id: string) => refused('authorization_not_found', `no authorization ${id}`);
  const invalidAmount = (amount: number) => refused('invalid_amount', `${amount} is not a positive amount`);
  const isPositiveAmount = (amount: number) => Number.isSafeInteger(amount) && amount > 0;

  const deliverNotifications = () => deliverDueNotifications(options.em.fork(), options);

  async function completeAuthentication(authorizationId: string, authenticated: boolean): Promise<boolean> {
    const completed = await options.em.fork().transactional(async (em) => {
      const authorization = await lockedAuthorization(em, authorizationId);
      if (authorization?.status !== 'requires_action') return false;
      if (authorization.expiresAt.getTime() <= Date.now()) {
        authorization.status = 'failed';
        authorization.failureReason = 'authorization_expired';
        keepNotification(em, { type: 'authorization.expired', authorizationId });
      } else if (authenticated) {
        authorization.status = 'authorized';
        keepNotification(em, { type: 'authorization.succeeded', authorizationId });
      } else {
        authorization.status = 'failed';
        authorization.failureReason = 'authentication_failed';
        keepNotification(em, { type: 'authorization.failed', authorizationId, reason: 'authentication_failed' });
      }
      return true;
    });
    // Asynchronous, as a PSP's: the customer's page does not wait for our webhook.
    if (completed)
      deliverNotifications().catch((error) => options.log.error({ err: error }, 'payment notifications not sent'));
    return completed;
  }

  return {
    name: 'test',
    completeAuthentication,
    deliverNotifications,
    routes: (app) =>
      authenticationPages(app, {
        find: (id) =>
          isUuid(id) ? options.em.fork().findOne(TestProviderAuthorization, { id }) : Promise.resolve(null),
        complete: completeAuthentication,
      }),

    async authorize({ idempotencyKey, token, amount, currency, reference }) {
      const card = cardOfToken(token);
      if (card?.outcome.kind === 'network_error')
        throw new ProviderUnavailableError('the test provider could not reach the card network (test card ···0119)');
      const origin = await options.origin;
      // The request as kept with the key: the card by brand and last 4 digits, never its token.
      const request = { amount, currency, reference, card: card?.method ?? null };
      const outcome = await once(
        'authorize',
        idempotencyKey,
        request,
        async (em): Promise<Outcome<AuthorizationOutcome>> => {
          if (!isPositiveAmount(amount)) return invalidAmount(amount);
          if (!/^[A-Z]{3}$/.test(currency)) return refused('invalid_currency', `${currency} is no currency code`);
          if (!card) return { ok: { kind: 'declined', reason: 'invalid_token', method: null } };
          if (card.outcome.kind === 'declined')
            return { ok: { kind: 'declined', reason: card.outcome.reason, method: card.method } };
          const now = new Date();
          const authorization = em.create(TestProviderAuthorization, {
            id: uuidv7(),
            reference,
            amount,
            currency,
            status: card.outcome.kind === 'approved' ? 'authorized' : 'requires_action',
            failureReason: null,
            brand: card.method.brand,
            last4: card.method.last4,
            expiresAt: new Date(now.getTime() + options.authorizationTtlMs),
            createdAt: now,
          });
          const granted = {
            authorizationId: authorization.id,
            method: card.method,
            expiresAt: authorization.expiresAt,
          };
          if (authorization.status === 'authorized') return { ok: { kind: 'authorized', ...granted } };
          const actionUrl = `${origin}${authenticationPath}/${authorization.id}`;
          return { ok: { kind: 'action_required', ...granted, actionUrl } };
        },
      );
      // Kept as JSON: the expiry comes back as a string.
      return outcome.kind === 'declined' ? outcome : { ...outcome, expiresAt: new Date(outcome.expiresAt) };
    },

    capture: ({ idempotencyKey, authorizationId, amount }) =>
      once('capture', idempotencyKey, { authorizationId, amount }, async (em) => {
        const authorization = await lockedAuthorization(em, authorizationId);
        if (!authorization) return notFound(authorizationId);
        if (!isPositiveAmount(amount)) return invalidAmount(amount);
        if (authorization.status === 'requires_action')
          return refused('authentication_required', 'the customer has not authenticated this authorization yet');
        if (authorization.status !== 'authorized')
          return refused(`authorization_${authorization.status}`, `the authorization is ${authorization.status}`);
        if (authorization.expiresAt.getTime() <= Date.now())
          return refused(
            'authorization_expired',
            `the authorization expired at ${authorization.expiresAt.toISOString()}`,
          );
        if (authorization.capturedAmount + amount > authorization.amount)
          return refused(
            'amount_exceeds_authorized',
            `${amount} more would capture beyond the ${authorization.amount} authorized (${authorization.capturedAmount} captured)`,
          );
        authorization.capturedAmount += amount;
        return { ok: { captureId: uuidv7() } };
      }),

    async void({ idempotencyKey, authorizationId }) {
      await once('void', idempotencyKey, { authorizationId }, async (em) => {
        const authorization = await lockedAuthorization(em, authorizationId);
        if (!authorization) return notFound(authorizationId);
        if (authorization.capturedAmount > 0)
          return refused('already_captured', `${authorization.capturedAmount} of the authorization was captured`);
        // A failed or voided authorization holds nothing: voiding it again is done already.
        if (authorization.status === 'authorized' || authorization.status === 'requires_action')
          authorization.status = 'voided';
        return { ok: null };
      });
    },

    refund: ({ idempotencyKey, authorizationId, amount }) =>
      once('refund', idempotencyKey, { authorizationId, amount }, async (em) => {
        const authorization = await lockedAuthorization(em, authorizationId);
        if (!authorization) return notFound(authorizationId);
        if (!isPositiveAmount(amount)) return invalidAmount(amount);
        if (authorization.refundedAmount + amount > authorization.capturedAmount)
          return refused(
            'amount_exceeds_captured',
            `${amount} more would refund beyond the ${authorization.capturedAmount} captured (${authorization.refundedAmount} refunded)`,
          );
        authorization.refundedAmount += amount;
        return { ok: { refundId: uuidv7() } };
      }),

    readNotification(rawBody, headers) {
      const problem = signatureProblem(options.webhookSecret, rawBody, headers[signatureHeader], new Date());
      if (problem) throw new NotificationRefusedError(problem);
      const body = notificationBody.safeParse(parseJson(rawBody));
      if (!body.success) throw new NotificationRefusedError('not a test provider notification');
      const { reason, ...notification } = body.data;
      return reason === undefined ? notification : { ...notification, reason };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
