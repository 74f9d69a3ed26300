import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Claims } from '../context.ts';
import type { AccessRequirement, AccessRequirements } from './access-requirements.ts';

/**
 * Enforces `@authenticated` and `@requiresScopes` once the operation is resolved, before anything
 * executes: an operation touching a guarded field is refused whole, with UNAUTHENTICATED (401) for
 * an anonymous caller and FORBIDDEN (403) for one lacking scopes. The router runs it over the
 * supergraph, each subgraph over its own SDL.
 */
export function accessDirectivesPlugin<Context extends { claims: Claims | null }>(
  requirements: AccessRequirements,
): ApolloServerPlugin<Context> {
  // What an operation touches depends on its document and the schema, never on the caller: Apollo
  // hands every request with the same text the same parsed document, so each operation is walked once.
  const touchedBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, TouchedGuard[]>>();
  const touchedBy = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => {
    let bySchema = touchedBySchema.get(schema);
    if (bySchema === undefined) {
      bySchema = new WeakMap();
      touchedBySchema.set(schema, bySchema);
    }
    let touched = bySchema.get(operation);
    if (touched === undefined) {
      touched = guardsTouched(schema, document, operation, requirements);
      bySchema.set(operation, touched);
    }
    return touched;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue: { claims } }) {
          // Several operations and none named: execution refuses the request before any planning.
          if (!operation) return;
          const denials = deniedAccess(touchedBy(schema, document, operation), claims);
          if (denials.length > 0) throw refusal(denials, claims);
        },
      };
    },
  };
}

/** True when the schema guards nothing, so enforcement can be skipped. */
export function guardsNothing(requirements: AccessRequirements): boolean {
  return requirements.fields.size === 0 && requirements.types.size === 0;
}

function refusal(denials: readonly string[], claims: Claims | null): GraphQLError {
  return claims === null
    ? new GraphQLError(denials.join('; '), {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: bearerChallenge('') } },
      })
    : new GraphQLError(denials.join('; '), {
        extensions: {
          code: 'FORBIDDEN',
          http: { status: 403, headers: bearerChallenge(' error="insufficient_scope"') },
        },
      });
}

/** A guarded element an operation reaches: where (`Query.users`, or a fragment's type) and what it demands. */
type TouchedGuard = { coordinate: string; requirement: AccessRequirement };

/** The sentences explaining why `claims` may not run the operation; empty when it may. */
function deniedAccess(touched: readonly TouchedGuard[], claims: Claims | null): string[] {
  const denials = new Set<string>();
  for (const { coordinate, requirement } of touched) {
    if (claims === null) denials.add(`${coordinate} requires authentication`);
    else if (
      requirement.scopeSets &&
      !requirement.scopeSets.some((set) => set.every((s) => claims.scopes.includes(s)))
    ) {
      denials.add(`${coordinate} requires ${describeScopes(requirement.scopeSets)}`);
    }
  }
  return [...denials];
}

/**
 * Every guard the operation reaches: its fields (by their own guard and their return type's),
 * through every fragment it spreads, and the type conditions of its fragments (a union member
 * reached with `... on User`). Introspection fields are never guarded.
 */
function guardsTouched(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: AccessRequirements,
): TouchedGuard[] {
  const touched: TouchedGuard[] = [];
  const touch = (coordinate: string, guards: readonly AccessRequirement[] | undefined) => {
    for (const requirement of guards ?? []) touched.push({ coordinate, requirement });
  };
  for (const root of [operation, ...fragmentsSpreadBy(operation, document)]) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          const definition = typeInfo.getFieldDef();
          if (field.name.value.startsWith('__') || !parent || !definition) return;
          const coordinate = `${parent.name}.${field.name.value}`;
          touch(coordinate, requirements.fields.get(coordinate));
          touch(coordinate, requirements.types.get(getNamedType(definition.type).name));
        },
        InlineFragment(fragment) {
          if (fragment.typeCondition)
            touch(fragment.typeCondition.name.value, requirements.types.get(fragment.typeCondition.name.value));
        },
        FragmentDefinition(fragment) {
          touch(fragment.typeCondition.name.value, requirements.types.get(fragment.typeCondition.name.value));
        },
      }),
    );
  }
  return touched;
}

/** The fragments an operation uses, directly or through other fragments (never the document's others). */
function fragmentsSpreadBy(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const definitions = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const found = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = definitions.get(spread.name.value);
        if (fragment === undefined || found.has(fragment.name.value)) return;
        found.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [...found.values()];
}

/** `scope a`, `scopes a and b`, `scopes a or (b and c)`. */
function describeScopes(scopeSets: readonly (readonly string[])[]): string {
  const scopeCount = scopeSets.reduce((count, set) => count + set.length, 0);
  const sets = scopeSets.map((set) =>
    scopeSets.length > 1 && set.length > 1 ? `(${set.join(' and ')})` : set.join(' and '),
  );
  return `${scopeCount === 1 ? 'scope' : 'scopes'} ${sets.join(' or ')}`;
}

/** RFC 6750: a 401 names the scheme to use; a 403 may say the token lacks scope. */
function bearerChallenge(parameters: string): Map<string, string> {
  return new Map([['www-authenticate', `Bearer${parameters}`]]);
}
