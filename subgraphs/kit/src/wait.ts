/** Polls `condition` every `pollMs` until it holds or `timeoutMs` passes; whether it held. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs: number, pollMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Polls `condition` until it holds; for effects that arrive through events (eventual consistency). */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  if (!(await eventually(condition, timeoutMs))) {
    throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
  }
}

/** The wait before retry `attempt` (1 for the first retry): `baseMs`, doubled each time, at most `maxMs`. */
export function backoffMs(baseMs: number, attempt: number, maxMs = Number.POSITIVE_INFINITY): number {
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1));
}
