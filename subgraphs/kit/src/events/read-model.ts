import type { EntityData, EntityName, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * Read models fed by another domain's events keep the aggregate version they applied
 * (DomainEvent.aggregateVersion) and never let an older event overwrite a newer one: a redelivery,
 * a replayed dead letter or a second relay can bring an old event after a newer one. One statement
 * each, so concurrent handlers cannot interleave between a read and a write. An unversioned event
 * (version 0: its producer predates versions, during a rolling deploy) is applied as before
 * versions, leaving the row's version as it is.
 */

/**
 * Inserts the row, or updates it when what it holds is older than `data[versionProperty]`;
 * whether the row was written.
 */
export async function upsertIfNewer<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  data: RequiredEntityData<T>,
  versionProperty: keyof T & string,
): Promise<boolean> {
  const meta = em.getMetadata(entity);
  const version = data[versionProperty as keyof RequiredEntityData<T>];
  const upsert = em
    .createQueryBuilder(entity)
    .insert(data)
    .onConflict(meta.primaryKeys as never);
  const result = await (version === 0
    ? upsert.merge(Object.keys(data).filter((property) => property !== versionProperty) as never)
    : upsert.merge().where({ [versionProperty]: { $lt: version } } as never)
  ).execute('run');
  return result.affectedRows > 0;
}

/** Updates the rows matching `where` that hold an older version than `data[versionProperty]`; how many. */
export function updateIfNewer<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  data: EntityData<T>,
  versionProperty: keyof T & string,
): Promise<number> {
  const { [versionProperty as keyof EntityData<T>]: version, ...changes } = data;
  if (version === 0) return em.nativeUpdate(entity, where as never, changes as EntityData<T>);
  return em.nativeUpdate(entity, { $and: [where, { [versionProperty]: { $lt: version } }] } as never, data);
}
