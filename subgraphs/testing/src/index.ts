export * from '@comptoir/kit/testing';
export { type FailingInsert, failFirstInsert } from './failing-insert.ts';
export { startTestPlatform, type TestPlatform, type TestPlatformOptions } from './platform.ts';
export { productInput } from './product-input.ts';
export { shippingAddress } from './shipping-address.ts';
export { type SmtpInbox, startSmtpInbox } from './smtp-inbox.ts';
export { testCards } from './test-cards.ts';
