import { defineEntity, p } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { databasePool, type SubgraphEnv } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { createScratchDatabase, testEnv, testServerUrl } from '../src/testing/index.ts';

/** The kit tests' own aggregate: changed and announced the way a subgraph's entities are. */
export const Note = defineEntity({
  name: 'Note',
  properties: {
    id: p.uuid().primary(),
    text: p.string(),
  },
});

/** A read model of notes kept by a consumer, as orders keeps product prices: `version` is the note's aggregate version. */
export const NoteView = defineEntity({
  name: 'NoteView',
  properties: {
    id: p.uuid().primary(),
    text: p.string(),
    version: p.integer(),
  },
});

/** Children of notes, by a relation (`note`) and by a plain id column (`authorId`). */
export const Remark = defineEntity({
  name: 'Remark',
  properties: {
    id: p.uuid().primary(),
    note: () => p.manyToOne(Note),
    authorId: p.uuid(),
    text: p.string(),
  },
});

/** One row per application of an event by a test consumer: a second application would show. */
export const HandlerEffect = defineEntity({
  name: 'HandlerEffect',
  properties: {
    id: p.uuid().primary(),
    consumer: p.string(),
    eventId: p.string(),
    label: p.string(),
  },
});

export interface KitDatabase {
  env: SubgraphEnv;
  log: Logger;
  orm: MikroORM;
  /**
   * Another ORM on the same database: a second process, or this one after a restart. Closed with
   * the database; `onQuery` sees each of its SQL statements.
   */
  open(onQuery?: (sql: string) => void): Promise<MikroORM>;
  drop(): Promise<void>;
}

/**
 * A scratch database holding the kit's tables (outbox, processed events) and the test entities in
 * a `kit_test` schema, built from the entity definitions. `env` carries an event namespace no
 * other test shares.
 */
export async function startKitDatabase(overrides: Record<string, string> = {}): Promise<KitDatabase> {
  const database = await createScratchDatabase(testServerUrl);
  // The failures these tests provoke on purpose would otherwise fill the output with error lines.
  const env = testEnv(database.url, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...overrides });
  const log = createLogger('kit-test', env.LOG_LEVEL);
  const opened: MikroORM[] = [];
  const open = async (onQuery?: (sql: string) => void) => {
    const orm = await openDatabase({
      schema: 'kit_test',
      entities: [Note, NoteView, Remark, HandlerEffect],
      // No migrations here: the schema is created from the entity definitions below.
      migrationsPath: import.meta.dirname,
      url: env.DATABASE_URL,
      pool: databasePool(env),
      log,
      ...(onQuery ? { onQuery } : {}),
    });
    opened.push(orm);
    return orm;
  };
  const drop = async () => {
    await Promise.all(opened.map((each) => each.close(true)));
    await database.drop();
  };
  try {
    const orm = await open();
    await orm.schema.create();
    return { env, log, orm, open, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
