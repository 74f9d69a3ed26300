import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardArguments } from '../src/argument-guard.ts';
import { DomainError } from '../src/domain-error.ts';

// Arguments no row can hold are refused before the resolver runs: the resolvers here count calls.
describe('argument guard', () => {
  const resolved: string[] = [];
  const schema = guardArguments(
    buildSubgraphSchema({
      typeDefs: parse(`
        type Query { note(id: ID!): String, search(text: String): String }
        input TagInput { noteIds: [ID!]!, label: String! }
        type UserError { field: String, message: String!, code: String! }
        type TagPayload { tagged: Int, userErrors: [UserError!]! }
        type Mutation { tag(input: TagInput!): TagPayload! }
      `),
      resolvers: {
        Query: { note: () => resolved.push('note') && 'a note', search: () => resolved.push('search') && 'found' },
        Mutation: { tag: () => resolved.push('tag') && { tagged: 1, userErrors: [] } },
      },
    }),
  );
  const run = (source: string, variableValues: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues, contextValue: { locale: 'fr' } });

  it('refuses an ID that is not a UUID, and a string with a NUL, as BAD_USER_INPUT outside payloads', async () => {
    const malformedId = await run('{ note(id: "not-a-uuid") }');
    expect(malformedId.errors?.[0]?.originalError).toBeInstanceOf(DomainError);
    expect(malformedId.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(malformedId.errors?.[0]?.message).toBe('id: is not a valid id');
    const nul = await run('query ($text: String) { search(text: $text) }', { text: 'a\u0000b' });
    expect(nul.errors?.[0]?.message).toBe('text: must not contain a NUL character');
    expect(resolved).toEqual([]);
  });

  it('reports them as userErrors, on the path of the field at fault, in a mutation payload', async () => {
    const mutation = 'mutation ($input: TagInput!) { tag(input: $input) { tagged userErrors { field message code } } }';
    const id = '0190a3c4-0000-7000-8000-000000000000';
    const malformedId = await run(mutation, { input: { noteIds: [id, 'nope'], label: 'x' } });
    expect(malformedId.data?.tag).toEqual({
      tagged: null,
      userErrors: [{ field: 'input.noteIds.1', message: 'n’est pas un identifiant valide', code: 'INVALID' }],
    });
    const nul = await run(mutation, { input: { noteIds: [id], label: '\u0000' } });
    expect(nul.data?.tag).toMatchObject({ userErrors: [{ field: 'input.label', code: 'INVALID' }] });
    expect(resolved).toEqual([]);
  });

  it('lets well-formed arguments through', async () => {
    expect((await run('{ note(id: "0190a3c4-0000-7000-8000-000000000000") search(text: "laine") }')).data).toEqual({
      note: 'a note',
      search: 'found',
    });
    expect(resolved).toEqual(['note', 'search']);
  });
});
