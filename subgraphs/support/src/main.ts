// First: tracing starts (when the OTEL_* variables ask) before the modules it instruments load.
import '@comptoir/kit/tracing/register';
import { runSubgraph } from '@comptoir/kit';
import { support } from './index.ts';

await runSubgraph(support);
