import { describe, expect, it } from 'vitest';
import { flatShippingAmount, freeShippingFrom, shippingFor } from '../src/domain/shipping.ts';

describe('shipping price', () => {
  it('charges the flat price below the threshold, nothing from it', () => {
    expect(flatShippingAmount).toBe(490);
    expect(freeShippingFrom).toBe(5000);
    expect(shippingFor(0)).toBe(490);
    expect(shippingFor(4999)).toBe(490);
    expect(shippingFor(5000)).toBe(0);
    expect(shippingFor(120_000)).toBe(0);
  });
});
