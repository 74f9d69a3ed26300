import { Basket, baskets, expireAnonymousBaskets } from '@comptoir/baskets';
import { startTestPlatform, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basketApi, catalogEvents, newCustomer, withToken } from './shopping.ts';

describe('abandoned anonymous baskets', () => {
  let t: TestPlatform;
  const { add, readBasket } = basketApi(() => t);
  const catalog = catalogEvents(() => t);

  beforeAll(async () => {
    t = await startTestPlatform({ subgraphs: [baskets] });
  });
  afterAll(() => t?.stop());

  it('are deleted once unchanged for the TTL; recent ones and customers’ baskets stay', async () => {
    const candle = await catalog.create('EXPIRY-1');
    const abandoned = (await add(candle, 1)).payload;
    const recent = (await add(candle, 1)).payload;
    const customer = await newCustomer(t);
    const customers = (await add(candle, 1, { token: customer.token })).payload;
    // 40 days without a change, for the abandoned one and the customer's.
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000);
    await t
      .em('baskets')
      .nativeUpdate(
        Basket,
        { id: { $in: [abandoned.basket?.id as string, customers.basket?.id as string] } },
        { updatedAt: fortyDaysAgo },
      );

    expect(await expireAnonymousBaskets(t.em('baskets'), 30)).toBe(1);
    expect(await readBasket(withToken(abandoned.basketToken as string))).toBeNull();
    expect((await readBasket(withToken(recent.basketToken as string)))?.itemCount).toBe(1);
    expect((await readBasket({ token: customer.token }))?.itemCount).toBe(1);
  });
});
