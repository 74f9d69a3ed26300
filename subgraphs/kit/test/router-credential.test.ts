import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readAccessRequirements } from '../src/auth/access-requirements.ts';
import {
  isValidRouterCredential,
  routerCredentialMaxAgeSeconds,
  type SignedRequest,
  signRouterCredential,
} from '../src/auth/router-credential.ts';

const secret = 'a'.repeat(64);
const request: SignedRequest = {
  authorization: 'Bearer customer',
  query: 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { id } } }',
  variables: { input: { userId: 'u1', roles: ['CUSTOMER'] } },
};

describe('the router credential', () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const signed = signRouterCredential(secret, request, now);

  it('is accepted for the very request it was signed for, by any of the accepted secrets', () => {
    expect(isValidRouterCredential([secret], signed, request, now)).toBe(true);
    expect(isValidRouterCredential(['b'.repeat(64), secret], signed, request, now + 1000)).toBe(true);
  });

  it('is the same whether the signer passes the variables or their JSON, and covers them either way', () => {
    const fromJson = signRouterCredential(
      secret,
      { ...request, variablesJson: JSON.stringify(request.variables) },
      now,
    );
    expect(fromJson).toBe(signed);
    const otherJson = JSON.stringify({ input: { userId: 'u2', roles: ['CUSTOMER'] } });
    const swapped = signRouterCredential(secret, { ...request, variablesJson: otherJson }, now);
    expect(isValidRouterCredential([secret], swapped, request, now)).toBe(false);
    const withoutVariables = { ...request, variables: undefined };
    expect(signRouterCredential(secret, { ...withoutVariables, variablesJson: '{}' }, now)).toBe(
      signRouterCredential(secret, withoutVariables, now),
    );
  });

  it('is refused when absent, malformed or signed with another secret', () => {
    expect(isValidRouterCredential([secret], undefined, request, now)).toBe(false);
    expect(isValidRouterCredential([secret], 'garbage', request, now)).toBe(false);
    expect(isValidRouterCredential([secret], signRouterCredential('b'.repeat(64), request, now), request, now)).toBe(
      false,
    );
  });

  it('is refused once expired, or dated too far ahead', () => {
    const maxAge = routerCredentialMaxAgeSeconds * 1000;
    expect(isValidRouterCredential([secret], signed, request, now + maxAge - 1000)).toBe(true);
    expect(isValidRouterCredential([secret], signed, request, now + maxAge + 1000)).toBe(false);
    expect(isValidRouterCredential([secret], signed, request, now - maxAge - 1000)).toBe(false);
  });

  it('is refused for another body or another caller', () => {
    const promoted = { ...request, variables: { input: { userId: 'u1', roles: ['ADMIN'] } } };
    expect(isValidRouterCredential([secret], signed, promoted, now)).toBe(false);
    expect(isValidRouterCredential([secret], signed, { ...request, query: '{ users { totalCount } }' }, now)).toBe(
      false,
    );
    expect(isValidRouterCredential([secret], signed, { ...request, authorization: 'Bearer admin' }, now)).toBe(false);
    expect(isValidRouterCredential([secret], signed, { ...request, authorization: undefined }, now)).toBe(false);
  });
});

describe('access requirements of a subgraph SDL', () => {
  it('reads the directives the federation link imports, renamed or namespaced', () => {
    const imported = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@key", "@authenticated", { name: "@requiresScopes", as: "@scoped" }])
      type Query { me: String @authenticated, users: [String] @scoped(scopes: [["users:admin"]]), open: String }
    `);
    expect(readAccessRequirements(imported).fields).toEqual(
      new Map([
        ['Query.me', [{}]],
        ['Query.users', [{ scopeSets: [['users:admin']] }]],
      ]),
    );
    const namespaced = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@key"])
      type Query { me: String @federation__authenticated, orders: [String] @federation__requiresScopes(scopes: [["orders:admin"]]) }
    `);
    expect(readAccessRequirements(namespaced).fields).toEqual(
      new Map([
        ['Query.me', [{}]],
        ['Query.orders', [{ scopeSets: [['orders:admin']] }]],
      ]),
    );
  });
});
