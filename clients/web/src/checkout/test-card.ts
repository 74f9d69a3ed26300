/**
 * The card form's tokenization for the platform's test payment provider, whose token for a card is
 * `tok_<card number>` (README, Payments). It runs in the page, so the card number never reaches our
 * server: a real provider's script takes this module's place, answering the same way.
 */
export interface CardInput {
  number: string;
  /** MM/YY or MM/YYYY. */
  expiry: string;
  cvc: string;
}

export type CardProblem = 'number' | 'expiry' | 'cvc';

export function tokenizeTestCard(card: CardInput, today = new Date()): { token: string } | { problem: CardProblem } {
  const digits = card.number.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !passesLuhn(digits)) return { problem: 'number' };
  if (!isInFuture(card.expiry, today)) return { problem: 'expiry' };
  if (!/^\d{3,4}$/.test(card.cvc.trim())) return { problem: 'cvc' };
  return { token: `tok_${digits}` };
}

/** The check digit every card number carries, catching most typos before the provider is asked. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A card is valid to the end of its expiry month. */
function isInFuture(expiry: string, today: Date): boolean {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!match) return false;
  const month = Number(match[1]);
  const year = Number(match[2]) + (match[2]?.length === 2 ? 2000 : 0);
  if (month < 1 || month > 12) return false;
  return new Date(Date.UTC(year, month, 1)) > today;
}
