import type { MikroORM } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Loaders } from '../src/loaders.ts';
import { type Connection, type ConnectionArgs, paginateById } from '../src/pagination.ts';
import { type KitDatabase, Note, Remark, startKitDatabase } from './test-database.ts';

describe('Relay connections ordered by id', () => {
  let db: KitDatabase;
  let orm: MikroORM;
  const statements: string[] = [];
  /** Ids of the notes of the `paged` set, oldest first. */
  const paged: string[] = [];

  beforeAll(async () => {
    db = await startKitDatabase();
    orm = await db.open((sql) => statements.push(sql));
    const em = orm.em.fork();
    for (let index = 0; index < 5; index++) paged.push(em.create(Note, { id: uuidv7(), text: 'paged' }).id);
    em.create(Note, { id: uuidv7(), text: 'not paged' });
    await em.flush();
  });
  beforeEach(() => {
    statements.length = 0;
  });
  afterAll(() => db?.drop());

  const page = (args: ConnectionArgs, direction?: 'asc' | 'desc', text = 'paged') =>
    paginateById(orm.em.fork(), Note, { text }, args, direction);
  const ids = (connection: Connection<{ id: string }>) => connection.edges.map((edge) => edge.node.id);

  it('walks every row once, oldest first, telling whether more follow and how many there are', async () => {
    const first = await page({ first: 2 });
    expect(ids(first)).toEqual(paged.slice(0, 2));
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]?.cursor });
    expect(first.totalCount).toBe(5);

    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual(paged.slice(2, 4));

    const last = await page({ first: 2, after: second.pageInfo.endCursor });
    expect(ids(last)).toEqual(paged.slice(4));
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCount).toBe(5);
  });

  it('walks newest first when descending', async () => {
    const first = await page({ first: 3 }, 'desc');
    const rest = await page({ first: 3, after: first.pageInfo.endCursor }, 'desc');

    expect([...ids(first), ...ids(rest)]).toEqual([...paged].reverse());
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps its place while rows are added', async () => {
    const em = orm.em.fork();
    const text = 'growing';
    const before = [uuidv7(), uuidv7(), uuidv7()];
    for (const id of before) em.create(Note, { id, text });
    await em.flush();

    const first = await page({ first: 2 }, 'asc', text);
    const added = em.create(Note, { id: uuidv7(), text }).id;
    await em.flush();
    const rest = await page({ first: 10, after: first.pageInfo.endCursor }, 'asc', text);

    expect(ids(rest)).toEqual([before[2], added]);
    expect(rest.totalCount).toBe(4);
  });

  it('gives cursors that do not show the row id', async () => {
    const { edges } = await page({ first: 5 });

    for (const edge of edges) {
      expect(edge.cursor).toMatch(/^[\w-]+$/);
      expect(edge.cursor).not.toContain(edge.node.id);
    }
  });

  it('answers an empty page for first: 0, and refuses a size beyond 0..100 as bad input', async () => {
    expect(await page({ first: 0 })).toMatchObject({ edges: [], totalCount: 5 });
    for (const first of [-1, 101]) {
      await expect(page({ first })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  const forgedCursors = {
    'not base64url': 'not a cursor!',
    'without the id: prefix': Buffer.from(uuidv7()).toString('base64url'),
    'not a uuid': Buffer.from('id:42').toString('base64url'),
    'an injection attempt': Buffer.from("id:' or 1=1 --").toString('base64url'),
  };

  it.each(Object.entries(forgedCursors))('refuses a cursor %s as bad input, before any SQL', async (_, after) => {
    const refusal = { message: 'invalid cursor', code: 'BAD_USER_INPUT' };
    await expect(page({ first: 2, after })).rejects.toMatchObject(refusal);
    const children = new Loaders(orm.em.fork()).pageOf(Remark, 'authorId', { first: 2, after });
    await expect(children.load(uuidv7())).rejects.toMatchObject(refusal);
    expect(statements).toEqual([]);
  });
});
