import { type AccessRequirements, accessDirectivesPlugin, guardsNothing } from '@comptoir/kit/auth';
import type { RouterConcern } from '../concern.ts';
import type { RouterContext } from '../context.ts';

/**
 * Enforces the supergraph's `@authenticated` and `@requiresScopes` before any subgraph is called
 * (the kit's rules, which every subgraph applies again to its own SDL).
 */
export function authorization(requirements: AccessRequirements): RouterConcern {
  if (guardsNothing(requirements)) return {};
  return { plugin: accessDirectivesPlugin<RouterContext>(requirements) };
}
