import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KitDatabase, Note, Remark, startKitDatabase } from './test-database.ts';

/** Whether `name` is a plain value held by the entity itself, not an accessor (its own or inherited). */
function ownValue(entity: object, name: string): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(entity, name);
  return descriptor !== undefined && 'value' in descriptor;
}

describe('entities the kit opens', () => {
  let db: KitDatabase;

  beforeAll(async () => {
    db = await startKitDatabase();
  });
  afterAll(() => db?.drop());

  it('hold their columns and relations as plain values, without accessors on their prototype', async () => {
    const noteId = uuidv7();
    await db.orm.em.fork().transactional((em) => {
      const note = em.create(Note, { id: noteId, text: 'plain' });
      em.create(Remark, { id: uuidv7(), note, authorId: uuidv7(), text: 'about it' });
    });

    const em = db.orm.em.fork();
    const remark = await em.findOneOrFail(Remark, { note: noteId }, { populate: ['note'] });
    for (const name of ['id', 'text', 'authorId', 'note']) expect(ownValue(remark, name), name).toBe(true);
    expect(ownValue(remark.note, 'text')).toBe(true);
    for (const name of ['text', 'authorId', 'note']) {
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(remark), name), name).toBeUndefined();
    }
  });

  it('still track changes made by plain assignment, in a fork and in a nested transaction', async () => {
    const id = uuidv7();
    await db.orm.em.fork().transactional((em) => {
      em.create(Note, { id, text: 'first' });
    });

    const em = db.orm.em.fork();
    const note = await em.findOneOrFail(Note, id);
    note.text = 'second';
    await em.flush();
    expect((await db.orm.em.fork().findOneOrFail(Note, id)).text).toBe('second');

    // The nested transaction's copy is merged back into the outer manager's entity on commit.
    await em.transactional(async (tx) => {
      const inner = await tx.findOneOrFail(Note, id);
      inner.text = 'third';
    });
    expect(note.text).toBe('third');
    expect((await db.orm.em.fork().findOneOrFail(Note, id)).text).toBe('third');

    // An unchanged entity writes nothing.
    const statements: string[] = [];
    const watched = await db.open((sql) => statements.push(sql));
    const reader = watched.em.fork();
    const loaded = await reader.findOneOrFail(Note, id);
    loaded.text = 'third';
    await reader.flush();
    expect(statements.filter((sql) => /^\s*update/i.test(sql))).toEqual([]);
  });

  it('change a relation by plain assignment', async () => {
    const [first, second, remarkId] = [uuidv7(), uuidv7(), uuidv7()];
    await db.orm.em.fork().transactional((em) => {
      const note = em.create(Note, { id: first, text: 'first' });
      em.create(Note, { id: second, text: 'second' });
      em.create(Remark, { id: remarkId, note, authorId: uuidv7(), text: 'moves' });
    });

    const em = db.orm.em.fork();
    const remark = await em.findOneOrFail(Remark, remarkId);
    remark.note = em.getReference(Note, second);
    await em.flush();

    const reloaded = await db.orm.em.fork().findOneOrFail(Remark, remarkId, { populate: ['note'] });
    expect(reloaded.note.id).toBe(second);
    expect(reloaded.note.text).toBe('second');
  });
});
