import {
  type EventContext,
  isUuid,
  partnerOrganizationOf,
  type RequestContext,
  recordEvent,
  requireClaims,
  requireScope,
  UserInputError,
} from '@comptoir/kit';
import type { EventData } from '@comptoir/schema/events';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { CarrierOrganization } from './carrier-organization.ts';
import { Delivery, TrackingEvent } from './delivery.ts';
import { canTrack, type DeliveryStatus, hasShipped } from './delivery-status.ts';

/*
 * Every change of a delivery. Each runs in one transaction that holds the delivery's row lock, so
 * a carrier's report racing the order's cancellation yields one outcome; each appends a timeline
 * step and, when the status changes, records `delivery.status_changed` in the same transaction.
 */

type WriteContext = Pick<RequestContext, 'em' | 'claims' | 'traceparent'>;

interface Step {
  location?: string | null;
  message?: string | null;
  occurredAt?: Date | null;
}

/** Loads a delivery and holds its row lock until the transaction ends. */
function lockDelivery(em: EntityManager, where: { id: string } | { orderId: string }): Promise<Delivery | null> {
  const id = 'id' in where ? where.id : where.orderId;
  if (!isUuid(id)) return Promise.resolve(null);
  return em.findOne(Delivery, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Appends a step to a locked delivery's timeline; a change of status is announced in the same transaction. */
function track(
  em: EntityManager,
  delivery: Delivery,
  status: DeliveryStatus,
  step: Step,
  traceparent: string | undefined,
  previousStatus: DeliveryStatus | null = delivery.status,
): void {
  const occurredAt = step.occurredAt ?? new Date();
  delivery.status = status;
  em.create(TrackingEvent, {
    id: uuidv7(),
    delivery,
    status,
    location: step.location ?? null,
    message: step.message ?? null,
    occurredAt,
  });
  if (previousStatus === status) return;
  recordEvent(em, {
    type: 'delivery.status_changed',
    subject: delivery.orderId,
    data: {
      deliveryId: delivery.id,
      orderId: delivery.orderId,
      status,
      previousStatus,
      occurredAt: occurredAt.toISOString(),
      carrier: delivery.carrier ?? null,
      trackingNumber: delivery.trackingNumber ?? null,
    },
    traceparent,
  });
}

/** An order was confirmed (`order.confirmed`): its delivery is opened, PENDING, once whatever redeliveries. */
export async function openDelivery(
  { em, log, traceparent }: EventContext,
  order: EventData<'order.confirmed'>,
): Promise<void> {
  if (!isUuid(order.orderId) || !isUuid(order.customerId)) {
    log.warn({ orderId: order.orderId }, 'confirmed order with a malformed id: ignored');
    return;
  }
  const existing = await em.findOne(Delivery, { orderId: order.orderId });
  if (existing) {
    log.info({ orderId: order.orderId, deliveryId: existing.id }, 'order already has its delivery: ignored');
    return;
  }
  const delivery = em.create(Delivery, {
    id: uuidv7(),
    orderId: order.orderId,
    orderNumber: order.number,
    customerId: order.customerId,
    shippingAddress: order.shippingAddress,
    carrierOrganizationId: null,
    carrier: null,
    trackingNumber: null,
    status: 'PENDING',
    estimatedDeliveryDate: null,
  });
  track(em, delivery, 'PENDING', {}, traceparent, null);
  await em.flush();
}

/**
 * The customer asks to cancel an order (`order.cancellation_requested`): under the delivery's
 * lock, so a carrier's pickup racing it yields one answer. Before pickup the delivery is CANCELLED
 * (its order then cancels, and the carrier's later IN_TRANSIT is refused); after it the request is
 * refused (`delivery.cancellation_refused`) and the parcel travels on. The order's delivery is
 * opened by `order.confirmed`, which comes first on the order's key: none yet is an error, retried
 * then dead-lettered, to replay once that confirmation is replayed.
 */
export async function decideCancellation(
  { em, log, traceparent }: EventContext,
  request: EventData<'order.cancellation_requested'>,
): Promise<void> {
  const delivery = await lockDelivery(em, { orderId: request.orderId });
  if (!delivery) throw new Error(`order ${request.orderId} asks to cancel a delivery not opened yet`);
  if (delivery.status === 'CANCELLED') {
    log.info({ orderId: request.orderId }, 'cancellation request for a cancelled delivery: ignored');
    return;
  }
  if (hasShipped(delivery.status)) {
    recordEvent(em, {
      type: 'delivery.cancellation_refused',
      subject: delivery.orderId,
      data: { deliveryId: delivery.id, orderId: delivery.orderId, status: delivery.status },
      traceparent,
    });
  } else {
    track(em, delivery, 'CANCELLED', { message: 'Cancelled at the customer’s request' }, traceparent);
  }
  await em.flush();
}

/* Carrier operations: the carrier partner a delivery is assigned to, or staff with `deliveries:write`. */

export interface AssignCarrierInput {
  deliveryId: string;
  carrier: string;
  trackingNumber: string;
  estimatedDeliveryDate?: string | null;
}

export interface TrackingInput {
  deliveryId: string;
  status: 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'FAILED' | 'RETURNED';
  location?: string | null;
  message?: string | null;
  occurredAt?: Date | string | null;
  estimatedDeliveryDate?: string | null;
}

/** The router enforces the scope; checked again here, where the data is. */
export function requireCarrier(ctx: Pick<RequestContext, 'claims'>): void {
  requireClaims(ctx);
  requireScope(ctx, 'deliveries:write');
}

/**
 * Whether a caller with `deliveries:write` may act on this delivery: staff on every one, a
 * carrier partner only on those assigned to its organisation.
 */
export function carries(
  ctx: Pick<RequestContext, 'claims'>,
  delivery: Pick<Delivery, 'carrierOrganizationId'>,
): boolean {
  const carrier = partnerOrganizationOf(ctx, 'CARRIER');
  return carrier === null || delivery.carrierOrganizationId === carrier;
}

const invalid = (field: string, en: string, fr: string) => new UserInputError('INVALID', { en, fr }, field);

/** Trimmed text of at most `max` characters; null when blank and optional. */
function text(value: string | null | undefined, field: string, max: number, required: true): string;
function text(value: string | null | undefined, field: string, max: number, required?: false): string | null;
function text(value: string | null | undefined, field: string, max: number, required = false): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' && required) {
    throw invalid(field, 'This field is required.', 'Ce champ est requis.');
  }
  if (trimmed.length > max) {
    throw invalid(field, `At most ${max} characters.`, `${max} caractères au plus.`);
  }
  return trimmed === '' ? null : trimmed;
}

