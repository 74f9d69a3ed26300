import { runSubgraph } from '@comptoir/kit';
import { support } from './index.ts';

await runSubgraph(support);
