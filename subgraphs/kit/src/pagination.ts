import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from './domain-error.ts';
import { isUuid } from './sql.ts';

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
  const id = decoded.slice(3);
  // Only ids we handed out: anything else would reach SQL and fail there as a uuid cast error.
  if (!decoded.startsWith('id:') || !isUuid(id)) throw new DomainError('BAD_USER_INPUT', 'invalid cursor');
  return id;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (size < 0 || size > maxPageSize) {
    throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${maxPageSize}`);
  }
  return size;
}

function connectionOf<E extends { id: string }>(rows: E[], size: number, totalCount: number): Connection<E> {
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
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
  const size = pageSize(first);
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  const page = after ? ({ $and: [where, { id: { [beyond]: decodeCursor(after) } }] } as FilterQuery<E>) : where;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, page, { orderBy: { id: direction } as never, limit: size + 1 }),
    em.count(entity, where),
  ]);
  return connectionOf(rows, size, totalCount);
}

/**
 * The same page (same `first`/`after`) of the children of many parents at once, e.g. the orders
 * of every user in a list: three statements whatever the number of parents — the ids of each
 * parent's page (a window over the foreign key), those rows, and the counts.
 */
export async function paginateChildrenById<E extends { id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  foreignKey: keyof E & string,
  parentIds: readonly string[],
  { first, after }: ConnectionArgs,
  direction: 'asc' | 'desc' = 'asc',
): Promise<Array<Connection<E>>> {
  const size = pageSize(first);
  const meta = em.getMetadata().find(entity);
  const column = (meta?.properties as Record<string, { fieldNames: string[] }> | undefined)?.[foreignKey]
    ?.fieldNames[0];
  if (!meta || !column) throw new Error(`${String(entity)} has no column for ${foreignKey}`);
  const table = `${em.config.get('schema')}.${meta.tableName}`;
  const beyond = after ? `and id ${direction === 'asc' ? '>' : '<'} ?` : '';
  const connection = em.getConnection();
  const [pageIds, counts] = await Promise.all([
    connection.execute<Array<{ id: string }>>(
      `select id from (select id, row_number() over (partition by ${column} order by id ${direction}) as n
       from ${table} where ${column} in (?) ${beyond}) page where n <= ?`,
      [parentIds, ...(after ? [decodeCursor(after)] : []), size + 1],
    ),
    connection.execute<Array<{ parent: string; total: string }>>(
      `select ${column} as parent, count(*) as total from ${table} where ${column} in (?) group by ${column}`,
      [parentIds],
    ),
  ]);
  const rows = await em.find(entity, { id: { $in: pageIds.map((row) => row.id) } } as unknown as FilterQuery<E>, {
    orderBy: { id: direction } as never,
  });
  const byParent = Map.groupBy(rows, (row) => parentKey(row[foreignKey]));
  const totals = new Map(counts.map((row) => [row.parent, Number(row.total)]));
  return parentIds.map((id) => connectionOf(byParent.get(id) ?? [], size, totals.get(id) ?? 0));
}

/** A foreign key value is either the raw id or a reference entity with an `id`. */
export function parentKey(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : String(value);
}
