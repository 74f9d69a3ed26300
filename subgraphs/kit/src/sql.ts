import type { EntityManager } from '@mikro-orm/postgresql';

/** SQL text with `?` placeholders and their values; nesting keeps values out of the text. */
export class Sql {
  readonly text: string;
  readonly params: readonly unknown[];

  constructor(text: string, params: readonly unknown[]) {
    this.text = text;
    this.params = params;
  }
}

/** Trusted SQL text (column lists, directions): never user input. */
export const raw = (text: string): Sql => new Sql(text, []);

/** Template tag: interpolated values become parameters, interpolated `Sql` is spliced in. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1];
  });
  return new Sql(text, params);
}

/**
 * Runs one SQL statement in `em`'s transaction, if any: a `sql` fragment, or text with `?`
 * placeholders and its values.
 */
export function execute<T>(em: EntityManager, statement: Sql | string, params: readonly unknown[] = []): Promise<T[]> {
  const { text, params: values } = statement instanceof Sql ? statement : new Sql(statement, params);
  return em.getConnection().execute<T[]>(text, [...values], 'all', em.getTransactionContext());
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from a client or another domain can be a row id: anything else is simply not
 * found, never a uuid cast error that aborts the transaction.
 */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
