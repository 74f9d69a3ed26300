import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@comptoir/kit';
import { FaqEntry } from './domain/faq-entry.ts';
import { resolvers } from './resolvers/index.ts';

export const support: SubgraphDefinition = {
  name: 'support',
  typeDefs: loadTypeDefs(import.meta.dirname),
  resolvers,
  entities: [FaqEntry],
  migrationsPath: join(import.meta.dirname, 'migrations'),
};

export { FaqEntry } from './domain/faq-entry.ts';
