import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const maxPageSize = 100;

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('id:')) throw new GraphQLError('invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
  return decoded.slice(3);
}

/**
 * A Relay connection over entities ordered by their UUIDv7 `id` (creation order, oldest first, or
 * newest first with `desc`), so pages are stable while rows are inserted. Two statements: the page
 * (one row more than asked, to know if there is a next page) and the total.
 */
export async function paginateById<E extends { id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  { first, after }: ConnectionArgs,
  direction: 'asc' | 'desc' = 'asc',
): Promise<Connection<E>> {
  const size = first ?? 20;
  if (size < 0 || size > maxPageSize) {
    throw new GraphQLError(`first must be between 0 and ${maxPageSize}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  const page = after ? ({ $and: [where, { id: { [beyond]: decodeCursor(after) } }] } as FilterQuery<E>) : where;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, page, { orderBy: { id: direction } as never, limit: size + 1 }),
    em.count(entity, where),
  ]);
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
