import type { PartnerOrganizationKind } from '@comptoir/kit';
import type { Role } from './user.ts';

/**
 * What each role may do, as OAuth scopes in the access token. Subgraph schemas guard fields with
 * `@requiresScopes`; the router enforces them. Customers need no scope beyond being signed in.
 */
const roleScopes: Record<Role, string[]> = {
  CUSTOMER: [],
  SUPPORT_AGENT: ['users:read', 'orders:read', 'support:agent'],
  ADMIN: [
    'users:read',
    'users:admin',
    'orders:read',
    'orders:admin',
    'catalog:write',
    'catalog:admin',
    'deliveries:write',
    'deliveries:admin',
    'support:agent',
    'support:admin',
  ],
  // A partner acts through its API tokens, each scoped when issued.
  PARTNER: [],
};

/**
 * Scopes an administrator may grant to a partner token, by the kind of its organisation: a carrier
 * moves (and reads) the deliveries assigned to it, a seller writes its own products.
 */
export const partnerScopes: Record<PartnerOrganizationKind, readonly string[]> = {
  CARRIER: ['deliveries:write'],
  SELLER: ['catalog:write'],
};

export function scopesOf(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((role) => roleScopes[role]))].sort();
}
