/**
 * What Comptoir needs of a payment service provider (PSP). Card data never reaches Comptoir: the
 * client tokenizes the card with the provider and sends only the provider's token, which is all
 * `authorize` receives. Every call carries an idempotency key, one per operation, so a call
 * repeated after a crash or a lost answer returns the first outcome and never charges twice.
 * Amounts are integer minor units of `currency` (see README, Money).
 */
export interface PaymentProvider {
  /** Names the provider in payments and logs, e.g. `test`. */
  readonly name: string;
  authorize(request: {
    idempotencyKey: string;
    /** The provider's token for the customer's card, as the client obtained it. */
    token: string;
    amount: number;
    currency: string;
    /** Our reference shown in the provider's records: the order number. */
    reference: string;
  }): Promise<AuthorizationOutcome>;
  /** Captures up to the authorized amount, once or in parts. */
  capture(request: { idempotencyKey: string; authorizationId: string; amount: number }): Promise<{ captureId: string }>;
  /** Releases an authorization that was not (wholly) captured. */
  void(request: { idempotencyKey: string; authorizationId: string }): Promise<void>;
  /** Gives back up to the captured amount, once or in parts. */
  refund(request: { idempotencyKey: string; authorizationId: string; amount: number }): Promise<{ refundId: string }>;
  /**
   * Checks a webhook delivery as received (the raw body and its headers) and reads it. Throws
   * `NotificationRefusedError` for a missing, bad or stale signature. Replays of a valid
   * notification are told apart by its `id`: the receiver keeps the ids it has applied.
   */
  readNotification(rawBody: string, headers: Record<string, string | undefined>): PaymentNotification;
}

/** The card as the provider describes it: never its number. */
export interface PaymentMethod {
  brand: string;
  last4: string;
}

export type AuthorizationOutcome =
  | { kind: 'authorized'; authorizationId: string; method: PaymentMethod; expiresAt: Date }
  /** `reason` is the provider's, e.g. `card_declined`, `insufficient_funds`. */
  | { kind: 'declined'; reason: string; method: PaymentMethod | null }
  /**
   * The customer must authenticate (3-D Secure): the client sends them to `actionUrl`; the outcome
   * arrives later as a notification for `authorizationId`.
   */
  | { kind: 'action_required'; authorizationId: string; actionUrl: string; method: PaymentMethod; expiresAt: Date };

/** What the provider tells us later, at the webhook endpoint. */
export interface PaymentNotification {
  /** Unique per notification: a second delivery with the same id is a replay. */
  id: string;
  type: 'authorization.succeeded' | 'authorization.failed' | 'authorization.expired';
  authorizationId: string;
  /** For `authorization.failed`: the provider's reason. */
  reason?: string;
}

/** The provider could not be reached or answered with a server error: retry with the same key. */
export class ProviderUnavailableError extends Error {}

/**
 * The provider refused the operation for good, e.g. `amount_exceeds_authorized`,
 * `amount_exceeds_captured`, `authorization_expired`, `authorization_not_found`.
 */
export class ProviderRefusedError extends Error {
  readonly code: string;

  // A field, not a parameter property: the sources run as plain (type-stripped) TypeScript.
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** A webhook delivery whose signature is missing, wrong or too old. */
export class NotificationRefusedError extends Error {}
