import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Gauge, type Registry } from '@comptoir/kit/metrics';
import PQueue from 'p-queue';
import type { RouterConcern } from '../concern.ts';

export type AdmissionBounds = {
  /** The fewest GraphQL requests worked on at once, however busy the router is. */
  minInFlight: number;
  /** The most, however long subgraphs take to answer. */
  maxInFlight: number;
};

export const defaultAdmissionBounds: AdmissionBounds = { minInFlight: 8, maxInFlight: 512 };

/** How often the limit moves: long enough for the event loop's delay to be measured many times. */
const windowMs = 250;
/** How often the event loop's delay is sampled. */
const delayResolutionMs = 10;
/** Callbacks running this late on average, on a busy loop: more requests at once would only live longer. */
const fallsBehindAboveMs = 4;
/**
 * Busy this share of the window, the core is what limits the router: more requests at once would
 * be answered no sooner. Below it, requests that wait are waiting on subgraphs.
 */
const busyAbove = 0.9;

/**
 * The number of GraphQL requests the router works on at once. Requests in progress on one core
 * interleave, so each lives as long as the core takes to get through all of them; whatever a
 * request holds (subgraph answers, the merged response) then outlives V8's young collections and is
 * promoted, which was most of the router's memory under load. So requests past the limit wait
 * their turn unread, holding only their socket. A fixed limit would either idle the core while
 * requests wait on slow subgraphs or let requests pile up on fast ones. This one starts at its
 * minimum and widens only while requests wait and the event loop has time to spare: then they wait
 * on subgraphs. A busy loop gains nothing from more at once, so the limit holds there, and narrows
 * while the busy loop runs its callbacks late. Widening while a busy loop ran callbacks on time
 * walked the limit up on fast subgraphs until young collections were late enough to turn it back:
 * 16 in flight cost 14 % of the time in GC where 8 cost 6 % (pnpm bench:router, README).
 */
export class AdmissionLimit {
  readonly #bounds: AdmissionBounds;
  #limit: number;

  constructor(bounds: AdmissionBounds) {
    if (!(bounds.minInFlight >= 1 && bounds.minInFlight <= bounds.maxInFlight)) {
      throw new RangeError(`admission bounds ${bounds.minInFlight}..${bounds.maxInFlight} are not 1 <= min <= max`);
    }
    this.#bounds = bounds;
    this.#limit = bounds.minInFlight;
  }

  get current(): number {
    return this.#limit;
  }

  /**
   * The limit after a window in which callbacks ran `loop.lateMs` late on average and the event
   * loop was busy `loop.utilization` (0–1) of the time.
   */
  adjust(loop: { lateMs: number; utilization: number }, requestsWaited: boolean): number {
    const step = Math.max(1, Math.floor(this.#limit / 8));
    const busy = loop.utilization > busyAbove;
    if (busy && loop.lateMs > fallsBehindAboveMs) {
      this.#limit = Math.max(this.#bounds.minInFlight, this.#limit - step);
    } else if (requestsWaited && !busy) {
      this.#limit = Math.min(this.#bounds.maxInFlight, this.#limit + step);
    }
    return this.#limit;
  }
}

/**
 * Admission of GraphQL requests under an AdmissionLimit, in arrival order. A request whose client
 * leaves while it waits is dropped without being read. It comes after rate limiting and
 * authentication in the router's list, so their refusals are never queued. `close` stops sampling
 * the event loop, once the router stops.
 */
export function admission(
  options: { bounds?: Partial<AdmissionBounds>; registry?: Registry } = {},
): RouterConcern & { close(): void } {
  const bounds = { ...defaultAdmissionBounds, ...options.bounds };
  const limit = new AdmissionLimit(bounds);
  // Equal bounds (the embedded platform, an operator's fixed limit): nothing to measure.
  const adapts = bounds.minInFlight < bounds.maxInFlight;
  const queue = new PQueue({ concurrency: limit.current });
  let delay: ReturnType<typeof monitorEventLoopDelay> | undefined;
  let windowStartedAt = performance.now();
  let windowUtilization = performance.eventLoopUtilization();
  let requestsWaited = false;

  // Sampling starts with the first request: a router no one calls runs no timer. Adjusted as requests arrive.
  const adjustWhenDue = () => {
    const now = performance.now();
    if (delay === undefined) {
      delay = monitorEventLoopDelay({ resolution: delayResolutionMs });
      delay.enable();
    } else if (now - windowStartedAt >= windowMs) {
      // With no sample yet (a loop blocked the whole window), the mean is NaN: late, by definition.
      const lateMs = delay.count === 0 ? Number.POSITIVE_INFINITY : delay.mean / 1e6 - delayResolutionMs;
      const utilization = performance.eventLoopUtilization(windowUtilization).utilization;
      queue.concurrency = limit.adjust({ lateMs, utilization }, requestsWaited);
      delay.reset();
    } else {
      return;
    }
    windowStartedAt = now;
    windowUtilization = performance.eventLoopUtilization();
    requestsWaited = false;
  };

  const registry = options.registry;
  if (registry) {
    const readWhenScraped = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    readWhenScraped(
      'router_admission_limit',
      'GraphQL requests the router works on at once before others wait (follows event loop delay)',
      () => limit.current,
    );
    readWhenScraped('router_admission_waiting', 'GraphQL requests waiting for their turn', () => queue.size);
  }

  return {
    close() {
      delay?.disable();
    },
    onGraphqlRequest(_req, res, next) {
      if (adapts) adjustWhenDue();
      // In progress until 'close': after the last byte of the answer, or when the client leaves.
      const inProgress = () =>
        new Promise<void>((release) => {
          res.once('close', () => release());
          next();
        });
      if (queue.size === 0 && queue.pending < queue.concurrency) {
        queue.add(inProgress).catch(next);
        return;
      }
      requestsWaited = true;
      // A client that leaves while its request waits takes the request out of the queue.
      const left = new AbortController();
      const leave = () => left.abort();
      res.once('close', leave);
      const admitted = () => {
        res.off('close', leave);
        return inProgress();
      };
      queue.add(admitted, { signal: left.signal }).catch((error: unknown) => {
        if (!left.signal.aborted) next(error);
      });
    },
  };
}
