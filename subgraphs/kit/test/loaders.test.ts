import type { MikroORM } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Loaders } from '../src/loaders.ts';
import type { Connection } from '../src/pagination.ts';
import { type KitDatabase, Note, Remark, startKitDatabase } from './test-database.ts';

// Every entity reference and list child goes through these: one statement per entity type,
// whatever the number of parents a GraphQL list asks about.
describe('request-scoped loaders', () => {
  let db: KitDatabase;
  let orm: MikroORM;
  const statements: string[] = [];
  const [first, second, empty] = [uuidv7(), uuidv7(), uuidv7()];
  const [ann, bob, nobody] = [uuidv7(), uuidv7(), uuidv7()];
  /** Remark ids, oldest first: three on the first note (Ann, Ann, Bob), one on the second (Ann). */
  const remarks = [uuidv7(), uuidv7(), uuidv7(), uuidv7()] as const;

  beforeAll(async () => {
    db = await startKitDatabase();
    orm = await db.open((sql) => statements.push(sql));
    const em = orm.em.fork();
    for (const id of [first, second, empty]) em.create(Note, { id, text: 'with remarks' });
    const authored = [
      [first, ann],
      [first, ann],
      [first, bob],
      [second, ann],
    ] as const;
    for (const [index, [note, authorId]] of authored.entries()) {
      em.create(Remark, { id: remarks[index], note, authorId, text: `remark ${index}` });
    }
    await em.flush();
  });
  beforeEach(() => {
    statements.length = 0;
  });
  afterAll(() => db?.drop());

  const loaders = () => new Loaders(orm.em.fork());
  const ids = (connection: Connection<{ id: string }>) => connection.edges.map((edge) => edge.node.id);

  it('loads entities by id in one statement, in the order asked, null for a missing one', async () => {
    const byId = loaders().byId(Note);

    const found = await Promise.all([empty, uuidv7(), first].map((id) => byId.load(id)));

    expect(found.map((note) => note?.id ?? null)).toEqual([empty, null, first]);
    expect(statements).toHaveLength(1);
  });

  it('loads the children of many parents in one statement, each parent its own, in order', async () => {
    const remarksOf = loaders().childrenOf(Remark, 'note', { id: 'desc' });

    const children = await Promise.all([first, second, empty].map((note) => remarksOf.load(note)));

    expect(children.map((list) => list.map((remark) => remark.id))).toEqual([
      [remarks[2], remarks[1], remarks[0]],
      [remarks[3]],
      [],
    ]);
    expect(statements).toHaveLength(1);
  });

  it('pages the children of many parents in three statements, however many parents', async () => {
    const pageOf = loaders().pageOf(Remark, 'authorId', { first: 2 });

    const [anns, bobs, nobodys] = await Promise.all([pageOf.load(ann), pageOf.load(bob), pageOf.load(nobody)]);

    expect(statements).toHaveLength(3);
    expect(ids(anns)).toEqual([remarks[0], remarks[1]]);
    expect(anns).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    expect(bobs).toMatchObject({ pageInfo: { hasNextPage: false }, totalCount: 1 });
    expect(nobodys).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });

    const next = await loaders().pageOf(Remark, 'authorId', { first: 2, after: anns.pageInfo.endCursor }).load(ann);
    expect(ids(next)).toEqual([remarks[3]]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('pages children by a relation as by a plain id column', async () => {
    const pageOf = loaders().pageOf(Remark, 'note', { first: 2 }, 'desc');

    const [firsts, seconds] = await Promise.all([pageOf.load(first), pageOf.load(second)]);

    expect(ids(firsts)).toEqual([remarks[2], remarks[1]]);
    expect(firsts.totalCount).toBe(3);
    expect(ids(seconds)).toEqual([remarks[3]]);
  });
});
