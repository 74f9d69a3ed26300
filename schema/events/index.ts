import { z } from 'zod';

/**
 * Versioned contracts of the events Comptoir publishes. An event's `type` names what happened to
 * which aggregate; its `topic` is the aggregate type (one Kafka topic per aggregate type, keyed by
 * aggregate id); `version` changes only on a breaking change to `data`, and a new version is added
 * beside the old one until every consumer has moved.
 */
export const money = z.object({ amount: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });

const role = z.enum(['CUSTOMER', 'SUPPORT_AGENT', 'ADMIN', 'PARTNER']);

export const eventContracts = {
  // Never a password hash, token or secret in a user event.
  'user.registered': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string(), roles: z.array(role) }),
  },
  'user.updated': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), email: z.string(), name: z.string() }),
  },
  'user.roles_changed': {
    topic: 'user',
    version: 1,
    data: z.object({ userId: z.string(), roles: z.array(role), changedBy: z.string() }),
  },
  'product.created': {
    topic: 'product',
    version: 1,
    data: z.object({ productId: z.string(), sku: z.string(), name: z.string(), price: money }),
  },
  'product.updated': {
    topic: 'product',
    version: 1,
    data: z.object({ productId: z.string(), sku: z.string(), name: z.string(), price: money }),
  },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['data']>;
export type EventTopic = (typeof eventContracts)[EventType]['topic'];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
