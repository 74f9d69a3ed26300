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
