/**
 * Open-loop load at a fixed offered rate: request i leaves at start + i / rate, whether or not the
 * earlier ones have been answered, and its latency counts from that scheduled time, so a slow
 * answer that holds a connection shows up in the latencies of the requests queued behind it
 * (no coordinated omission). autocannon's `overallRate` is a per-second quota instead: every
 * second it sends a burst of `rate` requests at once, which measures how a burst queues, not how
 * the platform answers a steady stream.
 */
import { Pool } from 'undici';

export type PacedRequest = { headers: Record<string, string>; body: string };

export type PacedLoadOptions = {
  /** Every request is a POST to this URL. */
  url: string;
  /** Requests per second offered. */
  rate: number;
  seconds: number;
  /** Keep-alive connections at most; requests wait in line for a free one (and that wait counts). */
  connections: number;
  /** The i-th request's headers and body. */
  request: (index: number) => PacedRequest;
  /** An answer whose headers, or whose body's next part, keep it waiting longer than this counts as an error. */
  timeoutMs?: number;
};

export type PacedLoadResult = {
  /** Answers received (any status) per second: over the run, or until the last answer when that came later. */
  throughput: number;
  /** Milliseconds from each answered request's scheduled time to the end of its body. */
  latencies: number[];
  /** The index of the request each of `latencies` belongs to. */
  answered: number[];
  non2xx: number;
  /** Connection failures and timeouts. */
  errors: number;
  /** 2xx answers whose body carries GraphQL `errors`. */
  graphqlErrors: number;
};

export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const { origin, pathname, search } = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const result: PacedLoadResult = {
    throughput: 0,
    latencies: [],
    answered: [],
    non2xx: 0,
    errors: 0,
    graphqlErrors: 0,
  };
  const inFlight: Promise<void>[] = [];
  let lastAnswer = 0;

  const send = async (index: number, scheduled: number): Promise<void> => {
    const { headers, body } = options.request(index);
    try {
      const response = await pool.request({
        origin,
        path: pathname + search,
        method: 'POST',
        headers,
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const text = await response.body.text();
      lastAnswer = performance.now();
      result.latencies.push(lastAnswer - scheduled);
      result.answered.push(index);
      if (response.statusCode < 200 || response.statusCode >= 300) result.non2xx++;
      else if (text.includes('"errors"')) result.graphqlErrors++;
    } catch {
      result.errors++;
    }
  };

  const start = performance.now();
  await new Promise<void>((done) => {
    let next = 0;
    const tick = () => {
      // Timers fire late, never early: whatever fell due meanwhile leaves now, each request still
      // timed from its own schedule.
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        inFlight.push(send(next, start + next * interval));
        next++;
      }
      if (next < total) setTimeout(tick, start + next * interval - now);
      else done();
    };
    tick();
  });
  await Promise.all(inFlight);
  await pool.close();
  const answered = result.latencies.length;
  result.throughput = answered && answered / Math.max(options.seconds, (lastAnswer - start) / 1000);
  return result;
}
