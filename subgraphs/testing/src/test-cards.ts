/** The test payment provider's cards, as a client tokenizes them (`tok_<number>`; README, "Payments"). */
export const testCards = {
  approved: 'tok_4242424242424242',
  declined: 'tok_4000000000000002',
  insufficientFunds: 'tok_4000000000009995',
  authenticationRequired: 'tok_4000000000003220',
  networkError: 'tok_4000000000000119',
} as const;
