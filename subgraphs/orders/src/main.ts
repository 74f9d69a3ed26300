import { runSubgraph } from '@comptoir/kit';
import { orders } from './index.ts';

await runSubgraph(orders);
