export { composeSupergraph, type SubgraphSdl } from './composition.ts';
export type { RouterConfig } from './config.ts';
export { loadConfig } from './config.ts';
export { type PlatformOptions, type RunningPlatform, startPlatform, subgraphPort } from './platform.ts';
export type { RouterOptions, RunningRouter } from './server.ts';
export { startRouter } from './server.ts';
