import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isCurrencyCode, moneyLimits } from '../src/money.ts';
import { scalarResolvers } from '../src/scalars.ts';

const { MinorUnits } = scalarResolvers;

/** The code a scalar refusal carries to the client. */
function refusalCode(parse: () => unknown): unknown {
  try {
    parse();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'accepted';
}

describe('money in the kit', () => {
  it('MinorUnits serializes safe integers as JSON numbers and refuses anything else', () => {
    expect(MinorUnits.serialize(2_970_000_000)).toBe(2_970_000_000);
    expect(JSON.stringify({ amount: MinorUnits.serialize(Number.MAX_SAFE_INTEGER) })).toBe(
      '{"amount":9007199254740991}',
    );
    expect(() => MinorUnits.serialize(2 ** 53)).toThrow(GraphQLError);
    expect(() => MinorUnits.serialize(10.5)).toThrow(GraphQLError);
  });

  it('MinorUnits parses safe integers only; a float, a string or an unsafe integer is BAD_USER_INPUT', () => {
    expect(MinorUnits.parseValue(2_970_000_000)).toBe(2_970_000_000);
    expect(MinorUnits.parseLiteral({ kind: Kind.INT, value: '2970000000' })).toBe(2_970_000_000);
    for (const value of [10.5, '1000', 2 ** 53, Number.NaN, null, true]) {
      expect(
        refusalCode(() => MinorUnits.parseValue(value)),
        String(value),
      ).toBe('BAD_USER_INPUT');
    }
    for (const literal of [
      { kind: Kind.FLOAT, value: '10.5' },
      { kind: Kind.STRING, value: '1000' },
      { kind: Kind.INT, value: '9007199254740993' },
    ] as const) {
      expect(
        refusalCode(() => MinorUnits.parseLiteral(literal)),
        literal.value,
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('knows ISO 4217 codes from the runtime, and nothing else', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK']) expect(isCurrencyCode(code), code).toBe(true);
    for (const code of ['XYZ', 'eur', 'EURO', 'EU', '']) expect(isCurrencyCode(code), code).toBe(false);
  });

  it('keeps the largest basket total far below 2^53', () => {
    const largest = moneyLimits.maxUnitPrice * moneyLimits.maxLineQuantity * moneyLimits.maxBasketLines;
    expect(largest + moneyLimits.maxUnitPrice).toBeLessThan(Number.MAX_SAFE_INTEGER / 10);
  });
});
