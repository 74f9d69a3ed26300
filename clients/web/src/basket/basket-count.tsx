import { createContext, createResource, type JSX, type Resource, useContext } from 'solid-js';
import { query, useGraphql } from '../data/graphql.tsx';
import { BasketCountDocument } from '../generated/graphql.ts';

/** The number of units in the shopper's basket, shown in the header; changes set it from their payload. */
export interface BasketCount {
  count: Resource<number>;
  /** After a change whose payload carries the basket: no second request. */
  set(count: number): void;
  refetch(): void;
}

const BasketCountContext = createContext<BasketCount>();

export function BasketCountProvider(props: { children: JSX.Element }) {
  const client = useGraphql();
  const [count, { mutate, refetch }] = createResource(
    async () => (await query(client, BasketCountDocument, {})).basket?.itemCount ?? 0,
  );
  const value: BasketCount = { count, set: (next) => mutate(next), refetch: () => void refetch() };
  return <BasketCountContext.Provider value={value}>{props.children}</BasketCountContext.Provider>;
}

export function useBasketCount(): BasketCount {
  const basket = useContext(BasketCountContext);
  if (!basket) throw new Error('useBasketCount outside BasketCountProvider');
  return basket;
}
