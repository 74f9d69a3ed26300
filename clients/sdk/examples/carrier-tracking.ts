/**
 * A carrier applies its tracking events, exported as CSV, to the deliveries assigned to it.
 *
 *   node clients/sdk/examples/carrier-tracking.ts tracking-events.csv [--endpoint URL] [--token cpt_…]
 *
 *   --endpoint, COMPTOIR_ENDPOINT        the API (default http://127.0.0.1:4000/graphql)
 *   --token, COMPTOIR_PARTNER_TOKEN      a partner token of the carrier, with deliveries:write
 *
 * Columns (see tracking-events.csv): deliveryId or trackingNumber (either names the delivery),
 * status (IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, FAILED, RETURNED), location, occurredAt
 * (RFC 3339, required) and message (for FAILED, the reason).
 *
 * Running it again changes nothing: an event whose status and time are already in the delivery's
 * timeline is skipped. Prints one line per row and a summary; exits 1 when a row failed.
 */
import {
  AddTrackingEventDocument,
  DeliveriesDocument,
  type DeliveriesQuery,
  type DeliveryFieldsFragment,
  type DeliveryPayloadFieldsFragment,
  MarkDeliveredDocument,
  MarkDeliveryFailedDocument,
  type TrackingStatus,
} from '@comptoir/sdk';
import { describeFailure, describeUserErrors, partnerCommand, readCsv } from './cli.ts';

const trackingStatuses: readonly TrackingStatus[] = [
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'FAILED',
  'RETURNED',
];

const { client, csvPath } = partnerCommand('carrier-tracking.ts', 'events.csv');

/** Every delivery assigned to the carrier, with its timeline, by id and by tracking number. */
async function loadDeliveries(): Promise<Map<string, DeliveryFieldsFragment>> {
  const deliveries = new Map<string, DeliveryFieldsFragment>();
  let after: string | null = null;
  do {
    const page: DeliveriesQuery['deliveries'] = (await client.request(DeliveriesDocument, { first: 100, after }))
      .deliveries;
    for (const { node } of page.edges) remember(deliveries, node);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return deliveries;
}

function remember(deliveries: Map<string, DeliveryFieldsFragment>, delivery: DeliveryFieldsFragment): void {
  deliveries.set(delivery.id, delivery);
  if (delivery.trackingNumber) deliveries.set(delivery.trackingNumber, delivery);
}

/** The mutation a status calls for: delivered and failed have their own. */
async function applyEvent(
  deliveryId: string,
  status: TrackingStatus,
  row: Record<string, string>,
): Promise<DeliveryPayloadFieldsFragment> {
  const location = row.location || null;
  const message = row.message || null;
  const occurredAt = row.occurredAt as string;
  if (status === 'DELIVERED') {
    const input = { deliveryId, location, message, occurredAt };
    return (await client.request(MarkDeliveredDocument, { input })).markDelivered;
  }
  if (status === 'FAILED') {
    const input = { deliveryId, reason: message ?? 'delivery attempt failed', location, occurredAt };
    return (await client.request(MarkDeliveryFailedDocument, { input })).markDeliveryFailed;
  }
  const input = { deliveryId, status, location, message, occurredAt };
  return (await client.request(AddTrackingEventDocument, { input })).addTrackingEvent;
}

/** A row's result, and what to say of it. */
type Outcome = { kind: 'applied' | 'already there' | 'error'; detail?: string };

/** Applies a row's event, unless the delivery's timeline has it already (same status and time). */
async function applyRow(row: Record<string, string>): Promise<Outcome> {
  const reference = row.deliveryId || row.trackingNumber || '';
  const delivery = deliveries.get(reference);
  if (!delivery) return { kind: 'error', detail: `no delivery of yours is ${reference || '(none given)'}` };
  const status = row.status as TrackingStatus;
  if (!trackingStatuses.includes(status)) return { kind: 'error', detail: `unknown status ${row.status}` };
  const occurredAt = Date.parse(row.occurredAt ?? '');
  if (Number.isNaN(occurredAt)) return { kind: 'error', detail: 'occurredAt must be an RFC 3339 time' };
  const known = delivery.timeline.some(
    (event) => event.status === status && Date.parse(event.occurredAt) === occurredAt,
  );
  if (known) return { kind: 'already there' };
  const payload = await applyEvent(delivery.id, status, row);
  if (payload.userErrors.length > 0 || !payload.delivery) {
    return { kind: 'error', detail: describeUserErrors(payload.userErrors) };
  }
  remember(deliveries, payload.delivery);
  return { kind: 'applied', detail: `delivery ${payload.delivery.status}` };
}

const rows = readCsv(csvPath);
const deliveries = await loadDeliveries();
const counts = { applied: 0, 'already there': 0, error: 0 };
for (const [index, row] of rows.entries()) {
  const outcome = await applyRow(row).catch(
    (error: unknown): Outcome => ({ kind: 'error', detail: describeFailure(error) }),
  );
  counts[outcome.kind] += 1;
  const label = `row ${index + 2} ${row.deliveryId || row.trackingNumber} ${row.status}`;
  console.log(`${label}: ${outcome.kind}${outcome.detail ? `: ${outcome.detail}` : ''}`);
}
console.log(
  `${rows.length} rows: ${counts.applied} applied, ${counts['already there']} already there, ${counts.error} failed`,
);
if (counts.error > 0) process.exitCode = 1;
