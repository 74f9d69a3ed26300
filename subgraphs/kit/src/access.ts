import { GraphQLError } from 'graphql';
import type { Claims, RequestContext } from './context.ts';

/**
 * Authorization inside a subgraph. The router enforces `@authenticated` and `@requiresScopes`;
 * these helpers cover what only the owning subgraph can decide, such as ownership.
 */
export function requireClaims(ctx: Pick<RequestContext, 'claims'>): Claims {
  if (!ctx.claims) {
    throw new GraphQLError('sign in first', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return ctx.claims;
}

export function hasScope(ctx: Pick<RequestContext, 'claims'>, scope: string): boolean {
  return ctx.claims?.scopes.includes(scope) ?? false;
}

/** Throws FORBIDDEN unless the caller is `ownerId` or holds `staffScope`. */
export function requireOwnerOr(ctx: Pick<RequestContext, 'claims'>, ownerId: string, staffScope: string): Claims {
  const claims = requireClaims(ctx);
  if (claims.sub !== ownerId && !claims.scopes.includes(staffScope)) {
    throw new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
  return claims;
}

export function requireScope(ctx: Pick<RequestContext, 'claims'>, scope: string): Claims {
  const claims = requireClaims(ctx);
  if (!claims.scopes.includes(scope)) {
    throw new GraphQLError(`requires scope ${scope}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
  return claims;
}
