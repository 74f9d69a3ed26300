import { describe, expect, it } from 'vitest';
import { canMove, canTrack, deliveryStatuses, hasShipped } from '../src/domain/delivery-status.ts';

describe('delivery status rules', () => {
  it('allows exactly the transitions of a delivery’s life', () => {
    const allowed = deliveryStatuses.flatMap((from) =>
      deliveryStatuses.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'PENDING→LABEL_CREATED',
        'PENDING→CANCELLED',
        'LABEL_CREATED→IN_TRANSIT',
        'LABEL_CREATED→CANCELLED',
        'IN_TRANSIT→OUT_FOR_DELIVERY',
        'IN_TRANSIT→DELIVERED',
        'IN_TRANSIT→FAILED',
        'OUT_FOR_DELIVERY→DELIVERED',
        'OUT_FOR_DELIVERY→FAILED',
        'FAILED→OUT_FOR_DELIVERY',
        'FAILED→RETURNED',
      ].sort(),
    );
  });

  it('walks the happy path to DELIVERED', () => {
    const path = ['PENDING', 'LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] as const;
    for (let i = 1; i < path.length; i++) expect(canMove(path[i - 1] as never, path[i] as never)).toBe(true);
  });

  it('allows nothing after DELIVERED, RETURNED or CANCELLED', () => {
    for (const from of ['DELIVERED', 'RETURNED', 'CANCELLED'] as const) {
      expect(deliveryStatuses.filter((to) => canTrack(from, to))).toEqual([]);
    }
  });

  it('refuses skipping the label, failing before the carrier has the parcel, returning before a failure', () => {
    expect(canMove('PENDING', 'IN_TRANSIT')).toBe(false);
    expect(canMove('PENDING', 'DELIVERED')).toBe(false);
    expect(canMove('LABEL_CREATED', 'FAILED')).toBe(false);
    expect(canMove('IN_TRANSIT', 'RETURNED')).toBe(false);
    expect(canMove('DELIVERED', 'FAILED')).toBe(false);
    expect(canMove('IN_TRANSIT', 'CANCELLED')).toBe(false);
  });

  it('lets a carrier scan a parcel on its way again without changing its status, and nothing else twice', () => {
    expect(canTrack('IN_TRANSIT', 'IN_TRANSIT')).toBe(true);
    expect(canTrack('OUT_FOR_DELIVERY', 'OUT_FOR_DELIVERY')).toBe(true);
    for (const status of ['PENDING', 'LABEL_CREATED', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'] as const) {
      expect(canTrack(status, status)).toBe(false);
    }
  });

  it('knows when a parcel has shipped (an order cancelled then leaves the delivery alone)', () => {
    expect(deliveryStatuses.filter(hasShipped)).toEqual([
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
      'FAILED',
      'RETURNED',
    ]);
  });
});
