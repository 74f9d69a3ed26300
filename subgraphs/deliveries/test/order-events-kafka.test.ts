import { randomUUID } from 'node:crypto';
import { Delivery, deliveries, TrackingEvent } from '@comptoir/deliveries';
import { OutboxMessage, ProcessedEvent, waitFor } from '@comptoir/kit';
import { requireKafkaBrokers, startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellationRequested, orderConfirmed } from './order-events.ts';

// Orders' events reach deliveries through real Kafka, which delivers at least once and keeps the
// order of one order's events (keyed by order id): duplicates must change nothing, and a
// cancellation request published right after the confirmation must find the delivery it cancels.
describe('order events on Kafka', () => {
  let t: TestPlatform;
  const handled = async (eventId: string) =>
    (await t.em('deliveries').count(ProcessedEvent, { consumer: 'deliveries.orders', eventId })) === 1;

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [deliveries], env: { KAFKA_BROKERS: requireKafkaBrokers() } });
  });
  afterAll(() => t?.stop());

  it('makes one delivery of an order.confirmed redelivered, or published again under a new id', async () => {
    const confirmed = orderConfirmed(randomUUID());
    const { orderId } = confirmed.data;
    const first = await t.deliver(confirmed);
    await t.deliver({ ...confirmed, id: first.id });
    const republished = await t.deliver(confirmed);
    // Keyed by the order: once the last is handled, the two before it were.
    await waitFor(() => handled(republished.id), 'deliveries handled the republished order.confirmed');

    const em = t.em('deliveries');
    expect(await handled(first.id)).toBe(true);
    expect(await em.count(Delivery, { orderId })).toBe(1);
    expect(await em.count(TrackingEvent, { delivery: { orderId } })).toBe(1);
    expect(await em.count(OutboxMessage, { key: orderId, type: 'delivery.status_changed' })).toBe(1);
  });

  it('cancels the delivery of an order whose cancellation is asked right after its confirmation', async () => {
    const confirmed = orderConfirmed(randomUUID());
    const { orderId } = confirmed.data;
    await t.deliver(confirmed);
    const requested = await t.deliver(cancellationRequested(orderId));
    await waitFor(() => handled(requested.id), 'deliveries handled order.cancellation_requested');

    const delivery = await t.em('deliveries').findOneOrFail(Delivery, { orderId });
    expect(delivery.status).toBe('CANCELLED');
  });
});
