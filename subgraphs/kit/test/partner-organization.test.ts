import { randomUUID } from 'node:crypto';
import { type Claims, DomainError, partnerOrganizationOf } from '@comptoir/kit';
import { describe, expect, it } from 'vitest';

// Which organisation a caller acts for, as every subgraph asks it before touching a delivery or a product.
describe('partnerOrganizationOf', () => {
  const org = { id: randomUUID(), kind: 'CARRIER' as const };
  const of = (claims: Partial<Claims> | null, kind: 'CARRIER' | 'SELLER' = 'CARRIER') =>
    partnerOrganizationOf({ claims: claims && { sub: randomUUID(), roles: [], scopes: [], ...claims } }, kind);

  it('names the organisation of a partner token of that kind', () => {
    expect(of({ roles: ['PARTNER'], scopes: ['deliveries:write'], org })).toBe(org.id);
  });

  it('refuses a partner of another kind, or a partner token without organisation', () => {
    expect(() => of({ roles: ['PARTNER'], org }, 'SELLER')).toThrow(DomainError);
    expect(() => of({ roles: ['PARTNER'], scopes: ['deliveries:write'] })).toThrow(DomainError);
  });

  it('is null for staff, customers, anonymous callers and the platform itself', () => {
    expect(of({ roles: ['ADMIN'], scopes: ['deliveries:write'] })).toBeNull();
    expect(of({ roles: ['ADMIN', 'PARTNER'], scopes: ['deliveries:write'] })).toBeNull();
    expect(of({ roles: ['CUSTOMER'] })).toBeNull();
    expect(of(null)).toBeNull();
    expect(partnerOrganizationOf({}, 'SELLER')).toBeNull();
  });
});
