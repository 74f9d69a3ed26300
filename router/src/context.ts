import type { AuthenticationContext } from './concerns/authentication.ts';
import type { BasketTokenContext } from './concerns/basket-token.ts';
import type { PropagationContext } from './concerns/propagate-headers.ts';
import type { RequestIdContext } from './concerns/request-id.ts';

/**
 * What every resolver, plugin and subgraph fetch of one GraphQL request can rely on: the fields
 * each concern contributes, documented in that concern's module.
 */
export type RouterContext = RequestIdContext & PropagationContext & AuthenticationContext & BasketTokenContext;
