import { Router } from 'express';

/** Whether the router should receive traffic: not before the supergraph is loaded, not while draining. */
export class Readiness {
  #notReadyReason: string | undefined = 'supergraph not loaded yet';

  get notReadyReason(): string | undefined {
    return this.#notReadyReason;
  }

  ready(): void {
    this.#notReadyReason = undefined;
  }

  notReady(reason: string): void {
    this.#notReadyReason = reason;
  }
}

/** `/health` and `/health/live`: the process answers. `/health/ready`: it can serve GraphQL. */
export function healthRoutes(readiness: Readiness): Router {
  const router = Router();
  router.get(['/health', '/health/live'], (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', (_req, res) => {
    const reason = readiness.notReadyReason;
    if (reason === undefined) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason });
  });
  return router;
}
