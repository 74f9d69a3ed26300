import type { Claims, PartnerOrganizationKind, RequestContext } from './context.ts';
import { DomainError } from './domain-error.ts';

/**
 * Authorization inside a subgraph. The router enforces `@authenticated` and `@requiresScopes`;
 * these helpers cover what only the owning subgraph can decide, such as ownership.
 */
export function requireClaims(ctx: Pick<RequestContext, 'claims'>): Claims {
  if (!ctx.claims) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return ctx.claims;
}

export function hasScope(ctx: Pick<RequestContext, 'claims'>, scope: string): boolean {
  return ctx.claims?.scopes.includes(scope) ?? false;
}

/** The router enforces a field's scope; the subgraph checks it again where the data is. */
export function requireScope(ctx: Pick<RequestContext, 'claims'>, scope: string): void {
  if (!hasScope(ctx, scope)) throw new DomainError('FORBIDDEN', `${scope} is required`);
}

/**
 * The organisation a partner acts for, when the caller is a partner of `kind`: it acts on that
 * organisation's deliveries or products only. Null for everyone else (staff, customers), whose
 * access the scopes alone decide. A partner without an organisation of that kind acts for none.
 */
export function partnerOrganizationOf(
  ctx: Partial<Pick<RequestContext, 'claims'>>,
  kind: PartnerOrganizationKind,
): string | null {
  const claims = ctx.claims;
  if (!claims) return null;
  // A partner token names its organisation and has the PARTNER role alone; an account that is also
  // staff, signed in, acts as staff. One without `org` (an older auth's) must not pass for staff.
  const isPartner = claims.org !== undefined || (claims.roles.length === 1 && claims.roles[0] === 'PARTNER');
  if (!isPartner) return null;
  if (claims.org?.kind !== kind) throw new DomainError('FORBIDDEN', `only a ${kind.toLowerCase()} partner may do this`);
  return claims.org.id;
}
