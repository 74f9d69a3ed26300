import type { PaymentMethod } from '../provider.ts';

/** What the test provider does with a card: the outcomes a PSP's test mode offers. */
export type TestCardOutcome =
  | { kind: 'approved' }
  | { kind: 'declined'; reason: 'card_declined' | 'insufficient_funds' }
  | { kind: 'authentication_required' }
  | { kind: 'network_error' };

/**
 * The test cards, the numbers PSPs' test modes use (any future expiry date, any CVC). The client's
 * "tokenization" of one is `tok_<number>`; any other token is declined `invalid_token`.
 */
const testCards: ReadonlyMap<string, { brand: string; outcome: TestCardOutcome }> = new Map([
  ['4242424242424242', { brand: 'visa', outcome: { kind: 'approved' } }],
  ['5555555555554444', { brand: 'mastercard', outcome: { kind: 'approved' } }],
  ['4000000000000002', { brand: 'visa', outcome: { kind: 'declined', reason: 'card_declined' } }],
  ['4000000000009995', { brand: 'visa', outcome: { kind: 'declined', reason: 'insufficient_funds' } }],
  ['4000000000003220', { brand: 'visa', outcome: { kind: 'authentication_required' } }],
  ['4000000000000119', { brand: 'visa', outcome: { kind: 'network_error' } }],
]);

export interface TestCard {
  outcome: TestCardOutcome;
  method: PaymentMethod;
}

/** The test card a token stands for, or null for a token no test card gives. */
export function cardOfToken(token: string): TestCard | null {
  const number = /^tok_(\d{12,19})$/.exec(token)?.[1];
  const card = number === undefined ? undefined : testCards.get(number);
  if (number === undefined || card === undefined) return null;
  return { outcome: card.outcome, method: { brand: card.brand, last4: number.slice(-4) } };
}