/** A calendar date YYYY-MM-DD that exists. */
export function calendarDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  const date = value.trim();
  const parsed = new Date(`${date}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== date
  ) {
    throw invalid(field, 'Use a date such as 2026-12-24.', 'Utilisez une date comme 2026-12-24.');
  }
  return date;
}

/** When a carrier saw a step: now when not given, never in the future (a few minutes of clock skew aside). */
function occurredAt(value: Date | string | null | undefined, field: string): Date {
  if (value == null) return new Date();
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + 5 * 60_000) {
    throw invalid(field, 'This time is in the future.', 'Cette heure est dans le futur.');
  }
  return at;
}

function illegal(from: DeliveryStatus, to: DeliveryStatus): UserInputError {
  return new UserInputError(
    'ILLEGAL_TRANSITION',
    {
      en: `A delivery ${from} cannot become ${to}.`,
      fr: `Une livraison ${from} ne peut pas passer à ${to}.`,
    },
    'input.status',
  );
}

/** Runs `change` on the locked delivery `deliveryId` in one transaction. */
async function changeDelivery(
  ctx: WriteContext,
  deliveryId: string,
  change: (em: EntityManager, delivery: Delivery) => Promise<void> | void,
): Promise<{ delivery: Delivery }> {
  return ctx.em.transactional(async (em) => {
    const delivery = await lockDelivery(em, { id: deliveryId });
    // Another carrier's delivery answers as one that does not exist: nothing to learn, nothing changed.
    if (!delivery || !carries(ctx, delivery)) {
      throw new UserInputError(
        'DELIVERY_NOT_FOUND',
        { en: 'No such delivery.', fr: 'Aucune livraison ne porte cet identifiant.' },
        'input.deliveryId',
      );
    }
    await change(em, delivery);
    return { delivery };
  });
}

const trackingNumberTaken = () =>
  new UserInputError(
    'TRACKING_NUMBER_TAKEN',
    { en: 'Another delivery has this tracking number.', fr: 'Une autre livraison a ce numéro de suivi.' },
    'input.trackingNumber',
  );

/**
 * Staff (`deliveries:admin`) hand a PENDING delivery to a carrier organisation (again, to change
 * carrier, while it is PENDING): from then on that carrier, and no other, reads and moves it.
 */
export function assignDeliveryToCarrier(
  ctx: WriteContext,
  input: { deliveryId: string; carrierOrganizationId: string },
): Promise<{ delivery: Delivery }> {
  requireScope(ctx, 'deliveries:admin');
  return changeDelivery(ctx, input.deliveryId, async (em, delivery) => {
    if (!(await em.findOne(CarrierOrganization, { id: input.carrierOrganizationId }))) {
      throw new UserInputError(
        'UNKNOWN_CARRIER',
        {
          en: 'No carrier organisation has this id.',
          fr: 'Aucune organisation de transport ne porte cet identifiant.',
        },
        'input.carrierOrganizationId',
      );
    }
    if (delivery.status !== 'PENDING') {
      throw new UserInputError(
        'NOT_PENDING',
        {
          en: 'Only a delivery still PENDING changes carrier.',
          fr: 'Seule une livraison encore PENDING change de transporteur.',
        },
        'input.deliveryId',
      );
    }
    delivery.carrierOrganizationId = input.carrierOrganizationId;
  });
}

/**
 * The carrier a delivery is assigned to (or staff) creates its label: the carrier's name and
 * tracking number, and the delivery is LABEL_CREATED.
 */
export async function assignCarrier(ctx: WriteContext, input: AssignCarrierInput): Promise<{ delivery: Delivery }> {
  requireCarrier(ctx);
  const carrier = text(input.carrier, 'input.carrier', 100, true);
  const trackingNumber = text(input.trackingNumber, 'input.trackingNumber', 100, true);
  const estimate = calendarDate(input.estimatedDeliveryDate, 'input.estimatedDeliveryDate');
  try {
    return await changeDelivery(ctx, input.deliveryId, async (em, delivery) => {
      if (!canTrack(delivery.status, 'LABEL_CREATED')) throw illegal(delivery.status, 'LABEL_CREATED');
      if ((await em.count(Delivery, { trackingNumber, id: { $ne: delivery.id } })) > 0) throw trackingNumberTaken();
      delivery.carrier = carrier;
      delivery.trackingNumber = trackingNumber;
      delivery.estimatedDeliveryDate = estimate;
      track(em, delivery, 'LABEL_CREATED', { message: `Label created by ${carrier}` }, ctx.traceparent);
    });
  } catch (error) {
    // Two carriers claiming one number at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw trackingNumberTaken();
    throw error;
  }
}

/** A carrier reports a step: the delivery takes its status if the rules allow it. */
export function addTrackingEvent(ctx: WriteContext, input: TrackingInput): Promise<{ delivery: Delivery }> {
  requireCarrier(ctx);
  const step = {
    location: text(input.location, 'input.location', 200),
    message: text(input.message, 'input.message', 500),
    occurredAt: occurredAt(input.occurredAt, 'input.occurredAt'),
  };
  const estimate = calendarDate(input.estimatedDeliveryDate, 'input.estimatedDeliveryDate');
  return changeDelivery(ctx, input.deliveryId, (em, delivery) => {
    if (!canTrack(delivery.status, input.status)) throw illegal(delivery.status, input.status);
    if (estimate) delivery.estimatedDeliveryDate = estimate;
    track(em, delivery, input.status, step, ctx.traceparent);
  });
}

export function markDelivered(
  ctx: WriteContext,
  input: Omit<TrackingInput, 'status' | 'estimatedDeliveryDate'>,
): Promise<{ delivery: Delivery }> {
  return addTrackingEvent(ctx, { ...input, status: 'DELIVERED' });
}

export function markDeliveryFailed(
  ctx: WriteContext,
  input: { deliveryId: string; reason: string; location?: string | null; occurredAt?: Date | string | null },
): Promise<{ delivery: Delivery }> {
  requireCarrier(ctx);
  const reason = text(input.reason, 'input.reason', 500, true);
  const { location, occurredAt: at, deliveryId } = input;
  return addTrackingEvent(ctx, { deliveryId, location, occurredAt: at, message: reason, status: 'FAILED' });
}
