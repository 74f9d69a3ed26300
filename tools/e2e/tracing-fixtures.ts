import { shippingAddress } from '@comptoir/testing';
import { SpanKind } from '@opentelemetry/api';
import type { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace';
import { expect } from 'vitest';
import {
  awaitBasketAtCheckout,
  type CheckoutPlatform,
  createProducts,
  fillBasket,
  idempotencyKey,
  placeOrder,
  signUp,
} from './checkout-fixtures.ts';

/*
 * A platform's spans read as a trace. The tracing tests start the SDK with an in-memory exporter
 * and only then import this module and the platform (as the services' preload starts tracing
 * before they load), check out through the router, then follow the spans from the consuming
 * subgraph's handler back to the request.
 */

/**
 * Checks out through the router and waits for catalog to reserve the stock (order.placed → orders
 * authorizes the payment → payment.authorized → catalog reserves), then checks that one trace runs
 * from the router's request through orders, its SQL, each event's publication and handling, to the
 * reservation handler and its SQL. `t` must run every subgraph; `sku` is new to its catalog.
 */
export async function expectCheckoutTracedToReservation(
  t: CheckoutPlatform & { url: string; subgraph(name: string): { url: string } },
  exporter: InMemorySpanExporter,
  sku: string,
): Promise<void> {
  const [lamp] = await createProducts(t, [{ sku, amount: 2450, stock: 5 }]);
  const shopper = await signUp(t, `${sku.toLowerCase()}@example.com`);
  const basketVersion = await fillBasket(t, shopper, [{ productId: lamp as string, quantity: 1 }]);
  await awaitBasketAtCheckout(t, shopper.id, basketVersion);
  const placed = await placeOrder(t, shopper, { shippingAddress, idempotencyKey: idempotencyKey(), basketVersion });
  expect(placed.userErrors).toEqual([]);
  const orderId = placed.order?.id as string;

  await expect
    .poll(() => exporter.getFinishedSpans().some((span) => isReservationHandling(span, orderId)), { timeout: 120_000 })
    .toBe(true);
  const spans = exporter.getFinishedSpans();
  const reservation = spans.find((span) => isReservationHandling(span, orderId));
  if (!reservation) throw new Error('unreachable: polled for above');
  const traceId = reservation.spanContext().traceId;
  const chain = ancestry(reservation, spans);
  const root = chain.at(-1);
  const trail = `\nchain (handler first):\n${describeSpans(chain)}`;

  // The trace starts at the router's request, and every hop down to the handler is in it.
  expect(root && isServerSpanOf(root, t.url), trail).toBe(true);
  expect(root?.parentSpanContext, trail).toBeUndefined();
  expect(new Set(chain.map((span) => span.spanContext().traceId)), trail).toEqual(new Set([traceId]));
  const orders = t.subgraph('orders').url;
  expect(
    chain.some((span) => isServerSpanOf(span, orders)),
    trail,
  ).toBe(true);
  for (const [kind, topic] of [
    ['publish', 'order'],
    ['process', 'order'],
    ['publish', 'payment'],
  ] as const) {
    expect(
      chain.some((span) => isEventSpan(span, kind, topic)),
      `${kind} ${topic}${trail}`,
    ).toBe(true);
  }
  // The request's SQL and the handler's are in the same trace.
  const inTrace = spans.filter((span) => span.spanContext().traceId === traceId);
  const sql = inTrace.filter(isSqlSpan);
  expect(
    sql.some((span) => ancestry(span, spans).some((ancestor) => isServerSpanOf(ancestor, orders))),
    describeSpans(inTrace),
  ).toBe(true);
  expect(
    sql.some((span) => ancestry(span, spans)[1] === reservation),
    describeSpans(inTrace),
  ).toBe(true);
}

/** Catalog's stock reservation: its consumer group handling `payment.authorized` for an order. */
function isReservationHandling(span: ReadableSpan, orderId: string): boolean {
  return (
    span.kind === SpanKind.CONSUMER &&
    span.attributes['messaging.consumer.group.name'] === 'catalog.order-events' &&
    span.attributes['cloudevents.event_type'] === 'payment.authorized' &&
    span.attributes['messaging.kafka.message.key'] === orderId
  );
}

/** `span` and its ancestors up to the trace's root, nearest first, from the spans exported. */
function ancestry(span: ReadableSpan, spans: readonly ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(spans.map((each) => [each.spanContext().spanId, each]));
  const chain = [span];
  for (let parent = span.parentSpanContext; parent !== undefined; ) {
    const found = byId.get(parent.spanId);
    if (found === undefined) break;
    chain.push(found);
    parent = found.parentSpanContext;
  }
  return chain;
}

/** A server span of the process listening on `url`'s port (the router, a subgraph). */
function isServerSpanOf(span: ReadableSpan, url: string): boolean {
  return span.kind === SpanKind.SERVER && String(span.attributes['server.port']) === new URL(url).port;
}

/** A PostgreSQL statement's span. */
function isSqlSpan(span: ReadableSpan): boolean {
  return span.attributes['db.system.name'] === 'postgresql' || span.attributes['db.system'] === 'postgresql';
}

/** A publication or handling of an event of `topic`, as the kit's relay and consumers trace them. */
function isEventSpan(span: ReadableSpan, kind: 'publish' | 'process', topic: string): boolean {
  return (
    span.kind === (kind === 'publish' ? SpanKind.PRODUCER : SpanKind.CONSUMER) &&
    span.attributes['messaging.destination.name'] === topic
  );
}

/** One line per span, for a failure message: kind, name and the attributes that place it. */
function describeSpans(spans: readonly ReadableSpan[]): string {
  return spans
    .map(
      (span) =>
        `${SpanKind[span.kind]} ${span.name} ${span.spanContext().traceId.slice(0, 8)} ${JSON.stringify(span.attributes)}`,
    )
    .join('\n');
}
