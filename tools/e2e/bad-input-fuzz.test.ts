import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composePlatform, subgraphs } from '../src/subgraphs.ts';
import { signUp } from './checkout-fixtures.ts';

// Walks the public schema and sends invalid values for every argument (and input field) of every
// root field, anonymously and as an admin: bad input is refused (BAD_USER_INPUT or userErrors),
// never a server error, and a refused call changes no row.

// 100 KB and the operation stay within the router's request body limit (MAX_BODY_BYTES, 100 KiB).
const hundredKilobytes = 'x'.repeat(100_000);
const badCursor = Buffer.from('id:xxx').toString('base64url');
/** Invalid values per scalar; enums and booleans have none that get past GraphQL validation. */
const invalidValues: Record<string, unknown[]> = {
  ID: ['not-a-uuid', '0190a3c4-0000-7000-8000-00000000000\u0000'],
  String: ['nul\u0000byte', hundredKilobytes],
  Int: [-1, 2147483647],
  Float: [-1e308, 1e308],
  DateTime: ['not-a-date', '99999-12-31T00:00:00Z'],
  MinorUnits: [10.5, '1000', 2 ** 53, -1, 1_000_000_001],
};

/** A plausible value for a required field, so that the fuzzed field is the one at fault. */
function plausible(name: string, type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(name, nullable.ofType)];
  if (isInputObjectType(nullable)) return requiredFields(nullable.getFields());
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  const byName: Array<[RegExp, string]> = [
    [/email/i, 'fuzz@example.com'],
    [/password/i, 'Fuzz-password-1234'],
    [/currency/i, 'EUR'],
    [/country/i, 'FR'],
    [/postalCode/i, '75001'],
    [/slug/i, 'fuzz-slug'],
  ];
  switch (nullable.name) {
    case 'ID':
      return uuidv7();
    case 'Int':
    case 'Float':
    case 'MinorUnits':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return byName.find(([pattern]) => pattern.test(name))?.[1] ?? 'fuzz';
  }
}

function requiredFields(fields: Record<string, { type: GraphQLInputType }>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, field]) => isNonNullType(field.type))
      .map(([name, field]) => [name, plausible(name, field.type)]),
  );
}

interface Variant {
  /** Where the invalid value sits, e.g. `input.price.amount`. */
  at: string;
  args: Record<string, unknown>;
}

/** The plausible arguments with one leaf at a time replaced by each of its invalid values. */
function variantsOf(args: readonly GraphQLArgument[]): Variant[] {
  const base = requiredFields(Object.fromEntries(args.map((arg) => [arg.name, arg])));
  return args.flatMap((arg) =>
    invalidLeaves(arg.name, arg.type).map(({ path, value }) => ({
      at: [arg.name, ...path].join('.'),
      args: { ...base, [arg.name]: value },
    })),
  );
}

/** Each invalid value of `type`, wrapped in the plausible objects and lists around it. */
function invalidLeaves(name: string, type: GraphQLInputType): Array<{ path: string[]; value: unknown }> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return invalidLeaves(name, nullable.ofType).map(({ path, value }) => ({ path, value: [value] }));
  }
  if (isInputObjectType(nullable)) {
    const base = requiredFields(nullable.getFields());
    return Object.values(nullable.getFields()).flatMap((field) =>
      invalidLeaves(field.name, field.type).map(({ path, value }) => ({
        path: [field.name, ...path],
        value: { ...base, [field.name]: value },
      })),
    );
  }
  const cursors = name === 'after' ? [badCursor] : [];
  return [...(invalidValues[nullable.name] ?? []), ...cursors].map((value) => ({ path: [], value }));
}

/** Scalars of the returned type and of the objects it holds: enough to run every resolver on the way. */
function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : nested(field, depth)))
    .filter(Boolean);
  return `{ __typename ${fields.join(' ')} }`;
}

