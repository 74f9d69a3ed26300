import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type EnumTypeExtensionNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type ScalarTypeDefinitionNode,
  type ScalarTypeExtensionNode,
  type SchemaDefinitionNode,
  type SchemaExtensionNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';

/**
 * What one schema element demands of the caller: to be authenticated and, with `@requiresScopes`,
 * to hold every scope of at least one of `scopeSets` ((a AND b) OR c for [["a","b"],["c"]]).
 */
export type AccessRequirement = { scopeSets?: readonly (readonly string[])[] };

/**
 * The `@authenticated` and `@requiresScopes` of a schema: a supergraph's, which the router
 * enforces, or a subgraph's own, which the subgraph enforces again.
 */
export type AccessRequirements = {
  /** Guards on fields, by coordinate (`Query.users`). */
  fields: ReadonlyMap<string, readonly AccessRequirement[]>;
  /** Guards on types: every field returning the type (and every fragment on it) is guarded. */
  types: ReadonlyMap<string, readonly AccessRequirement[]>;
};

/** The versions whose semantics the router implements; any other stays unsupported by the gateway. */
const enforcedSpecs = {
  authenticated: 'https://specs.apollo.dev/authenticated/v0.1',
  requiresScopes: 'https://specs.apollo.dev/requiresScopes/v0.1',
} as const;
type EnforcedSpec = keyof typeof enforcedSpecs;

/** The type definitions the two directives may be applied to (besides their fields). */
type GuardableDefinition =
  | ObjectTypeDefinitionNode
  | ObjectTypeExtensionNode
  | InterfaceTypeDefinitionNode
  | InterfaceTypeExtensionNode
  | ScalarTypeDefinitionNode
  | ScalarTypeExtensionNode
  | EnumTypeDefinitionNode
  | EnumTypeExtensionNode;

const guardableKinds = new Set<Kind>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_EXTENSION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.ENUM_TYPE_EXTENSION,
]);

function isGuardable(definition: DefinitionNode): definition is GuardableDefinition {
  return guardableKinds.has(definition.kind);
}

/**
 * Reads every `@authenticated` / `@requiresScopes` of a supergraph or a Federation 2 subgraph
 * SDL, under whatever names its links give them.
 */
export function readAccessRequirements(supergraph: DocumentNode): AccessRequirements {
  const names = new Map([...federationDirectiveNames(supergraph), ...enforcedDirectiveNames(supergraph)]);
  const requirementOf = (directives: readonly ConstDirectiveNode[] | undefined): AccessRequirement | undefined => {
    let requirement: AccessRequirement | undefined;
    for (const directive of directives ?? []) {
      const spec = names.get(directive.name.value);
      if (spec === 'authenticated') requirement ??= {};
      if (spec === 'requiresScopes') requirement = { scopeSets: scopeSetsOf(directive) };
    }
    return requirement;
  };

  const fields = new Map<string, AccessRequirement[]>();
  const types = new Map<string, AccessRequirement[]>();
  const add = (map: Map<string, AccessRequirement[]>, key: string, requirement: AccessRequirement | undefined) => {
    if (requirement === undefined) return;
    map.set(key, [...(map.get(key) ?? []), requirement]);
  };
  for (const definition of supergraph.definitions.filter(isGuardable)) {
    const typeName = definition.name.value;
    add(types, typeName, requirementOf(definition.directives));
    if (!('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      add(fields, `${typeName}.${field.name.value}`, requirementOf(field.directives));
    }
  }
  return { fields, types };
}

/**
 * The supergraph as the gateway should load it: the links to the enforced specs lose their
 * `for: SECURITY`, because @apollo/gateway refuses any SECURITY feature it does not implement
 * itself. The directives stay in the schema; the router's authorization plugin enforces them.
 */
export function withoutEnforcedSecurityPurpose(supergraph: DocumentNode): DocumentNode {
  const unpurposed = (directive: ConstDirectiveNode): ConstDirectiveNode =>
    enforcedSpecOf(directive) === undefined
      ? directive
      : { ...directive, arguments: directive.arguments?.filter((argument) => argument.name.value !== 'for') };
  const strip = <T extends SchemaDefinitionNode | SchemaExtensionNode>(node: T): T => ({
    ...node,
    directives: node.directives?.map(unpurposed),
  });
  return visit(supergraph, { SchemaDefinition: strip, SchemaExtension: strip });
}

/**
 * Directive name → spec, following link semantics: `import: ["@authenticated"]` or
 * `import: [{ name: "@authenticated", as: "@auth" }]` name it explicitly; otherwise the spec's
 * own directive is named after the link's `as:`, or after the spec.
 */
function enforcedDirectiveNames(supergraph: DocumentNode): Map<string, EnforcedSpec> {
  const names = new Map<string, EnforcedSpec>();
  for (const directive of schemaDirectives(supergraph)) {
    const spec = enforcedSpecOf(directive);
    if (spec === undefined) continue;
    const alias = argument(directive, 'as');
    const imported = importedName(argument(directive, 'import'), `@${spec}`);
    names.set(imported ?? (typeof alias === 'string' ? alias : spec), spec);
  }
  return names;
}

/**
 * A subgraph gets the directives from the federation spec: imported by name (or renamed with
 * `as`), else namespaced after the link (`@federation__authenticated`).
 */
function federationDirectiveNames(schema: DocumentNode): Map<string, EnforcedSpec> {
  const names = new Map<string, EnforcedSpec>();
  for (const directive of schemaDirectives(schema)) {
    const url = argument(directive, 'url');
    if (directive.name.value !== 'link' || typeof url !== 'string' || !federationSpec.test(url)) continue;
    const alias = argument(directive, 'as');
    const namespace = typeof alias === 'string' ? alias : 'federation';
    for (const spec of Object.keys(enforcedSpecs) as EnforcedSpec[]) {
      names.set(importedName(argument(directive, 'import'), `@${spec}`) ?? `${namespace}__${spec}`, spec);
    }
  }
  return names;
}

const federationSpec = /^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/;

function importedName(imports: unknown, directive: string): string | undefined {
  if (!Array.isArray(imports)) return undefined;
  for (const entry of imports) {
    if (entry === directive) return directive.slice(1);
    if (typeof entry === 'object' && entry !== null && entry.name === directive) {
      return typeof entry.as === 'string' ? entry.as.replace(/^@/, '') : directive.slice(1);
    }
  }
  return undefined;
}

function schemaDirectives(supergraph: DocumentNode): ConstDirectiveNode[] {
  return supergraph.definitions.flatMap((definition) =>
    definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION
      ? (definition.directives ?? [])
      : [],
  );
}

/** The enforced spec a `@link` directive points to, if it is one. */
function enforcedSpecOf(directive: ConstDirectiveNode): EnforcedSpec | undefined {
  if (directive.name.value !== 'link') return undefined;
  const url = argument(directive, 'url');
  return (Object.keys(enforcedSpecs) as EnforcedSpec[]).find((spec) => enforcedSpecs[spec] === url);
}

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const node = directive.arguments?.find((candidate) => candidate.name.value === name);
  return node === undefined ? undefined : valueFromASTUntyped(node.value);
}

function scopeSetsOf(directive: ConstDirectiveNode): string[][] {
  const scopes = argument(directive, 'scopes');
  const valid =
    Array.isArray(scopes) &&
    scopes.every((set) => Array.isArray(set) && set.every((scope) => typeof scope === 'string'));
  // Composition guarantees the shape; a hand-edited supergraph must not turn into "no requirement".
  if (!valid) throw new Error(`@${directive.name.value} needs scopes: [[String!]!]!`);
  return scopes;
}
