import type { Logger } from '@comptoir/kit/logger';

/** What every resolver, plugin and subgraph fetch of one GraphQL request can rely on. */
export type RouterContext = {
  requestId: string;
  /** The router logger bound to this request's id. */
  log: Logger;
};
