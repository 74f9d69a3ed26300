export * from '@comptoir/kit/testing';
export { startTestPlatform, type TestPlatform, type TestPlatformOptions } from './platform.ts';
export { productInput } from './product-input.ts';
export { shippingAddress } from './shipping-address.ts';
