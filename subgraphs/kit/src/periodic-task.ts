import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout } from 'node:timers/promises';
import type { Logger } from 'pino';

/** Work a subgraph repeats on its own, e.g. a sweep of what an event that never came left behind. */
export interface PeriodicTask {
  /** Names the task in logs. */
  name: string;
  everyMs: number;
  /**
   * One run. `stopping` is aborted when the subgraph stops: a run working through a backlog ends
   * after its current unit of work instead of draining it all (the next start carries on).
   */
  run(stopping: AbortSignal): Promise<unknown>;
}

const periodicWork = new AsyncLocalStorage<string>();

/** Whether the caller runs within a periodic task: work on a timer, not a request's or an event's. */
export function inPeriodicTask(): boolean {
  return periodicWork.getStore() !== undefined;
}

export interface RunningTask {
  /** Stops the timer and resolves once a run under way has ended. */
  stop(): Promise<void>;
}

/**
 * Runs `task` `everyMs` after the end of its previous run: runs never overlap, and a slow one is
 * not followed by a burst of missed ones. A failed run is logged and the next one tries again. The
 * timer does not keep the process alive.
 * Replicas each run it: a task must be safe to run concurrently (e.g. FOR UPDATE SKIP LOCKED).
 */
export function startPeriodicTask(task: PeriodicTask, log: Logger): RunningTask {
  const abort = new AbortController();
  const loop = (async () => {
    try {
      for (;;) {
        await setTimeout(task.everyMs, undefined, { signal: abort.signal, ref: false });
        await periodicWork
          .run(task.name, () => task.run(abort.signal))
          .catch((error) => log.error({ err: error, task: task.name }, 'periodic task failed'));
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return {
    stop: async () => {
      abort.abort();
      await loop;
    },
  };
}
