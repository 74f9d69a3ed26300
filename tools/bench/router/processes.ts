/**
 * Child processes of the benchmarks, each pinned to one core with `taskset`: started, awaited until
 * they answer HTTP, sampled for RSS, and all stopped when the benchmark ends, fails or is interrupted.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';

export { freePorts } from '../../e2e/free-ports.ts';

/** Fails with a clear message when `taskset` is missing or cannot pin to every core in `cores`. */
export function requireTaskset(cores: readonly number[]): void {
  const probe = spawnSync('taskset', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(`taskset is needed to pin processes to cores (${probe.error.message}): apt-get install util-linux`);
  }
  for (const core of cores) {
    const pinned = spawnSync('taskset', ['-c', String(core), 'true'], { encoding: 'utf8' });
    if (pinned.status !== 0) {
      throw new Error(`cannot pin to core ${core} (this machine offers ${cpus().length}): ${pinned.stderr.trim()}`);
    }
  }
}

/** Pins this process and all its threads (libuv, V8) to `core`. */
export function pinSelf(core: number): void {
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { encoding: 'utf8' });
  if (pinned.status !== 0) throw new Error(`cannot pin the driver to core ${core}: ${pinned.stderr.trim()}`);
}

export type PinnedProcess = {
  name: string;
  pid: number;
  /** The last 20 kB it wrote, stdout and stderr. */
  output(): string;
  /** Resident set size now, in bytes (0 once it has exited). */
  rss(): number;
  /** CPU time it has used so far (user and system), in seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
};

const keptOutput = 20_000;

/**
 * The benchmark's children. Every one is stopped by stopAll(), on SIGINT/SIGTERM (then the
 * benchmark exits 130), and killed outright if the benchmark exits any other way.
 */
export class ProcessGroup {
  readonly #running = new Map<string, ChildProcess>();

  /** `cleanUp` runs after the children have stopped when the benchmark is interrupted. */
  constructor(cleanUp: () => Promise<void> = async () => {}) {
    const interrupted = (signal: NodeJS.Signals) => {
      console.error(`\n${signal}: stopping every child process`);
      void this.stopAll()
        .then(cleanUp)
        .finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    process.once('exit', () => {
      for (const child of this.#running.values()) child.kill('SIGKILL');
    });
  }

  /**
   * Starts `node <args>` pinned to `core`; `taskset` execs node, so the pid is node's. With
   * `cgroupProcs`, a shell joins that cgroup first and execs taskset: node starts inside it.
   */
  start(
    name: string,
    core: number,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    cgroupProcs?: string,
  ): PinnedProcess {
    const pinned = ['taskset', '-c', String(core), process.execPath, ...args];
    const [command, ...commandArgs] =
      cgroupProcs === undefined ? pinned : ['sh', '-c', 'echo $$ > "$0" && exec "$@"', cgroupProcs, ...pinned];
    const child = spawn(command as string, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) throw new Error(`${name} could not be started`);
    const pid = child.pid;
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keptOutput);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.#running.set(name, child);
    child.once('exit', () => this.#running.delete(name));
    return {
      name,
      pid,
      output: () => output,
      rss: () => residentBytes(pid),
      cpuSeconds: () => cpuSeconds(pid),
      stop: () => stopChild(child),
    };
  }

  /** Whether `name` is still running. */
  isRunning(name: string): boolean {
    return this.#running.has(name);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#running.values()].map(stopChild));
  }
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the child has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A process's resident memory (VmRSS), in bytes; 0 once it cannot be read (the process is gone). */
export function residentBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const clockTicks = 100;

/** CPU time used so far by each process named `command` (e.g. PostgreSQL's backends), in seconds, by pid. */
export function commandCpuSeconds(command: string): Map<number, number> {
  const used = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === command)
        used.set(Number(entry), cpuSeconds(Number(entry)));
    } catch {
      // Gone since the listing.
    }
  }
  return used;
}

/**
 * The CPU time the processes of `after` used since `before`: one started meanwhile counts from
 * zero; one that exited meanwhile is missing from `after` and its share is lost (an underestimate).
 */
export function cpuSecondsSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

function cpuSeconds(pid: number): number {
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return 0;
  }
}

/**
 * Resolves once `url` answers HTTP at all; fails with the process's output when it exits first
 * (a busy port, a bad variable) or is not answering after `timeoutMs`.
 */
export async function waitForHttp(
  processes: ProcessGroup,
  child: PinnedProcess,
  url: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!processes.isRunning(child.name)) {
      throw new Error(`${child.name} exited before answering at ${url}:\n${child.output()}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(`${child.name} did not answer at ${url} within ${timeoutMs / 1000} s:\n${child.output()}`);
    }
    await delay(200);
  }
}

/** Samples `child`'s RSS every `everyMs` until stopped; returns the largest value seen, in bytes. */
export function sampleMaxRss(child: PinnedProcess, everyMs = 250): { stop(): number } {
  let max = child.rss();
  const timer = setInterval(() => {
    max = Math.max(max, child.rss());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, child.rss());
    },
  };
}

/** The nearest-rank percentile `p` (0–100) of `values`; 0 when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Each core's busy and total time since boot (any unit, the same for both), from /proc/stat. */
export function coreTimes(): Map<number, { busy: number; total: number }> {
  const times = new Map<number, { busy: number; total: number }>();
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+) (.*)$/.exec(line);
    if (!match) continue;
    // user nice system idle iowait irq softirq steal; guest time is already counted in user.
    const fields = (match[2] as string).trim().split(/\s+/).slice(0, 8).map(Number);
    const total = fields.reduce((sum, part) => sum + part, 0);
    const waiting = (fields[3] ?? 0) + (fields[4] ?? 0);
    times.set(Number(match[1]), { busy: total - waiting, total });
  }
  return times;
}

/** The share of `core` that was busy between two coreTimes() readings, whoever kept it busy, in percent. */
export function coreBusyPercent(
  before: ReturnType<typeof coreTimes>,
  after: ReturnType<typeof coreTimes>,
  core: number,
): number {
  const [start, end] = [before.get(core), after.get(core)];
  if (!start || !end || end.total === start.total) return 0;
  return (100 * (end.busy - start.busy)) / (end.total - start.total);
}

/** Serializes and parses one small document half a million times: CPU and allocation, nothing else. */
const referenceWork = `
const document = { id: 'p-1', name: { fr: 'Théière en fonte', en: 'Cast iron teapot' }, price: { amount: 4500, currency: 'EUR' }, tags: ['cuisine', 'thé', 'fonte'] };
const started = performance.now();
let size = 0;
for (let round = 0; round < 5e5; round++) size += JSON.parse(JSON.stringify({ ...document, round })).tags.length;
process.stdout.write(String(performance.now() - started));
`;

/**
 * Milliseconds the same fixed work takes on `core` (best of `tries`, each in a fresh Node pinned
 * there): how fast this machine is today, so that figures of runs on different days compare.
 */
export function referenceWorkMs(core: number, tries = 3): number {
  const times = Array.from({ length: tries }, () => {
    const run = spawnSync('taskset', ['-c', String(core), process.execPath, '-e', referenceWork], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the reference work failed on core ${core}: ${run.stderr.trim()}`);
    return Number(run.stdout);
  });
  return Math.min(...times);
}

/** A progress line on stdout, stamped with the time of day (UTC): what the benches print as they go. */
export function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

/** The one-minute load average and the core count, to print next to figures taken on a shared machine. */
export function machineLoad(): string {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  return `load average ${load} on ${cpus().length} cores`;
}
