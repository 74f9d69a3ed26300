import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type Connection, type ConnectionArgs, paginateChildrenById, parentKey } from './pagination.ts';

/**
 * Request-scoped DataLoaders. Every entity reference and list child goes through one of these, so
 * a fetch costs one SQL statement per entity type, whatever the list length.
 */
export class Loaders {
  readonly #em: EntityManager;
  readonly #loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(em: EntityManager) {
    this.#em = em;
  }

  /** Loads entities by primary key `id`; a missing one resolves to null. */
  byId<E extends { id: string }>(entity: EntityName<E>): DataLoader<string, E | null> {
    return this.#memo(`id:${this.#name(entity)}`, async (ids) => {
      const rows = await this.#em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<E>);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** Loads the children of many parents at once, by the children's foreign key, in `orderBy` order. */
  childrenOf<E extends object>(
    entity: EntityName<E>,
    foreignKey: keyof E & string,
    orderBy: Partial<Record<keyof E & string, 'asc' | 'desc'>> = {},
  ): DataLoader<string, E[]> {
    return this.#memo(`children:${this.#name(entity)}:${foreignKey}`, async (parentIds) => {
      const rows = await this.#em.find(entity, { [foreignKey]: { $in: [...parentIds] } } as never, {
        orderBy: orderBy as never,
      });
      const groups = Map.groupBy(rows, (row) => parentKey(row[foreignKey]));
      return parentIds.map((id) => groups.get(id) ?? []);
    });
  }

  /** One connection page of children per parent (e.g. each user's orders), batched across parents. */
  pageOf<E extends { id: string }>(
    entity: EntityName<E>,
    foreignKey: keyof E & string,
    args: ConnectionArgs,
    direction: 'asc' | 'desc' = 'asc',
  ): DataLoader<string, Connection<E>> {
    const key = `page:${this.#name(entity)}:${foreignKey}:${direction}:${args.first ?? ''}:${args.after ?? ''}`;
    return this.#memo(key, (parentIds) =>
      paginateChildrenById(this.#em, entity, foreignKey, parentIds, args, direction),
    );
  }

  /** A loader of the caller's own, e.g. counts per parent; `name` tells it apart within the request. */
  batched<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.#memo(`batched:${name}`, batch);
  }

  #name<E extends object>(entity: EntityName<E>): string {
    return this.#em.getMetadata().find(entity)?.className ?? String(entity);
  }

  #memo<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.#loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.#loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
