import type { RequestContext } from '@comptoir/kit';
import type { OrdersConfig } from '../config.ts';

/** The orders subgraph's process-level services: its configuration. */
export type OrdersServices = OrdersConfig;

/** The request context as the orders subgraph sees it. */
export type OrdersContext = RequestContext<OrdersServices>;
