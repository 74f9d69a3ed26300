import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { inPeriodicTask, startPeriodicTask } from '../src/periodic-task.ts';
import { waitFor } from '../src/wait.ts';

describe('periodic tasks', () => {
  const logger = () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    return { log, lines };
  };

  it('runs again after a failed run, logging it', async () => {
    const { log, lines } = logger();
    let runs = 0;
    const task = startPeriodicTask(
      {
        name: 'flaky',
        everyMs: 10,
        run: async () => {
          runs += 1;
          if (runs === 1) throw new Error('database away');
        },
      },
      log,
    );
    await waitFor(async () => runs >= 3, 'three runs');
    await task.stop();
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        task: 'flaky',
        msg: 'periodic task failed',
        err: expect.objectContaining({ message: 'database away' }),
      }),
    ]);
  });

  it('stops once the run under way has ended, never overlapping runs', async () => {
    const { log } = logger();
    let running = 0;
    let overlapped = false;
    let release = () => {};
    const started: number[] = [];
    const task = startPeriodicTask(
      {
        name: 'slow',
        everyMs: 5,
        run: async () => {
          running += 1;
          overlapped ||= running > 1;
          started.push(Date.now());
          // The second run holds until the test lets it go.
          if (started.length === 2) await new Promise<void>((resolve) => (release = resolve));
          running -= 1;
        },
      },
      log,
    );
    await waitFor(async () => started.length === 2, 'a second run under way');
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(running).toBe(0);
    expect(overlapped).toBe(false);
    expect(started).toHaveLength(2);
  });

  it('marks its runs as periodic work, so statement counts of requests leave them out', async () => {
    const seen: boolean[] = [];
    const task = startPeriodicTask(
      {
        name: 'marked',
        everyMs: 5,
        run: async () => {
          await Promise.resolve();
          seen.push(inPeriodicTask());
        },
      },
      logger().log,
    );
    await waitFor(async () => seen.length > 0, 'the task ran');
    await task.stop();
    expect(seen[0]).toBe(true);
    expect(inPeriodicTask()).toBe(false);
  });
});
