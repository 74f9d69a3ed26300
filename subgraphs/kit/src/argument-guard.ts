import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import type { RequestContext } from './context.ts';
import { DomainError } from './domain-error.ts';
import { isUuid } from './sql.ts';
import type { Message, UserError } from './user-errors.ts';

interface BadArgument {
  /** Path of the argument at fault, e.g. `input.address.city`. */
  field: string;
  messages: Message;
}

/**
 * Refuses, before any resolver runs, argument values no row can hold: an `ID` that is not a UUID
 * (every id the platform hands out is one) and a string with a NUL character (PostgreSQL text
 * cannot store it). A field whose payload has `userErrors` reports it there (code INVALID); any
 * other field fails with BAD_USER_INPUT. So no such value ever reaches SQL as a cast error.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) guardField(field);
    }
  }
  return schema;
}

function guardField(field: GraphQLField<unknown, RequestContext>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const reportsUserErrors = hasUserErrors(field.type);
  field.resolve = (source, args, ctx, info) => {
    const bad = badArgument(field.args, args);
    if (!bad) return resolve(source, args, ctx, info);
    if (!reportsUserErrors) throw new DomainError('BAD_USER_INPUT', `${bad.field}: ${bad.messages.en}`);
    const userError: UserError = { field: bad.field, message: bad.messages[ctx.locale], code: 'INVALID' };
    return { userErrors: [userError] };
  };
}

function hasUserErrors(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && 'userErrors' in named.getFields();
}

function badArgument(args: readonly GraphQLArgument[], values: Record<string, unknown>): BadArgument | null {
  for (const arg of args) {
    const bad = badValue(arg.type, values[arg.name], arg.name);
    if (bad) return bad;
  }
  return null;
}

function badValue(type: GraphQLInputType, value: unknown, field: string): BadArgument | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    for (const [index, item] of items.entries()) {
      const bad = badValue(nullable.ofType, item, `${field}.${index}`);
      if (bad) return bad;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      const bad = badValue(inner.type, (value as Record<string, unknown>)[inner.name], `${field}.${inner.name}`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  if (value.includes('\u0000')) {
    return { field, messages: { en: 'must not contain a NUL character', fr: 'ne doit pas contenir de caractère NUL' } };
  }
  if (nullable.name === 'ID' && !isUuid(value)) {
    return { field, messages: { en: 'is not a valid id', fr: 'n’est pas un identifiant valide' } };
  }
  return null;
}

/**
 * A value the subgraph's scalars refuse (a malformed DateTime, as a variable or written in the
 * operation) is answered with HTTP 200 and BAD_USER_INPUT like any bad argument: the router relays
 * a subgraph's 4xx as its own server error, a 200's errors as they are.
 */
export function badUserInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const refusedByScalar =
              error.originalError instanceof GraphQLError && error.originalError.extensions.code === 'BAD_USER_INPUT';
            if (error.extensions.code === 'BAD_USER_INPUT' || refusedByScalar) {
              Object.assign(error.extensions, { code: 'BAD_USER_INPUT', http: { status: 200 } });
            }
          }
        },
      };
    },
  };
}
