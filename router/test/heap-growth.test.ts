import { describe, expect, test } from 'vitest';
import { loadConfig } from '../src/index.ts';

describe('ROUTER_HEAP_GROWING_PERCENT', () => {
  test('bounds the old generation to 30 % growth unless set', () => {
    expect(loadConfig({}, []).heapGrowingPercent).toBe(30);
    expect(loadConfig({ ROUTER_HEAP_GROWING_PERCENT: '100' }, []).heapGrowingPercent).toBe(100);
  });

  test.each(['5', '401', '2.5', 'lots'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ ROUTER_HEAP_GROWING_PERCENT: value }, [])).toThrow(
      `ROUTER_HEAP_GROWING_PERCENT="${value}" is invalid`,
    );
  });
});
