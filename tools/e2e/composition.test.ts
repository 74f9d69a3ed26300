import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePlatform } from '../src/subgraphs.ts';

const committed = (name: string) => readFileSync(join(import.meta.dirname, '../../schema', name), 'utf8');

describe('composition', () => {
  const composed = composePlatform();

  it('composes the six subgraphs without errors', () => {
    for (const name of ['auth', 'catalog', 'baskets', 'orders', 'deliveries', 'support']) {
      expect(composed.supergraph).toContain(`@join__graph(name: "${name}"`);
    }
  });

  it('matches the committed supergraph and API schema (run pnpm compose when this fails)', () => {
    expect(committed('supergraph.graphql')).toBe(composed.supergraph);
    expect(committed('api.graphql')).toBe(composed.api);
  });

  it('keeps federation internals out of the public API schema', () => {
    expect(composed.api).not.toMatch(/_entities|_service|join__|link__/);
    expect(composed.api).toContain('type Order');
  });
});
