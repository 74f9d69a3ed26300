import { RateLimiterRes } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { MemoryBuckets } from '../src/concerns/memory-buckets.ts';

/** A clock the test moves by hand. */
function manualClock() {
  let nowMs = 1_000;
  return {
    now: () => nowMs,
    advance(ms: number) {
      nowMs += ms;
    },
  };
}

/** The refusal a charge past its budget gets, or undefined when it was accepted. */
async function refusalOf(charge: Promise<RateLimiterRes>): Promise<RateLimiterRes | undefined> {
  return charge.then(
    () => undefined,
    (refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return refusal;
    },
  );
}

describe('in-memory rate limit buckets', () => {
  it('accepts charges up to the budget and refuses the next until its window ends', async () => {
    const clock = manualClock();
    const buckets = new MemoryBuckets({ points: 10, duration: 60, maxBuckets: 100, clock });

    const first = await buckets.consume('user:a', 4);
    expect(first).toMatchObject({
      consumedPoints: 4,
      remainingPoints: 6,
      msBeforeNext: 60_000,
      isFirstInDuration: true,
    });
    clock.advance(15_000);
    expect(await buckets.consume('user:a', 6)).toMatchObject({ consumedPoints: 10, remainingPoints: 0 });

    clock.advance(5_000);
    const refused = await refusalOf(buckets.consume('user:a', 1));
    expect(refused).toMatchObject({ consumedPoints: 11, remainingPoints: 0, msBeforeNext: 40_000 });
    // Another caller's bucket is its own.
    expect(await refusalOf(buckets.consume('user:b', 10))).toBeUndefined();

    clock.advance(40_000);
    expect(await buckets.consume('user:a', 3)).toMatchObject({ consumedPoints: 3, msBeforeNext: 60_000 });
  });

  it('reports what a bucket has spent without charging it', async () => {
    const clock = manualClock();
    const buckets = new MemoryBuckets({ points: 10, duration: 60, maxBuckets: 100, clock });
    expect(await buckets.get('user:a')).toBeNull();
    await buckets.consume('user:a', 7);
    clock.advance(10_000);
    expect(await buckets.get('user:a')).toMatchObject({ consumedPoints: 7, remainingPoints: 3, msBeforeNext: 50_000 });
    expect(await buckets.delete('user:a')).toBe(true);
    expect(await buckets.get('user:a')).toBeNull();
  });

  it('blocks a key for good when blocked for 0 seconds: a window of 0 never ends', async () => {
    const clock = manualClock();
    const buckets = new MemoryBuckets({ points: 10, duration: 60, maxBuckets: 100, clock });
    await buckets.block('user:a', 0);
    clock.advance(3_600_000);
    expect(await refusalOf(buckets.consume('user:a', 1))).toMatchObject({ consumedPoints: 12, msBeforeNext: -1 });
  });

  it('keeps at most maxBuckets: a flood of new callers forgets the least recently charged, not the flooder', async () => {
    const buckets = new MemoryBuckets({ points: 10, duration: 60, maxBuckets: 3, clock: manualClock() });
    await buckets.consume('user:quiet', 10);
    await buckets.consume('user:flooder', 10);
    for (const caller of ['user:new-1', 'user:new-2']) {
      await buckets.consume(caller, 1);
      // The flooder keeps charging its bucket, so it stays among the most recent.
      expect(await refusalOf(buckets.consume('user:flooder', 1))).toBeDefined();
    }
    // The quiet caller's spent bucket was dropped to make room: it starts afresh.
    expect(await refusalOf(buckets.consume('user:quiet', 10))).toBeUndefined();
  });
});
