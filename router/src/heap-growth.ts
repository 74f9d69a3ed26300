import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived its last full collection before it
 * collects again. Left to itself, V8 picks up to 4x while a process allocates fast, and a router
 * allocates every response anew: under the standard benchmark's load its old space reached 160 MB
 * around a live set of about 60 MB. 30 %, with 32 MiB semi-spaces, kept it near 260 MB resident
 * instead of 460 for about a tenth of its throughput (pnpm bench:router; README).
 */
export const defaultHeapGrowingPercent = 30;

/** Applies the growth bound to this process; V8 reads it at each full collection, so late is fine. */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
