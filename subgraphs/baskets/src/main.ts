import { runSubgraph } from '@comptoir/kit';
import { baskets } from './index.ts';

await runSubgraph(baskets);