function nested(field: GraphQLField<unknown, unknown>, depth: number): string {
  return depth > 1 ? `${field.name} ${selectionOf(field.type, depth - 1)}` : '';
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

function rootFields(schema: GraphQLSchema) {
  return (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field }));
  });
}

/** Every scope the supergraph requires somewhere: an admin token that passes every directive. */
function everyScope(supergraph: string): string {
  const scopes = [...supergraph.matchAll(/@requiresScopes\(scopes: (\[.*?\]\])\)/g)].flatMap(
    ([, list]) => JSON.parse(list as string) as string[][],
  );
  return [...new Set(scopes.flat())].sort().join(' ');
}

describe('bad input through the router', () => {
  let t: TestPlatform;
  let checksumQuery: string;

  beforeAll(async () => {
    // Mail goes out on a timer, whatever the requests under test do: held back for the file, the
    // mail table changes only when a request writes to it, as the checksums need.
    t = await startTestPlatform({ subgraphs, rawEnv: { MAIL_SEND_INTERVAL_MS: String(24 * 3_600_000) } });
    // One statement over every subgraph's schema (they share the scratch database). Attempt
    // counters (sign-in, contact form) count refused calls by design: they are not state.
    const [row] = await t
      .em('auth')
      .getConnection()
      .execute<Array<{ query: string }>>(
        `select string_agg(format('select %L as name, count(*) as n, md5(coalesce(string_agg(r::text, '','' order by r::text), '''')) as hash from %I.%I r', table_schema || '.' || table_name, table_schema, table_name), ' union all ') as query
         from information_schema.tables
         where table_schema in (?) and table_type = 'BASE TABLE' and table_name not like '%throttle%'`,
        [subgraphs.map(({ name }) => name)],
      );
    checksumQuery = row?.query as string;
  });
  afterAll(() => t?.stop());

  /** Row count and content hash of every table of every subgraph. */
  async function checksums(): Promise<Record<string, string>> {
    const tables = await t
      .em('auth')
      .getConnection()
      .execute<Array<{ name: string; n: string; hash: string }>>(checksumQuery);
    return Object.fromEntries(tables.map((table) => [table.name, `${table.n}:${table.hash}`]));
  }

  /** A signed-up admin whose token holds every scope the supergraph requires somewhere. */
  async function adminToken(email = 'fuzz-admin@example.com'): Promise<string> {
    const admin = await signUp(t, email, ['ADMIN']);
    return t.token({ sub: admin.id, roles: ['ADMIN'], scope: everyScope(composePlatform().supergraph) });
  }

  it('answers the reported cases with BAD_USER_INPUT, or INVALID userErrors on the field at fault', async () => {
    const token = await adminToken('fuzz-reported@example.com');
    const code = async (query: string, variables: Record<string, unknown>) => {
      const { body } = await t.graphql<Record<string, { userErrors: Array<{ field: string; code: string }> }>>(
        query,
        variables,
        { token },
      );
      return body.errors?.map((error) => error.extensions?.code) ?? Object.values(body.data ?? {})[0]?.userErrors;
    };
    const badUserInput = ['BAD_USER_INPUT'];
    expect(await code('{ product(id: "not-a-uuid") { id } }', {})).toEqual(badUserInput);
    expect(await code('{ myOrders(after: "aWQ6eHh4") { totalCount } }', {})).toEqual(badUserInput);
    expect(
      await code('query ($s: String) { products(filter: { search: $s }) { totalCount } }', { s: 'a\u0000' }),
    ).toEqual(badUserInput);
    expect(await code('query ($s: String) { product(slug: $s) { id } }', { s: 'a\u0000' })).toEqual(badUserInput);
    expect(await code('query ($s: String) { faq(search: $s) { id } }', { s: 'a\u0000' })).toEqual(badUserInput);
    expect(
      await code('query ($n: String!) { trackDelivery(trackingNumber: $n, postalCode: "75001") { status } }', {
        n: 'a\u0000',
      }),
    ).toEqual(badUserInput);
    expect(await code('{ orders(filter: { placedFrom: "not-a-date" }) { totalCount } }', {})).toEqual(badUserInput);
    expect(
      await code('mutation ($i: OpenTicketInput!) { openTicket(input: $i) { userErrors { field code } } }', {
        i: { subject: 'a\u0000', category: 'ORDER', message: 'Bonjour' },
      }),
    ).toEqual([{ field: 'input.subject', code: 'INVALID' }]);
    expect(
      await code('mutation ($i: RegisterInput!) { register(input: $i) { userErrors { field code } } }', {
        i: { email: 'nul@example.com', password: 'a long password', name: 'a\u0000' },
      }),
    ).toEqual([{ field: 'input.name', code: 'INVALID' }]);
  });

  it.each(['anonymous', 'admin'])(
    'as %s: every invalid argument gets BAD_USER_INPUT or userErrors, and a refusal changes nothing',
    async (who) => {
      const token = who === 'admin' ? await adminToken() : undefined;
      const serverErrors: string[] = [];
      const notDelivered: string[] = [];
      const changedByRefusal: string[] = [];
      let calls = 0;

      /** Sends one variant, records what it must never get, and tells whether it was refused. */
      const send = async (operation: string, fieldName: string, variant: Variant): Promise<boolean> => {
        calls += 1;
        const { status, body } = await t.graphql<Record<string, { userErrors?: unknown[] } | null>>(
          operation,
          variant.args,
          token ? { token } : {},
        );
        const where = `${fieldName}(${variant.at}: ${preview(variant.args)})`;
        const internal = (body.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
        // A body the router refuses before GraphQL would test nothing beyond it.
        const tooLarge = body.errors?.some((error) => error.extensions?.code === 'REQUEST_TOO_LARGE');
        if (status === 413 || tooLarge) notDelivered.push(where);
        if (status >= 500 || internal.length > 0) {
          serverErrors.push(`${where} → ${status} ${internal.map((error) => error.message).join('; ')}`);
        }
        return (body.errors?.length ?? 0) > 0 || (body.data?.[fieldName]?.userErrors?.length ?? 0) > 0;
      };
      // The admin's own registration (its events, its welcome mail) lands before the first checksum.
      await t.eventsSettled();
      let before = await checksums();
      /** Tables changed since the last call to `changedTables`, once events settled. */
      const changedTables = async () => {
        await t.eventsSettled();
        const after = await checksums();
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        before = after;
        return changed;
      };

      for (const { kind, field } of rootFields(buildSchema(composePlatform().api))) {
        const operation = operationOf(kind, field);
        const variants = variantsOf(field.args);
        // One checksum per field while every call is refused; when an accepted call changed rows,
        // each refused call is sent again alone, between two checksums.
        const refused: Variant[] = [];
        for (const variant of variants) if (await send(operation, field.name, variant)) refused.push(variant);
        const changed = await changedTables();
        if (changed.length === 0) continue;
        if (refused.length === variants.length) changedByRefusal.push(`${field.name} changed ${changed.join(', ')}`);
        else {
          for (const variant of refused) {
            const refusedAgain = await send(operation, field.name, variant);
            const changedAlone = await changedTables();
            if (refusedAgain && changedAlone.length > 0) {
              changedByRefusal.push(`${field.name}(${variant.at}) changed ${changedAlone.join(', ')}`);
            }
          }
        }
      }

      expect(calls).toBeGreaterThan(250);
      expect(notDelivered).toEqual([]);
      expect(serverErrors).toEqual([]);
      expect(changedByRefusal).toEqual([]);
    },
  );
});

/** The fuzzed arguments, with long strings shortened for the failure report. */
function preview(args: Record<string, unknown>): string {
  return JSON.stringify(args, (_key, value) =>
    typeof value === 'string' && value.length > 40 ? `${value.slice(0, 12)}…(${value.length})` : value,
  );
}
