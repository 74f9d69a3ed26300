import { UserInputError } from '@comptoir/kit';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../src/domain/delivery-lifecycle.ts';
import { normalizePostalCode } from '../src/domain/delivery-queries.ts';

describe('delivery inputs', () => {
  it('compares postal codes without spaces or case', () => {
    expect(normalizePostalCode(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(normalizePostalCode('75 011')).toBe(normalizePostalCode('75011'));
    expect(normalizePostalCode('75012')).not.toBe(normalizePostalCode('75011'));
  });

  it('accepts real calendar dates only', () => {
    expect(calendarDate(' 2026-12-24 ', 'input.d')).toBe('2026-12-24');
    expect(calendarDate(null, 'input.d')).toBeNull();
    for (const bad of ['2026-02-30', '24/12/2026', '2026-12-24T10:00:00Z', '']) {
      expect(() => calendarDate(bad, 'input.d')).toThrow(UserInputError);
    }
  });
});
