export type { RouterConfig } from './config.ts';
export { loadConfig } from './config.ts';
export type { RouterOptions, RunningRouter } from './server.ts';
export { startRouter } from './server.ts';
