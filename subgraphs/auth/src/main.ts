import { runSubgraph } from '@comptoir/kit';
import { auth } from './index.ts';

await runSubgraph(auth);
