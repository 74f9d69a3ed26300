import type { FetchNode, QueryPlanSelectionNode } from '@apollo/query-planner';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KeyTrie, representerOf } from '../src/execution/representation.ts';

const schema = buildSchema(`
  interface Media { id: ID! }
  type Book implements Media { id: ID! isbn: String author: Author }
  type Movie implements Media { id: ID! title: String }
  type Author { name: String tags: [String] }
  type Query { media: [Media] }
`);

const field = (name: string, selections?: QueryPlanSelectionNode[]): QueryPlanSelectionNode =>
  selections ? { kind: 'Field', name, selections } : { kind: 'Field', name };
const on = (typeCondition: string, selections: QueryPlanSelectionNode[]): QueryPlanSelectionNode => ({
  kind: 'InlineFragment',
  typeCondition,
  selections,
});
const fetchRequiring = (requires: QueryPlanSelectionNode[]) =>
  ({ kind: 'Fetch', serviceName: 'media', operation: '{}', requires }) as unknown as FetchNode;

const requirements: Record<string, QueryPlanSelectionNode[]> = {
  'a key': [on('Book', [field('__typename'), field('id')])],
  'one fragment per implementation': [
    on('Book', [field('__typename'), field('isbn')]),
    on('Movie', [field('__typename'), field('id'), field('title')]),
  ],
  'an interface condition': [on('Media', [field('__typename'), field('id')])],
  // An object none of whose fragments applies is represented as {}, a null one as null.
  'a nested object of fragments only': [
    on('Book', [field('__typename'), field('author', [on('Author', [field('name')])])]),
  ],
  'nested objects and lists': [
    on('Book', [field('__typename'), field('id'), field('author', [field('name'), field('tags')])]),
  ],
};

// Values chosen to collide if the key were a naive join: separators, numbers as text, empties, nulls.
const entities: Record<string, unknown>[] = [
  { __typename: 'Book', id: '1', isbn: '1;2', title: 'x' },
  { __typename: 'Book', id: 1, isbn: '1', title: 'x' },
  { __typename: 'Book', id: '1', isbn: '1', title: 'x' },
  { __typename: 'Book', id: '1', isbn: '1', author: { name: 'a;', tags: ['b'] } },
  { __typename: 'Book', id: '1', isbn: '1', author: { name: 'a', tags: [';b'] } },
  { __typename: 'Book', id: '1', isbn: '1', author: { name: 'a', tags: ['3:b', null] } },
  { __typename: 'Book', id: '1', isbn: '1', author: { tags: ['b'] } },
  { __typename: 'Book', id: '1', isbn: '1', author: null },
  { __typename: 'Book', id: '1', isbn: '1', author: 'a' },
  { __typename: 'Book', id: '1', isbn: '1', author: { __typename: 'Author', name: 'a' } },
  { __typename: 'Book', id: '1', isbn: '1', author: [{ name: 'a', tags: [] }, null] },
  { __typename: 'Book', id: '2:1', isbn: '' },
  { __typename: 'Book', id: '2', isbn: ':1' },
  { __typename: 'Book', id: { '1': true }, isbn: '1' },
  { __typename: 'Book', id: '{"1":true}', isbn: '1' },
  { __typename: 'Movie', id: '1', title: 'x' },
  { __typename: 'Movie', id: '1', title: null },
  { __typename: 'Movie', id: '1' },
  { __typename: 'Comic', id: '1' },
  { id: '1', isbn: '1' },
  { __typename: 'Book', isbn: '1' },
];

describe('the key of an entity representation', () => {
  for (const [name, requires] of Object.entries(requirements)) {
    it(`names one representation per key, null ones included: ${name}`, () => {
      const representer = representerOf(fetchRequiring(requires), schema);
      const keys = new KeyTrie();
      const representationOfKey = new Map<KeyTrie, string>();
      let distinctKeys = 0;
      for (const entity of entities) {
        const key = representer.keyOf(entity, keys);
        const json = JSON.stringify(representer.build(entity));
        const seen = representationOfKey.get(key);
        if (seen === undefined) {
          representationOfKey.set(key, json);
          distinctKeys++;
        } else {
          expect(json, `entity ${JSON.stringify(entity)}`).toBe(seen);
        }
      }
      // The fixture tells representations apart: a key that merged them would fail above, one that
      // never repeats would make the check above empty.
      expect(distinctKeys).toBeGreaterThan(1);
      expect(distinctKeys).toBeLessThan(entities.length);
    });
  }

  it('repeats for equal representations of distinct objects, so they are sent once', () => {
    const representer = representerOf(fetchRequiring(requirements['a key'] ?? []), schema);
    const keys = new KeyTrie();
    const first = representer.keyOf({ __typename: 'Book', id: '7', isbn: 'a' }, keys);
    expect(first).toBeDefined();
    expect(representer.keyOf({ __typename: 'Book', id: '7', isbn: 'b', title: 'other fields' }, keys)).toBe(first);
    expect(representer.keyOf({ __typename: 'Book', id: '8' }, keys)).not.toBe(first);
  });
});
