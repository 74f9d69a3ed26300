import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { type DatabasePool, postgresTls } from './config.ts';
import { eventEntities } from './events/entities.ts';
import { StartupError } from './process-entry.ts';

export interface DatabaseOptions {
  /** The subgraph's own PostgreSQL schema; no subgraph touches another's. */
  schema: string;
  entities: EntitySchema[];
  migrationsPath: string;
  url: string;
  pool: DatabasePool;
  log: Logger;
  /** Sees every SQL statement (metrics, statement-count tests). */
  onQuery?: (sql: string) => void;
}

/** Opens the subgraph's MikroORM instance; an unreachable database is a one-line StartupError. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  // MikroORM reads host, port, credentials and name from the URL but not its sslmode: pg gets it here.
  const tls = postgresTls(options.url);
  const orm = await MikroORM.init(
    defineConfig({
      clientUrl: options.url,
      ...(tls === undefined ? {} : { driverOptions: { ssl: tls } }),
      schema: options.schema,
      entities: [...options.entities, ...eventEntities],
      extensions: [Migrator],
      pool: { min: options.pool.min, max: options.pool.max, idleTimeoutMillis: options.pool.idleTimeoutMs },
      preferTs: true,
      // Entities are plain objects with their own fields. MikroORM's default puts an accessor on
      // the prototype for every column, and the first write to each column of each instance
      // redefines it on that instance: a fifth of a hydrating request's CPU. Those accessors only
      // serve entities built with `new` that have two-sided relations; ours are built by the ORM
      // (em.create, loads), which still wires such relations itself, and have none.
      propagationOnPrototype: false,
      migrations: {
        path: options.migrationsPath,
        pathTs: options.migrationsPath,
        tableName: 'mikro_orm_migrations',
        snapshot: false,
        silent: true,
      },
      onQuery: (sql) => {
        options.onQuery?.(sql);
        return sql;
      },
      // MikroORM's own messages go to our JSON log; SQL is observed through onQuery instead.
      loggerFactory: () => ({
        log: (namespace, message) => options.log.debug({ orm: namespace }, message),
        error: (namespace, message) => options.log.error({ orm: namespace }, message),
        warn: (namespace, message) => options.log.warn({ orm: namespace }, message),
        logQuery: () => {},
        setDebugMode: () => {},
        isEnabled: () => false,
      }),
    }),
  ).catch((error: Error) => {
    throw new StartupError(`cannot reach PostgreSQL at ${describeUrl(options.url)}: ${error.message}`);
  });
  await orm.connect().catch(() => undefined);
  const check = await orm.checkConnection();
  if (!check.ok) {
    await orm.close(true);
    throw new StartupError(`cannot reach PostgreSQL at ${describeUrl(options.url)}: ${check.reason}`);
  }
  return orm;
}

/** Applies the committed migrations that have not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

/** host:port/database of a connection URL, without credentials, for messages. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
