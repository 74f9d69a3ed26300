export { createScratchDatabase, withScratchDatabase } from './database.ts';
