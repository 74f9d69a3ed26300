import { parseEnv, sharedSecret } from '@comptoir/kit/config';
import { z } from 'zod';
import { defaultShippingRates, shippingRatesVariable } from './domain/shipping.ts';

/** The orders subgraph's own variables, beyond every subgraph's. */
const ordersEnv = z.object({
  /** Shipping per currency: `CUR:flat:freeFrom` entries in minor units, e.g. EUR:490:5000,JPY:800:8000. */
  SHIPPING_RATES: z.string().default(defaultShippingRates).pipe(shippingRatesVariable),
  /** How long a PLACED order waits for catalog's stock decision before it is cancelled (RESERVATION_TIMEOUT). */
  ORDER_RESERVATION_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
});

/** Reads and checks the orders configuration; a bad value is a ConfigError naming the variable. */
export function ordersConfig(env: NodeJS.ProcessEnv) {
  const own = parseEnv(ordersEnv, env);
  return { shippingRates: own.SHIPPING_RATES, reservationTimeoutMs: own.ORDER_RESERVATION_TIMEOUT_SECONDS * 1000 };
}

export type OrdersConfig = ReturnType<typeof ordersConfig>;

/** The payment provider's variables: apart, as only the running subgraph talks to the provider. */
const paymentsEnv = z.object({
  /** The one provider shipped is the test provider (see README, Payments). */
  PAYMENT_PROVIDER: z.enum(['test']).default('test'),
  /** Signs the provider's notifications to the webhook endpoint (the embedded default generates one). */
  PAYMENT_WEBHOOK_SECRET: sharedSecret,
  /** Where the test provider POSTs its notifications; unset: this subgraph's own /webhooks/payments. */
  PAYMENT_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The test provider's wait after a first failed notification, doubled after each next one. */
  PAYMENT_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(2000),
  /** How long a test provider authorization can be captured; PSPs keep them about 7 days. */
  PAYMENT_TEST_AUTHORIZATION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(7 * 86_400),
});

/** Reads and checks the payment provider's configuration; a bad value is a ConfigError naming the variable. */
export function paymentsConfig(env: NodeJS.ProcessEnv) {
  const own = parseEnv(paymentsEnv, env);
  return {
    webhookSecret: own.PAYMENT_WEBHOOK_SECRET,
    authorizationTtlMs: own.PAYMENT_TEST_AUTHORIZATION_TTL_SECONDS * 1000,
    webhookUrl: own.PAYMENT_WEBHOOK_URL,
    retryBaseMs: own.PAYMENT_WEBHOOK_RETRY_BASE_MS,
  };
}
