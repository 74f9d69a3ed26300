import type { RequestContext } from '@comptoir/kit';
import type { OrdersConfig } from '../config.ts';
import type { PaymentProvider } from './payments/provider.ts';

/** The orders subgraph's process-level services: its configuration and its payment provider. */
export type OrdersServices = OrdersConfig & { paymentProvider: PaymentProvider };

/** The request context as the orders subgraph sees it. */
export type OrdersContext = RequestContext<OrdersServices>;
