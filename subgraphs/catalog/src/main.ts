import { runSubgraph } from '@comptoir/kit';
import { catalog } from './index.ts';

await runSubgraph(catalog);
