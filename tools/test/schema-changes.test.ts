import { describe, expect, it } from 'vitest';
import { checkSchemaChanges, coordinateOf } from '../src/schema-change-check.ts';

const before = /* GraphQL */ `
  type Query {
    products: [Product!]!
  }
  type Product {
    id: ID!
    name: String!
    price: Int!
  }
`;
const withoutPrice = before.replace('price: Int!', '');
const withSlug = before.replace('price: Int!', 'price: Int!\n    slug: String');

const baseline = '# Public schema changelog\n\n## 2026-12-02: the baseline\n\nNo breaking change.\n';

describe('schema change check', () => {
  it('fails on a removed field the changelog does not record', async () => {
    const { unrecorded } = await checkSchemaChanges(before, withoutPrice, baseline);
    expect(unrecorded.map((change) => [change.criticality.level, coordinateOf(change)])).toEqual([
      ['BREAKING', 'Product.price'],
    ]);
  });

  it('passes a new optional field', async () => {
    const { changes, unrecorded } = await checkSchemaChanges(before, withSlug, baseline);
    expect(changes.map(coordinateOf)).toEqual(['Product.slug']);
    expect(unrecorded).toEqual([]);
  });

  it('passes a removed field recorded under a heading of the changelog', async () => {
    const changelog = `${baseline}\n## 2026-12-03: prices move to offers\n\n- \`Product.price\`: use \`Product.offers\`\n`;
    const { unrecorded } = await checkSchemaChanges(before, withoutPrice, changelog);
    expect(unrecorded).toEqual([]);
  });

  it('does not count a coordinate that only prefixes a recorded one, nor one outside an entry', async () => {
    const changelog = `Removing \`Product.price\` needs an entry.\n\n## 2026-12-03: history\n\n- \`Product.priceHistory\`: gone\n`;
    const { unrecorded } = await checkSchemaChanges(before, withoutPrice, changelog);
    expect(unrecorded.map(coordinateOf)).toEqual(['Product.price']);
  });
});
