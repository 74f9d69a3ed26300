import { defineEntity, p } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';

const Thing = defineEntity({
  name: 'Thing',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    name: p.string(),
    price: p.integer(),
    data: p.json<{ a: number }>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
let n = 0;
const orm = await MikroORM.init(
  defineConfig({
    clientUrl: 'postgres://postgres@127.0.0.1:5432/test',
    schema: 'scratch',
    entities: [Thing],
    extensions: [Migrator],
    migrations: { path: '/tmp/mig', pathTs: '/tmp/mig', tableName: 'mikro_orm_migrations', snapshot: false },
    preferTs: true,
    onQuery: (sql) => {
      n++;
      console.log('Q', sql);
      return sql;
    },
  }),
);
await orm.em.getConnection().execute('create schema if not exists scratch');
const res = await orm.migrator.create();
console.log('created', res.fileName, res.code);
await orm.migrator.up();
const em = orm.em.fork();
const t = em.create(Thing, { name: 'x', price: 3 });
await em.flush();
console.log(t, n);
const found = await orm.em.fork().find(Thing, { id: { $in: [t.id] } });
console.log(found);
await orm.close();
