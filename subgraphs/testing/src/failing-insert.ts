import { randomBytes } from 'node:crypto';
import { execute } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface FailingInsert {
  /** How many inserts it failed so far (0 or 1). */
  failures(): Promise<number>;
  remove(): Promise<void>;
}

/**
 * Makes the first insert into `table` (schema-qualified) that matches `when` (SQL over `new`) fail
 * once: the transaction writing it rolls back, as if the process had died before its commit.
 * A sequence counts the attempts, as it is not rolled back with them.
 */
export async function failFirstInsert(em: EntityManager, table: string, when: string): Promise<FailingInsert> {
  const [schema] = table.split('.');
  const name = `${schema}.fail_once_${randomBytes(4).toString('hex')}`;
  await execute(em, `create sequence ${name}`);
  await execute(
    em,
    `create function ${name}() returns trigger language plpgsql as $$
     begin
       if ${when} and nextval('${name}') = 1 then raise exception 'simulated crash before commit'; end if;
       return new;
     end $$`,
  );
  const trigger = name.split('.')[1];
  await execute(em, `create trigger ${trigger} before insert on ${table} for each row execute function ${name}()`);
  return {
    async failures() {
      const [row] = await execute<{ last_value: string; is_called: boolean }>(
        em,
        `select last_value, is_called from ${name}`,
      );
      return row?.is_called ? Math.min(1, Number(row.last_value)) : 0;
    },
    async remove() {
      await execute(em, `drop trigger ${trigger} on ${table}`);
      await execute(em, `drop function ${name}()`);
      await execute(em, `drop sequence ${name}`);
    },
  };
}
