import { randomUUID } from 'node:crypto';
import { execute, waitFor } from '@comptoir/kit';
import type { EventData, EventType } from '@comptoir/schema/events';
import { OrderOwner, recipientOf } from '@comptoir/support';
import { deliverEventOfVersion, type SmtpInbox, shippingAddress, type TestPlatform } from '@comptoir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailPlatform, startMailPlatform } from './mail-platform.ts';

const storefrontUrl = 'https://shop.example.test/fr-boutique';

interface Customer {
  id: string;
  email: string;
}

let orderNumbers = 200_000;
const nextOrderNumber = () => `CPT-${++orderNumbers}`;

describe('order mails', () => {
  let t: TestPlatform;
  let inbox: SmtpInbox;
  /** How many times support looked a recipient up (recipientsOf's statement). */
  let recipientLookups = 0;

  let platform: MailPlatform;

  beforeAll(async () => {
    platform = await startMailPlatform(storefrontUrl, {
      // Retried long enough for a profile arriving late.
      env: { EVENT_MAX_ATTEMPTS: '10' },
      onQuery: (_subgraph, sql) => {
        if (/from "support"\."user_account".* is not null/.test(sql)) recipientLookups++;
      },
    });
    ({ t, inbox } = platform);
  });
  afterAll(() => platform?.stop());

  /** Publishes an event as orders' relay would. */
  const publish = <T extends EventType>(type: T, data: EventData<T> & { orderId: string }, id?: string) =>
    t.deliver({ type, subject: data.orderId, data, source: '/comptoir/orders', ...(id ? { id } : {}) });

  const register = (customer: Customer, name: string, language: 'EN' | 'FR') =>
    t.deliver({
      type: 'user.registered',
      subject: customer.id,
      source: '/comptoir/auth',
      data: { userId: customer.id, email: customer.email, name, roles: ['CUSTOMER'], language },
    });

  /** A customer support knows the profile of. */
  const newCustomer = async (name: string, language: 'EN' | 'FR'): Promise<Customer> => {
    const customer = { id: randomUUID(), email: `${name.toLowerCase()}-${randomUUID()}@example.test` };
    await register(customer, name, language);
    await waitFor(async () => (await recipientOf(t.em('support'), customer.id)) !== null, 'support has the profile');
    return customer;
  };

  /** An order of `customer` placed, and known to support's order owners. */
  const placeOrder = async (customer: Customer) => {
    const orderId = randomUUID();
    const number = nextOrderNumber();
    const lines = [{ productId: randomUUID(), quantity: 1 }];
    await publish('order.placed', { orderId, number, customerId: customer.id, lines });
    await waitFor(async () => (await t.em('support').findOne(OrderOwner, { id: orderId })) !== null, 'owner known');
    return { orderId, number };
  };

  const mailRows = (email: string, purpose: string) =>
    execute<{ key: string; status: string }>(
      t.em('support'),
      'select key, status from support.mail where recipient = ? and purpose = ?',
      [email, purpose],
    );

  /**
   * What the inbox received for `email` with a subject matching `subject`, once the one mail of
   * this purpose kept for it is sent and every event settled (a second would show here).
   */
  const mailsOf = async (email: string, purpose: string, subject: RegExp) => {
    await waitFor(async () => {
      const rows = await mailRows(email, purpose);
      return rows.length > 0 && rows.every((row) => row.status === 'SENT');
    }, `the ${purpose} mail to ${email} is sent`);
    await t.eventsSettled();
    expect(await mailRows(email, purpose)).toHaveLength(1);
    return inbox.to(email).filter((mail) => subject.test(mail.subject ?? ''));
  };

  it('confirms an order once, in the customer’s language, also when the event comes again', async () => {
    const louise = await newCustomer('Louise', 'FR');
    const jane = await newCustomer('Jane', 'EN');
    const french = await placeOrder(louise);
    const english = await placeOrder(jane);
    const confirmed = (customer: Customer, order: { orderId: string; number: string }, quantities: number[]) =>
      publish('order.confirmed', {
        ...order,
        customerId: customer.id,
        lines: quantities.map((quantity) => ({ productId: randomUUID(), quantity })),
        shippingAddress,
      });
    const event = await confirmed(louise, french, [2, 1]);
    await publish('order.confirmed', event.data, event.id); // redelivered
    await confirmed(louise, french, [2, 1]); // published again under a new id
    await confirmed(jane, english, [1]);

    const [mail, ...others] = await mailsOf(louise.email, 'order-confirmed', /commande/);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(`Votre commande ${french.number} est confirmée`);
    expect(mail?.text).toContain('Bonjour Louise,');
    expect(mail?.text).toContain('Merci pour votre commande de 3 articles');
    expect(mail?.html).toContain(
      `<a href="${storefrontUrl}/account/orders/${french.orderId}">Suivre votre commande</a>`,
    );

    const [englishMail, ...more] = await mailsOf(jane.email, 'order-confirmed', /order/);
    expect(more).toEqual([]);
    expect(englishMail?.subject).toBe(`Your order ${english.number} is confirmed`);
    expect(englishMail?.text).toContain('Thank you for your order of 1 item:');
    expect(englishMail?.text).toContain(`Follow your order: ${storefrontUrl}/account/orders/${english.orderId}`);
    expect((await mailRows(jane.email, 'order-confirmed'))[0]?.key).toBe(`order:${english.orderId}:order-confirmed`);
  });

  it('tells a shipped order’s carrier and tracking link once; an order.shipped 1.0 links to the order', async () => {
    const jane = await newCustomer('Jane', 'EN');
    const tracked = await placeOrder(jane);
    const parcel = { carrier: 'Colissimo', trackingNumber: '6A 123/456' };
    const event = await publish('order.shipped', { orderId: tracked.orderId, ...parcel });
    await publish('order.shipped', event.data, event.id); // redelivered
    await publish('order.shipped', event.data); // published again under a new id

    const [mail, ...others] = await mailsOf(jane.email, 'order-shipped', /shipped/);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(`Your order ${tracked.number} has shipped`);
    expect(mail?.text).toContain(
      `Your order ${tracked.number} is on its way with Colissimo, tracking number 6A 123/456.`,
    );
    expect(mail?.html).toContain(`<a href="${storefrontUrl}/track?number=6A%20123%2F456">Track your parcel</a>`);

    // A producer not yet redeployed announces no parcel: the mail links to the order.
    const louise = await newCustomer('Louise', 'FR');
    const untracked = await placeOrder(louise);
    await deliverEventOfVersion(t.subgraph('support').transport, {
      type: 'order.shipped',
      subject: untracked.orderId,
      version: '1.0',
      data: { orderId: untracked.orderId },
    });
    const [french] = await mailsOf(louise.email, 'order-shipped', /expédiée/);
    expect(french?.subject).toBe(`Votre commande ${untracked.number} est expédiée`);
    expect(french?.text).toContain(`Votre commande ${untracked.number} est en route.`);
    expect(french?.html).toContain(`<a href="${storefrontUrl}/account/orders/${untracked.orderId}">`);
    expect(french?.html).not.toContain('/track');
  });

  it('tells of a delivery once, linking to the order and to the help center', async () => {
    const louise = await newCustomer('Louise', 'FR');
    const order = await placeOrder(louise);
    const event = await publish('order.delivered', { orderId: order.orderId });
    await publish('order.delivered', event.data, event.id);

    const [mail, ...others] = await mailsOf(louise.email, 'order-delivered', /livrée/);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(`Votre commande ${order.number} est livrée`);
    expect(mail?.text).toContain(`Votre commande ${order.number} a été livrée.`);
    expect(mail?.text).toContain(`Notre centre d’aide vous attend sur ${storefrontUrl}/help`);
    expect(mail?.html).toContain(`<a href="${storefrontUrl}/account/orders/${order.orderId}">Voir votre commande</a>`);
  });

  it('tells why an order was cancelled, in words, for every reason, once per order', async () => {
    const reasons = {
      CUSTOMER_REQUEST: ['It was cancelled at your request.', 'Elle a été annulée à votre demande.'],
      OUT_OF_STOCK: [
        'Some of the items you ordered are no longer in stock.',
        'Certains des articles commandés ne sont plus en stock.',
      ],
      RESERVATION_TIMEOUT: [
        'We could not confirm your payment or the availability of your items in time.',
        'Nous n’avons pas pu confirmer à temps votre paiement ou la disponibilité de vos articles.',
      ],
      PAYMENT_DECLINED: ['Your payment was declined.', 'Votre paiement a été refusé.'],
      ADMIN: ['Our team had to cancel it.', 'Notre équipe a dû l’annuler.'],
      SOMETHING_NEW: ['It could not be completed.', 'Elle n’a pas pu aboutir.'],
    };
    const jane = await newCustomer('Jane', 'EN');
    const louise = await newCustomer('Louise', 'FR');
    // Cancelled before any confirmation: the number comes from order.placed.
    const cancellations = await Promise.all(
      Object.entries(reasons).map(async ([reason, [english, french]]) => {
        const orders = { english: await placeOrder(jane), french: await placeOrder(louise) };
        const event = await publish('order.cancelled', { orderId: orders.english.orderId, reason });
        await publish('order.cancelled', event.data, event.id);
        await publish('order.cancelled', { orderId: orders.french.orderId, reason });
        return { orders, english, french };
      }),
    );
    await waitFor(async () => {
      const sent = [
        ...(await mailRows(jane.email, 'order-cancelled')),
        ...(await mailRows(louise.email, 'order-cancelled')),
      ];
      return sent.length === 2 * cancellations.length && sent.every((row) => row.status === 'SENT');
    }, 'every cancellation mail is sent');
    await t.eventsSettled();

    for (const { orders, english, french } of cancellations) {
      const [englishMail, ...englishOthers] = inbox
        .to(jane.email)
        .filter((mail) => mail.subject === `Your order ${orders.english.number} is cancelled`);
      expect(englishOthers).toEqual([]);
      expect(englishMail?.text).toContain(
        `We are sorry: your order ${orders.english.number} has been cancelled.\n\n${english}`,
      );
      const [frenchMail, ...frenchOthers] = inbox
        .to(louise.email)
        .filter((mail) => mail.subject === `Votre commande ${orders.french.number} est annulée`);
      expect(frenchOthers).toEqual([]);
      expect(frenchMail?.text).toContain(
        `Nous sommes désolés : votre commande ${orders.french.number} a été annulée.\n\n${french}`,
      );
    }
    expect(await mailRows(jane.email, 'order-cancelled')).toHaveLength(cancellations.length);
  });

  it('takes the number from order.confirmed for an order placed by a 1.0 producer', async () => {
    const jane = await newCustomer('Jane', 'EN');
    const orderId = randomUUID();
    const lines = [{ productId: randomUUID(), quantity: 1 }];
    await deliverEventOfVersion(t.subgraph('support').transport, {
      type: 'order.placed',
      subject: orderId,
      version: '1.0',
      data: { orderId, customerId: jane.id, lines },
    });
    const number = nextOrderNumber();
    await publish('order.confirmed', { orderId, number, customerId: jane.id, lines, shippingAddress });
    await waitFor(
      async () => (await t.em('support').findOne(OrderOwner, { id: orderId }))?.number === number,
      'the owner has the number',
    );
    await publish('order.delivered', { orderId });
    const [mail] = await mailsOf(jane.email, 'order-delivered', /delivered/);
    expect(mail?.subject).toBe(`Your order ${number} has been delivered`);
  });

  it('mails a shipped order once its customer’s profile arrives, after the event', async () => {
    const late = { id: randomUUID(), email: `late-${randomUUID()}@example.test` };
    const order = await placeOrder(late);
    const lookups = recipientLookups;
    // In-process, this resolves once handled, retries included: awaited after the profile arrives.
    const shipping = publish('order.shipped', { orderId: order.orderId, carrier: 'DPD', trackingNumber: 'DPD-42' });
    // The handler looked for the customer before their profile came: that attempt failed, a retry mails.
    await waitFor(async () => recipientLookups > lookups, 'the mail handler looked for the customer');
    await register(late, 'Léa', 'FR');
    await shipping;

    const [mail, ...others] = await mailsOf(late.email, 'order-shipped', /expédiée/);
    expect(others).toEqual([]);
    expect(mail?.text).toContain('Bonjour Léa,');
    expect(mail?.html).toContain(`${storefrontUrl}/track?number=DPD-42`);
  });
});
