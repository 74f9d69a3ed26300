import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import { type RateLimiterMemory, RateLimiterRes, type RateLimiterStoreAbstract } from 'rate-limiter-flexible';

// rate-limiter-flexible documents RateLimiterStoreAbstract as the base of every store, and types
// it, but its entry point does not export it.
const StoreAbstract: typeof RateLimiterStoreAbstract = createRequire(import.meta.url)(
  'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js',
);

/** What a bucket's store answers: the points spent in its window and the milliseconds it has left. */
type Spent = { consumedPoints: number; msBeforeNext: number };

/** A clock in milliseconds, as `performance` gives it; tests bring their own. */
export type Clock = { now(): number };

/**
 * rate-limiter-flexible's fixed windows in this process's memory, at most `maxBuckets` of them.
 * RateLimiterMemory keeps a Map entry and a timer for every key until its window ends, about 500
 * bytes each and no bound: every caller of the last window. Here each bucket is one entry of an LRU
 * cache (about 250 bytes) whose window ends when it is next read, and `purgeExpired` drops the ended
 * ones in one pass. Past `maxBuckets` the bucket charged least recently is forgotten, which only
 * ever forgives its caller: a caller charging its own bucket keeps it recent.
 */
export class MemoryBuckets extends StoreAbstract {
  readonly #buckets: LRUCache<string, number>;

  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0] & { maxBuckets: number; clock?: Clock | undefined },
  ) {
    const { maxBuckets, clock, ...limiter } = options;
    // No client: the store is the cache below.
    super({ ...limiter, storeClient: null });
    this.#buckets = new LRUCache<string, number>({
      max: maxBuckets,
      ttl: this.duration * 1000,
      // The clock read on every look: cheaper than the timer lru-cache would set to cache it.
      ttlResolution: 0,
      ...(clock === undefined ? {} : { perf: clock }),
    });
  }

  /** Forgets the buckets whose window has ended. */
  purgeExpired(): void {
    this.#buckets.purgeStale();
  }

  _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Spent> {
    const spent = this.#spent(rlKey);
    if (forceExpire || spent === null) {
      // A window of 0 never ends (rate-limiter-flexible's meaning; lru-cache's too).
      this.#buckets.set(rlKey, points, { ttl: msDuration });
      return Promise.resolve({ consumedPoints: points, msBeforeNext: msDuration > 0 ? msDuration : -1 });
    }
    const consumedPoints = spent.consumedPoints + points;
    this.#buckets.set(rlKey, consumedPoints, { noUpdateTTL: true });
    return Promise.resolve({ consumedPoints, msBeforeNext: spent.msBeforeNext });
  }

  _get(rlKey: string): Promise<Spent | null> {
    return Promise.resolve(this.#spent(rlKey));
  }

  _delete(rlKey: string): Promise<boolean> {
    return Promise.resolve(this.#buckets.delete(rlKey));
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, spent: Spent): RateLimiterRes {
    return new RateLimiterRes(
      Math.max(this.points - spent.consumedPoints, 0),
      spent.msBeforeNext,
      spent.consumedPoints,
      spent.consumedPoints === changedPoints,
    );
  }

  /** The bucket's spending, or null when it has none or its window has ended. */
  #spent(rlKey: string): Spent | null {
    const consumedPoints = this.#buckets.get(rlKey);
    if (consumedPoints === undefined) return null;
    const left = this.#buckets.getRemainingTTL(rlKey);
    if (!Number.isFinite(left)) return { consumedPoints, msBeforeNext: -1 };
    // lru-cache still holds an entry in its window's last millisecond; rate-limiter-flexible's windows have ended.
    return left > 0 ? { consumedPoints, msBeforeNext: Math.ceil(left) } : null;
  }
}
