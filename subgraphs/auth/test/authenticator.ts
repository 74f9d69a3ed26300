import { waitFor } from '@comptoir/kit';
import { Secret, TOTP } from 'otpauth';

const periodMs = 30_000;
/** A code handed out stays acceptable to auth (±1 step) for at least this long. */
const marginMs = 10_000;

/**
 * An authenticator app for tests: each code is of a newer time step than the one before (auth
 * accepts a step once) and still acceptable for `marginMs`, waiting for the clock when needed.
 */
export function authenticator(secret: string) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  let lastStep = Number.NEGATIVE_INFINITY;
  return {
    async nextCode(): Promise<string> {
      const now = Date.now();
      const current = Math.floor(now / periodMs);
      // A code of step s is accepted from the start of step s - 1 until the end of step s + 1.
      let step = Math.max(lastStep + 1, current - 1);
      if ((step + 2) * periodMs - now < marginMs) step += 1;
      const acceptableFrom = (step - 1) * periodMs;
      await waitFor(async () => Date.now() >= acceptableFrom, `TOTP step ${step} is current`, 2 * periodMs);
      lastStep = step;
      return totp.generate({ timestamp: step * periodMs });
    },
  };
}
