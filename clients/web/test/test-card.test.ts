import { expect, test } from 'vitest';
import { tokenizeTestCard } from '../src/checkout/test-card.ts';

const today = new Date('2026-12-02T10:00:00Z');

test('a test card becomes the test provider’s token, spaces and dashes ignored', () => {
  expect(tokenizeTestCard({ number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' }, today)).toEqual({
    token: 'tok_4242424242424242',
  });
  expect(tokenizeTestCard({ number: '5555-5555-5555-4444', expiry: '01/2031', cvc: '1234' }, today)).toEqual({
    token: 'tok_5555555555554444',
  });
  // Declines are the provider's to decide: the form sends them on.
  expect(tokenizeTestCard({ number: '4000000000000002', expiry: '12/26', cvc: '000' }, today)).toEqual({
    token: 'tok_4000000000000002',
  });
});

test('a mistyped number, a past expiry or a bad security code never leaves the page', () => {
  const card = { number: '4242424242424242', expiry: '12/30', cvc: '123' };
  expect(tokenizeTestCard({ ...card, number: '4242424242424241' }, today)).toEqual({ problem: 'number' });
  expect(tokenizeTestCard({ ...card, number: '4242' }, today)).toEqual({ problem: 'number' });
  expect(tokenizeTestCard({ ...card, expiry: '11/26' }, today)).toEqual({ problem: 'expiry' });
  expect(tokenizeTestCard({ ...card, expiry: '13/30' }, today)).toEqual({ problem: 'expiry' });
  expect(tokenizeTestCard({ ...card, expiry: 'soon' }, today)).toEqual({ problem: 'expiry' });
  expect(tokenizeTestCard({ ...card, cvc: '12' }, today)).toEqual({ problem: 'cvc' });
});
