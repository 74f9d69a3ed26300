export { createScratchDatabase, withScratchDatabase } from './database.ts';
export { requireKafkaBrokers, testEnv, testServerUrl } from './env.ts';
export { postGraphQL } from './graphql.ts';
