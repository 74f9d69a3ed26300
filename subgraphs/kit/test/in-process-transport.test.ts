import { describe, expect, it } from 'vitest';
import type { TransportMessage } from '../src/events/envelope.ts';
import { createInProcessTransport } from '../src/events/in-process-transport.ts';

const message = (topic: string, key: string): TransportMessage => ({ topic, key, value: '{}', headers: {} });

describe('the in-process transport, a group leaving while the platform stops', () => {
  it('lets the delivery in hand finish, then refuses what the group would get, delivering it to no one', async () => {
    const transport = createInProcessTransport();
    const received: Record<string, string[]> = { deliveries: [], catalog: [] };
    const inHand = Promise.withResolvers<void>();
    await transport.subscribe({
      groupId: 'deliveries.orders',
      topics: ['order'],
      handle: async ({ key }) => {
        received.deliveries?.push(key);
        if (key === 'o1') await inHand.promise;
      },
    });
    await transport.subscribe({
      groupId: 'catalog.orders',
      topics: ['order', 'product'],
      handle: async ({ key }) => {
        received.catalog?.push(key);
      },
    });

    const first = transport.publish([message('order', 'o1')]);
    let left = false;
    const leaving = transport.unsubscribe('deliveries.orders').then(() => {
      left = true;
    });
    await expect.poll(() => received.deliveries).toEqual(['o1']);
    expect(left, 'left before its handler finished').toBe(false);
    inHand.resolve();
    await leaving;
    await first;

    await expect(transport.publish([message('product', 'p1'), message('order', 'o2')])).rejects.toThrow(
      'consumer group deliveries.orders has stopped: the messages stay in the outbox',
    );
    expect(received).toEqual({ deliveries: ['o1'], catalog: ['o1'] });
    await transport.publish([message('product', 'p2')]);
    expect(received.catalog).toEqual(['o1', 'p2']);
    await transport.close();
  });
});
