import { runSubgraph } from '@comptoir/kit';
import { deliveries } from './index.ts';

await runSubgraph(deliveries);
