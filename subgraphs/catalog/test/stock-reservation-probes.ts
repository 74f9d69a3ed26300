import { randomUUID } from 'node:crypto';
import { createProduct, Product, StockReservation } from '@comptoir/catalog';
import { type DomainEvent, OutboxMessage, ProcessedEvent, waitFor } from '@comptoir/kit';
import { productInput, type TestPlatform } from '@comptoir/testing';
import { expect } from 'vitest';

type OrderEventType = 'payment.authorized' | 'order.cancelled' | 'order.shipped';
type OrderLine = { productId: string; quantity: number };

/**
 * What the stock reservation tests do to catalog and read back from it, on whichever transport the
 * platform runs: order events are delivered as the orders subgraph's relay would publish them, and
 * every wait is for an effect committed in catalog's database.
 */
export function stockReservationProbes(t: TestPlatform) {
  const em = () => t.em('catalog');
  const outbox = (filter: { key: string; type?: string }) =>
    em().find(OutboxMessage, filter, { orderBy: { position: 'asc' } });

  /** Delivers an order event (give `id` to deliver an earlier one again); resolves to its id. */
  const publish = async <T extends OrderEventType>(
    type: T,
    data: DomainEvent<T>['data'] & { orderId: string },
    id?: string,
  ): Promise<string> => {
    const event = await t.deliver({
      type,
      subject: data.orderId,
      data,
      source: '/comptoir/orders',
      ...(id ? { id } : {}),
    });
    return event.id;
  };

  return {
    em,
    outbox,
    publish,

    async newProduct(sku: string, stock: number): Promise<string> {
      const { product } = await createProduct({ em: em(), traceparent: undefined }, productInput(sku, 1500, stock));
      return product.id;
    },

    async stockOf(productId: string) {
      const product = await em().findOneOrFail(Product, { id: productId });
      return {
        onHand: product.stockOnHand,
        reserved: product.stockReserved,
        available: product.stockOnHand - product.stockReserved,
      };
    },

    /** Reservations that hold or held stock (a rejected order's REJECTED marks excluded). */
    reservationsOf: (filter: { orderId: string } | { productId: string }) =>
      em().find(StockReservation, { ...filter, status: { $ne: 'REJECTED' } }, { orderBy: { productId: 'asc' } }),

    /** An order placed and its payment authorized (`payment.authorized`): what catalog reserves on. */
    placeOrder: (lines: OrderLine[], orderId: string = randomUUID()) =>
      publish('payment.authorized', {
        orderId,
        paymentId: randomUUID(),
        amount: { amount: 1500, currency: 'EUR' },
        lines,
      }),

    /** Waits until catalog applied the event: its processed mark commits with the handler's effects. */
    applied: (eventId: string) =>
      waitFor(async () => (await em().count(ProcessedEvent, { eventId })) > 0, `catalog applied event ${eventId}`),

    /** The one decision catalog committed for an order: stock.reserved or stock.rejected. */
    async decisionFor(orderId: string) {
      let decisions: Awaited<ReturnType<typeof outbox>> = [];
      await waitFor(async () => {
        decisions = (await outbox({ key: orderId })).filter((row) => row.type.startsWith('stock.'));
        return decisions.length > 0;
      }, `catalog decided on order ${orderId}`);
      expect(decisions).toHaveLength(1);
      return decisions[0] as (typeof decisions)[number];
    },
  };
}
