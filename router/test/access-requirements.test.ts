import { composeServices } from '@apollo/composition';
import { StartupError } from '@comptoir/kit/process-entry';
import { parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { loadSupergraph } from '../src/supergraph.ts';
import { composeGuardedSupergraph } from './auth-fixtures.ts';

const supergraphSdl = composeGuardedSupergraph({
  shop: 'http://127.0.0.1:4101/graphql',
  billing: 'http://127.0.0.1:4102/graphql',
});

const expected = {
  fields: new Map([
    ['Query.me', [{}]],
    ['Query.customers', [{ scopeSets: [['customers:read']] }]],
    ['Query.orderExport', [{ scopeSets: [['orders:read', 'orders:export'], ['orders:admin']] }]],
  ]),
  types: new Map([['Invoice', [{}]]]),
};

describe('reading the supergraph for the gateway and for authorization', () => {
  test('composition marks the two links for: SECURITY, which the gateway refuses as such', () => {
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)');
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)');
  });

  test('the requirements are read and the gateway gets the same links without their SECURITY purpose', async () => {
    const loaded = await loadSupergraph({ supergraphSdl });
    expect(loaded.accessRequirements).toEqual(expected);
    expect(loaded.gatewaySdl).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1")');
    expect(loaded.gatewaySdl).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")');
    expect(loaded.gatewaySdl).toContain('@requiresScopes(scopes: [["customers:read"]])');
    expect(loaded.gatewaySdl).not.toContain('SECURITY)');
  });

  test('directives renamed by their link (as:, or import with as:) are found under their new names', async () => {
    const renamed = supergraphSdl
      .replace(
        '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
        '@link(url: "https://specs.apollo.dev/authenticated/v0.1", as: "signedIn", for: SECURITY)',
      )
      .replace(
        '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
        '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", import: [{ name: "@requiresScopes", as: "@scoped" }], for: SECURITY)',
      )
      .replaceAll('@authenticated', '@signedIn')
      .replaceAll('@requiresScopes(', '@scoped(');
    expect(renamed).not.toContain('@authenticated');
    expect((await loadSupergraph({ supergraphSdl: renamed })).accessRequirements).toEqual(expected);
  });

  test('a SECURITY feature the router does not enforce still stops startup', async () => {
    const withPolicy = composeServices([
      {
        name: 'vault',
        url: 'http://127.0.0.1:4103/graphql',
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@policy"])
          type Query { secret: String @policy(policies: [["admin"]]) }
        `),
      },
    ]).supergraphSdl;
    const loading = loadSupergraph({ supergraphSdl: withPolicy ?? '' });
    await expect(loading).rejects.toThrow(StartupError);
    await expect(loading).rejects.toThrow(
      'feature https://specs.apollo.dev/policy/v0.1 is for: SECURITY but is unsupported',
    );
  });
});
