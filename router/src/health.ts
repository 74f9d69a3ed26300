import type { ReadinessCheck } from '@comptoir/kit/health';

/** The router's readiness: not before the supergraph is loaded, not while draining. */
export class Readiness implements ReadinessCheck {
  readonly name = 'gateway';
  #notReadyReason: string | undefined = 'supergraph not loaded yet';

  ready(): void {
    this.#notReadyReason = undefined;
  }

  notReady(reason: string): void {
    this.#notReadyReason = reason;
  }

  async check(): Promise<{ ok: boolean; reason?: string }> {
    const reason = this.#notReadyReason;
    return reason === undefined ? { ok: true } : { ok: false, reason };
  }
}
