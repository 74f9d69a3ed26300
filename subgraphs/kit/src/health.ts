import type { Express } from 'express';

/** Something a process needs before it takes traffic: a database, a transport, a loaded supergraph. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; reason?: string }>;
}

/**
 * The health endpoints every Comptoir process (router and subgraphs) serves, in one shape.
 * `/health/live` (and `liveAliases`): `{status:'live'}` while the process answers.
 * `/health/ready`: `{status:'ready', checks}` when every check passes, otherwise 503 with
 * `{status:'not-ready', checks}`, each failing check with its reason, so an orchestrator (or a
 * person) sees what is wrong.
 */
export function mountHealth(
  app: Express,
  checks: readonly ReadinessCheck[],
  options: { liveAliases?: readonly string[] } = {},
): void {
  app.get(['/health/live', ...(options.liveAliases ?? [])], (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get('/health/ready', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async (readiness) => {
        try {
          return { name: readiness.name, ...(await readiness.check()) };
        } catch (error) {
          return { name: readiness.name, ok: false, reason: (error as Error).message };
        }
      }),
    );
    const ready = results.every((result) => result.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks: results });
  });
}
