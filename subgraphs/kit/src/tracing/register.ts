/**
 * Imported first by every service's entry (router/src/main.ts, subgraphs/<name>/src/main.ts), or
 * preloaded with `node --import @comptoir/kit/tracing/register`: starts tracing before the modules
 * it instruments load, when the OTEL_* variables ask for it (see tracingSettings); otherwise it
 * loads nothing more. Buffered spans are exported once the process has drained after its stop.
 */
import { createRequire } from 'node:module';
import { tracingSettings } from './settings.ts';

const settings = tracingSettings(process.env);
if (settings.enabled) {
  // Synchronously (require of an ES module): an `await import()` here would let the entry's other
  // imports load pg and graphql before their instrumentations are in place.
  const { startTracing } = createRequire(import.meta.url)('@comptoir/kit/tracing') as typeof import('./sdk.ts');
  const tracing = startTracing({ serviceName: settings.serviceName });
  process.once('beforeExit', () => void tracing.shutdown());
}
