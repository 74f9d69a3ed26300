import type { Express } from 'express';

export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; reason?: string }>;
}

/**
 * `/health/live`: the process answers. `/health/ready`: every dependency answers; otherwise 503
 * with the reasons, so an orchestrator (or a person) sees what is wrong.
 */
export function mountHealth(app: Express, checks: ReadinessCheck[]): void {
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get('/health/ready', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          return { name, ...(await check()) };
        } catch (error) {
          return { name, ok: false, reason: (error as Error).message };
        }
      }),
    );
    const failing = results.filter((result) => !result.ok);
    res
      .status(failing.length === 0 ? 200 : 503)
      .json({ status: failing.length === 0 ? 'ready' : 'not-ready', checks: results });
  });
}
