import { waitFor } from '@comptoir/kit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AdmissionLimit } from '../src/concerns/admission.ts';
import { loadConfig, type RunningRouter, startRouter } from '../src/index.ts';
import { composeHeldSupergraph, type HeldField, silentLogger, startHeldSubgraph } from './fixtures.ts';

describe('the admission limit', () => {
  const bounds = { minInFlight: 4, maxInFlight: 64 };

  test('starts at its minimum', () => {
    expect(new AdmissionLimit(bounds).current).toBe(4);
    expect(new AdmissionLimit({ minInFlight: 20, maxInFlight: 64 }).current).toBe(20);
  });

  const busy = (lateMs: number) => ({ lateMs, utilization: 0.97 });
  const idle = (lateMs: number) => ({ lateMs, utilization: 0.5 });

  test('widens by an eighth while requests wait and the event loop has time to spare, however late its callbacks', () => {
    const limit = new AdmissionLimit({ minInFlight: 16, maxInFlight: 64 });
    expect(limit.adjust(idle(0.5), true)).toBe(18);
    // Late callbacks on an idle loop: another process took the core, not the router's requests.
    expect(limit.adjust(idle(30), true)).toBe(20);
  });

  test('widens by one at a time below eight', () => {
    const limit = new AdmissionLimit(bounds);
    expect(limit.adjust(idle(0), true)).toBe(5);
    expect(limit.adjust(idle(0), true)).toBe(6);
  });

  test('holds on a busy event loop that runs its callbacks on time, however many requests wait', () => {
    const limit = new AdmissionLimit(bounds);
    for (let window = 0; window < 100; window++) limit.adjust(busy(0.5), true);
    expect(limit.current).toBe(4);
  });

  test('holds when no request waited, or when callbacks run a little late', () => {
    const limit = new AdmissionLimit({ minInFlight: 16, maxInFlight: 64 });
    expect(limit.adjust(idle(0.5), false)).toBe(16);
    expect(limit.adjust(busy(0.5), false)).toBe(16);
    expect(limit.adjust(busy(3), true)).toBe(16);
  });

  test('narrows while the busy event loop runs its callbacks late, whether requests wait or not', () => {
    const limit = new AdmissionLimit({ minInFlight: 4, maxInFlight: 64 });
    for (let window = 0; window < 12; window++) limit.adjust(idle(0), true);
    expect(limit.current).toBe(16);
    expect(limit.adjust(busy(10), true)).toBe(14);
    expect(limit.adjust(busy(Number.POSITIVE_INFINITY), false)).toBe(13);
  });

  test('never leaves its bounds', () => {
    const limit = new AdmissionLimit(bounds);
    for (let window = 0; window < 100; window++) limit.adjust(idle(0), true);
    expect(limit.current).toBe(64);
    for (let window = 0; window < 100; window++) limit.adjust(busy(50), true);
    expect(limit.current).toBe(4);
  });

  test('is bounded by ADMISSION_MIN_IN_FLIGHT and ADMISSION_MAX_IN_FLIGHT, in that order', () => {
    expect(loadConfig({}, []).admission).toEqual({ minInFlight: 8, maxInFlight: 512 });
    expect(loadConfig({ ADMISSION_MIN_IN_FLIGHT: '2', ADMISSION_MAX_IN_FLIGHT: '64' }, []).admission).toEqual({
      minInFlight: 2,
      maxInFlight: 64,
    });
    expect(() => loadConfig({ ADMISSION_MIN_IN_FLIGHT: '8', ADMISSION_MAX_IN_FLIGHT: '4' }, [])).toThrow(
      'ADMISSION_MIN_IN_FLIGHT=8 is above ADMISSION_MAX_IN_FLIGHT=4',
    );
    expect(() => loadConfig({ ADMISSION_MAX_IN_FLIGHT: '0' }, [])).toThrow(/ADMISSION_MAX_IN_FLIGHT="0" is invalid/);
  });

  test('refuses bounds that hold no number of requests', () => {
    expect(() => new AdmissionLimit({ minInFlight: 8, maxInFlight: 4 })).toThrow(RangeError);
    expect(() => new AdmissionLimit({ minInFlight: 0, maxInFlight: 4 })).toThrow(RangeError);
  });
});

describe('admission at the router, one request at a time', () => {
  let held: Awaited<ReturnType<typeof startHeldSubgraph>>;
  let router: RunningRouter;

  beforeAll(async () => {
    held = await startHeldSubgraph();
    router = await startRouter({
      supergraphSdl: composeHeldSupergraph(held.subgraph.url),
      port: 0,
      logger: silentLogger,
      nodeEnv: 'test',
      admission: { minInFlight: 1, maxInFlight: 1 },
    });
  });

  afterAll(async () => {
    await router?.stop();
    await held?.subgraph.stop();
  });

  const ask = (field: HeldField, signal?: AbortSignal) =>
    fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${field} { field } }` }),
      signal,
    });

  /** What the router's /metrics says of requests waiting their turn. */
  const waiting = async () => {
    const metrics = await (await fetch(router.metricsUrl)).text();
    return Number(/^router_admission_waiting\{[^}]*\} (\d+)$/m.exec(metrics)?.[1]);
  };

  test('a request past the limit waits, unread, until the one in progress is answered', async () => {
    const first = ask('first');
    await waitFor(async () => held.asked.includes('first'), 'the subgraph is asked for first');
    const second = ask('second');
    await waitFor(async () => (await waiting()) === 1, 'one request waits');
    expect(held.asked).toEqual(['first']);

    held.release('first');
    expect(await (await first).json()).toEqual({ data: { first: { field: 'first' } } });
    await waitFor(async () => held.asked.includes('second'), 'the subgraph is asked for second');
    held.release('second');
    expect(await (await second).json()).toEqual({ data: { second: { field: 'second' } } });
    expect(await waiting()).toBe(0);
  });

  test('a request whose client leaves while it waits never reaches a subgraph', async () => {
    held.asked.length = 0;
    const inProgress = ask('inProgress');
    await waitFor(async () => held.asked.includes('inProgress'), 'the subgraph is asked for in-progress');
    const leaving = new AbortController();
    const abandoned = ask('abandoned', leaving.signal).catch((error: Error) => error.name);
    await waitFor(async () => (await waiting()) === 1, 'one request waits');

    leaving.abort();
    expect(await abandoned).toBe('AbortError');
    // Dropped from the queue as soon as the router sees the connection close, not when its turn comes.
    await waitFor(async () => (await waiting()) === 0, 'no request waits');
    held.release('inProgress');
    expect(await (await inProgress).json()).toEqual({ data: { inProgress: { field: 'inProgress' } } });

    const next = ask('next');
    await waitFor(async () => held.asked.includes('next'), 'the subgraph is asked for next');
    held.release('next');
    expect(await (await next).json()).toEqual({ data: { next: { field: 'next' } } });
    expect(held.asked).toEqual(['inProgress', 'next']);
  });
});
