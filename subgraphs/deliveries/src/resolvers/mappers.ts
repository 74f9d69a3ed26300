/** An order as deliveries knows it: a reference to the orders subgraph's entity. */
export interface OrderReference {
  id: string;
}
